import Foundation
import Testing
@testable import ConstellationSim

/// Heaters in the integrated tick: one satellite, then the eclipse-season shell. These
/// check the heaters against the FIXED radiator (louvers disabled: closed emissivity =
/// open), whose hand values they were written for; VariableRadiatorTests covers louvers.
@Suite struct SimulationHeaterTests {
    static var fixedRadiator: SpacecraftClass {
        var c = SpacecraftClass()
        c.thermal.closedEmissivity = c.thermal.emissivity
        return c
    }

    /// Idle accelerators, environment off (no Earth IR, no sun on the radiator): after 6 h
    /// the node sits at the 0 °C set point and the heater supplies the hand-computed
    /// 13 943.2 W (see ThermalHeaterTests: T_r = 234.542 K, G (T_a − T_r) = 15 443.2 W,
    /// minus the 1 500 W bus); the heater is part of the load.
    @Test func idleSatelliteHoldsTheSetPoint() {
        var sim = Simulation(scenario: SimulationFixtures.single(Self.fixedRadiator, constantUtilization: 0, environment: .allOff))
        sim.advance(ticks: 6 * 360)
        let s = sim.world
        #expect(abs(s.acceleratorTempC[0]) < 1e-6)
        #expect(abs(s.heaterW[0] - 13_943.2) < 1)
        #expect(abs(s.loadW[0] - (1_500 + s.heaterW[0])) < 1e-9)
        #expect(abs(s.thermal[0].radiatorK - 234.542) < 0.01)
    }

    /// Energy accounting over two orbits, idle, environment on: in umbra every tick's
    /// battery drop is (bus + heater) × 10 s / 3600 / 0.95 Wh, and the heater is on there.
    @Test func batteryPaysForTheHeaterInEclipse() {
        var sim = Simulation(scenario: SimulationFixtures.single(Self.fixedRadiator, constantUtilization: 0))
        var eclipseTicks = 0
        for _ in 0..<(2 * 576) {
            let before = sim.world.battery[0].energyWh
            sim.advance()
            let s = sim.world
            guard s.litFraction[0] == 0 else { continue }
            eclipseTicks += 1
            #expect(s.heaterW[0] > 1_000)
            let drawnWh = (1_500 + s.heaterW[0]) * 10 / 3600 / 0.95
            #expect(abs((before - s.battery[0].energyWh) - drawnWh) < 1e-9 * drawnWh + 1e-9)
            #expect(s.acceleratorTempC[0] >= -1e-6)
        }
        #expect(eclipseTicks > 100)
    }

    /// At full load the node runs at 43–54 °C: the heater never switches on.
    @Test func heaterStaysOffAtFullLoad() {
        var sim = Simulation(scenario: SimulationFixtures.single())
        for _ in 0..<(2 * 576) {
            sim.advance()
            #expect(sim.world.heaterW[0] == 0)
        }
    }

    /// The eclipse-season shell cut to 2 of its 12 planes (24 satellites), one day: with
    /// the default heaters no accelerator node goes below set point − 1 K, and the mean
    /// depth of discharge (1 − lowest SOC of each satellite) is larger than without heaters,
    /// whose idle nodes fall far below freezing.
    @Test func eclipseSeasonHeatersHoldTheNodeAndDeepenTheDischarge() throws {
        let text = try #require(BuiltInScenarios.yaml(named: "eclipse-season"))
        #expect(text.contains("heater_max_w: 14000 ") && text.contains("planes: 12"))
        let small = text.replacingOccurrences(of: "planes: 12", with: "planes: 2")
            .replacingOccurrences(of: "heater_max_w: 14000 ", with: "radiator_emissivity_closed: 0.9\n    heater_max_w: 14000 ")
        let heated = try ScenarioFile.parse(small, source: "on.yaml")
        let unheated = try ScenarioFile.parse(
            small.replacingOccurrences(of: "heater_max_w: 14000 ", with: "heater_max_w: 0 "), source: "off.yaml")
        let on = run(heated), off = run(unheated)
        #expect(on.minC >= -1)
        #expect(off.minC < -20)
        #expect(on.meanDoD > off.meanDoD + 0.005)
        #expect(on.heaterWh > 0 && off.heaterWh == 0)
    }

    private func run(_ scenario: Scenario) -> (minC: Double, meanDoD: Double, heaterWh: Double) {
        var sim = Simulation(scenario: scenario)
        let n = sim.fleet.count
        var minC = Double.infinity, heaterWh = 0.0
        var minSOC = Array(repeating: 1.0, count: n)
        for _ in 0..<8_640 {
            sim.advance()
            let s = sim.world
            for i in 0..<n {
                minC = min(minC, s.acceleratorTempC[i])
                minSOC[i] = min(minSOC[i], s.batterySOC[i])
                heaterWh += s.heaterW[i] * 10 / 3600
            }
        }
        return (minC, minSOC.map { 1 - $0 }.reduce(0, +) / Double(n), heaterWh)
    }
}
