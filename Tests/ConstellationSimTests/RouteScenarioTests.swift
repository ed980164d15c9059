import Foundation
import Testing
@testable import ConstellationSim

/// Scenario keys of latency routing: values, defaults and the error messages.
@Suite struct RouteScenarioTests {
    static let shell = "shells:\n  - {name: s, altitude_km: 550, inclination_deg: 53, planes: 4, per_plane: 4, phasing: 1}\n"

    @Test func keysParseWithTheirDefaults() throws {
        let plain = try ScenarioFile.parse(Self.shell, source: "mine.yaml")
        #expect(plain.routing.userMinElevationDeg == 25)
        #expect(plain.routing.hopDelayMs == 0)
        #expect(plain.routing.everySeconds == nil)
        #expect(plain.routing.everyTicks(satellites: 16, dtS: 10) == 1)
        #expect(plain.routing.everyTicks(satellites: 1_000_000, dtS: 10) == 6)
        let yaml = Self.shell + """
        user_min_elevation_deg: 30
        hop_delay_ms: 0.25
        routing_every: 1m
        users:
          - {name: Lab, lat_deg: 47.4, lon_deg: 8.5, weight: 3}
          - {name: Paris}
        routes:
          - {from: Lab, to: Paris, latency_ms: {warning: 20, high: 40}}
          - {from: luanda, to: compute}
          - {from: Paris, to: Luanda}
        """
        let s = try ScenarioFile.parse(yaml, source: "mine.yaml").routing
        #expect(s.userMinElevationDeg == 30)
        #expect(s.hopDelayMs == 0.25)
        #expect(s.everySeconds == 60)
        #expect(s.everyTicks(satellites: 16, dtS: 10) == 6)
        #expect(s.users.map(\.name) == ["Lab", "Paris", "Luanda"])
        #expect(s.users[0].weight == 3)
        #expect(s.users[1].latitudeDeg == 48.85341)
        #expect(s.routes == [RouteSpec(source: 0, destination: .user(1), warningMs: 20, highMs: 40),
                             RouteSpec(source: 2, destination: .compute),
                             RouteSpec(source: 1, destination: .user(2))])
        #expect(s.routes.map { s.name(of: $0) } == ["Lab>Paris", "Luanda>compute", "Paris>Luanda"])
    }

    @Test(arguments: [
        ("routes:\n  - {from: Pariss, to: Luanda}",
         "mine.yaml:4:12: routes[0].from: unknown city or user \"Pariss\" (did you mean 'Paris'?); use a user of 'users:', "
            + "one of the 100 built-in cities (orbitops route --cities)"),
        ("routes:\n  - {from: Paris, to: Lunda}",
         "mine.yaml:4:23: routes[0].to: unknown city or user \"Lunda\" (did you mean 'Luanda'?); use a user of 'users:', "
            + "one of the 100 built-in cities (orbitops route --cities) or compute"),
        ("routes:\n  - {from: Paris}", "mine.yaml:4:5: routes[0]: missing key 'to' (a city, a user or compute)"),
        ("routes:\n  - {from: Paris, to: Paris}", "mine.yaml:4:23: routes[0].to: a route must end somewhere else than it starts"),
        ("routes:\n  - {from: Paris, to: Luanda, latency: 5}", "mine.yaml:4:31: routes[0].latency: unknown key; known: from, to, latency_ms"),
        ("routes:\n  - {from: Paris, to: Luanda, latency_ms: {warning: 60, high: 40}}",
         "mine.yaml:4:63: routes[0].latency_ms.high: 40 is below warning (60)"),
        ("routes:\n  - {from: Paris, to: Luanda, latency_ms: {warn: 60}}",
         "mine.yaml:4:44: routes[0].latency_ms.warn: unknown key; known: warning, high"),
        ("users:\n  - {name: Atlantis}", "mine.yaml:4:5: users[0]: \"Atlantis\" is not a built-in city: give lat_deg and lon_deg"),
        ("users:\n  - {name: X, lat_deg: 95, lon_deg: 0}", "mine.yaml:4:24: users[0].lat_deg: 95 is outside -90…90"),
        ("user_min_elevation_deg: 95", "mine.yaml:3:25: user_min_elevation_deg: 95 is outside 0…90"),
        ("hop_delay_ms: fast", "mine.yaml:3:15: hop_delay_ms: \"fast\" is not a number (milliseconds per link, e.g. 0)"),
        ("routing_every: 15s", "mine.yaml:3:16: routing_every: 15s is not a whole multiple of the tick (dt_s = 10), e.g. 20s"),
        ("route: []", "mine.yaml:3:1: route: unknown key (did you mean 'routes'?)"),
        ("alarms:\n  ROUTE_LATENCY: {high_warning: 5}",
         "mine.yaml:4:3: alarms.ROUTE_LATENCY: route alarms are set per route: use latency_ms: {warning, high} under routes:"),
    ])
    func errorsNameFileLineKeyAndWhatIsAccepted(extra: String, expected: String) {
        #expect(scenarioParseMessage(Self.shell + extra) == expected)
    }
}
