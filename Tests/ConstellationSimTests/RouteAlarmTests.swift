import Foundation
import Testing
@testable import ConstellationSim

/// Route latency limits and unreachable routes raise alarms in the alarm book, named by
/// the route.
@Suite struct RouteAlarmTests {
    @Test func latencyOverTheLimitsAndUnreachableRoutesRaiseAlarms() throws {
        let yaml = """
        shells:
          - {name: s, altitude_km: 550, inclination_deg: 53, planes: 24, per_plane: 16, phasing: 1}
        faults: {random: false}
        users:
          - {name: Pole, lat_deg: -90, lon_deg: 0}
        routes:
          - {from: Paris, to: Madrid, latency_ms: {warning: 0.5, high: 1000}}
          - {from: Paris, to: Madrid, latency_ms: {warning: 0.1, high: 0.2}}
          - {from: Pole, to: Paris}
          - {from: Paris, to: Madrid, latency_ms: {warning: 900}}
        """
        let scenario = try ScenarioFile.parse(yaml, source: "alarms.yaml")
        var simulation = Simulation(scenario: scenario)
        simulation.advance()
        let n = simulation.fleet.count
        #expect(simulation.alarms.satelliteCount == n + 4)
        #expect(simulation.routes.routes[0].reachable)
        let latency0 = simulation.routes.routes[0].latencyMs
        #expect(latency0 > 1 && latency0 < 1000)
        func state(_ route: Int, _ p: AlarmParameter) -> AlarmState { simulation.alarms.state(of: AlarmKey(satellite: n + route, parameter: p)) }
        #expect(state(0, .routeLatency) == .unacked)
        #expect(simulation.alarms.records[AlarmKey(satellite: n, parameter: .routeLatency)]?.severity == .warning)
        #expect(simulation.alarms.records[AlarmKey(satellite: n + 1, parameter: .routeLatency)]?.severity == .distress)
        #expect(state(2, .routeUnreachable) == .unacked)
        #expect(simulation.alarms.records[AlarmKey(satellite: n + 2, parameter: .routeUnreachable)]?.severity == .distress)
        #expect(state(0, .routeUnreachable) == .normal)
        #expect(state(3, .routeLatency) == .normal)
        #expect(simulation.alarmSubjectIDs[n + 2] == "Pole>Paris")
        // The alarms go through the book's state machine: acknowledging one works like a satellite's.
        simulation.applyAlarmCommand(.acknowledge(AlarmKey(satellite: n + 2, parameter: .routeUnreachable)),
                                     operatorName: "test")
        #expect(state(2, .routeUnreachable) == .acked)
    }

    @Test func routeTableSurvivesACheckpoint() throws {
        guard let scenario = BuiltInScenarios.named("latency") else { return }
        var a = Simulation(scenario: scenario)
        for _ in 0..<3 { a.advance() }
        let bytes = a.checkpoint()
        var b = Simulation(scenario: scenario)
        try b.restore(bytes)
        #expect(b.routes == a.routes)
        a.advance()
        b.advance()
        #expect(b.routes == a.routes)
        #expect(a.routes.recentLatencyMs[0].count == 5)
    }
}
