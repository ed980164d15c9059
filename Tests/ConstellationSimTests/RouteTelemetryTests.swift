import Foundation
import Testing
@testable import ConstellationSim

/// Route telemetry: its columns, its sample times, and latencies a reader recomputes from
/// the satellite telemetry alone.
@Suite struct RouteTelemetryTests {
    /// CSV text of a headless run of `scenario` (no journal).
    static func csv(_ scenario: Scenario, _ kind: TelemetryKind, duration: Double, every: Double) throws -> [[String]] {
        let run = try HeadlessRun(scenario: scenario, durationS: duration, everyS: every, telemetry: kind)
        var text = ""
        var encoder = TelemetryEncoder(format: .csv, columns: run.columns) { text += $0 }
        try run.run(into: &encoder)
        return text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    static var latencyScenario: Scenario {
        guard let scenario = BuiltInScenarios.named("latency") else { preconditionFailure("no latency built-in") }
        return scenario
    }

    @Test func columnsAreExactlyTheIssues() {
        #expect(HeadlessRun.routeColumns == ["time_utc", "src", "dst", "hops", "path_km", "latency_ms", "fiber_ms", "path"])
    }

    @Test func aReaderRecomputesEveryLatencyFromTheSatelliteRows() throws {
        let scenario = Self.latencyScenario
        let satellites = try Self.csv(scenario, .satellites, duration: 120, every: 60)
        let routes = try Self.csv(scenario, .routes, duration: 120, every: 60)
        #expect(routes.first == HeadlessRun.routeColumns)
        // Satellite positions by (time, id) from lat_deg, lon_deg, alt_km (WGS-84).
        let header = satellites[0]
        guard let t = header.firstIndex(of: "time_utc"), let s = header.firstIndex(of: "sat"),
              let la = header.firstIndex(of: "lat_deg"), let lo = header.firstIndex(of: "lon_deg"),
              let al = header.firstIndex(of: "alt_km") else {
            Issue.record("satellite columns missing")
            return
        }
        var position: [String: SIMD3<Double>] = [:]
        var satelliteTimes = Set<String>()
        for row in satellites.dropFirst() {
            guard let lat = Double(row[la]), let lon = Double(row[lo]), let alt = Double(row[al]) else { continue }
            position[row[t] + " " + row[s]] = Geodetic(latitudeDeg: lat, longitudeDeg: lon, altitudeKm: alt).earthFixed
            satelliteTimes.insert(row[t])
        }
        var routeTimes = Set<String>(), recomputed = 0
        for row in routes.dropFirst() {
            routeTimes.insert(row[0])
            guard !row[3].isEmpty, let hops = Int(row[3]), let pathKm = Double(row[4]), let latency = Double(row[5]) else { continue }
            func place(_ name: String) -> SIMD3<Double>? {
                guard let city = WorldCities.named(name) else { return nil }
                return Geodetic(latitudeDeg: city.latitudeDeg, longitudeDeg: city.longitudeDeg, altitudeKm: 0).earthFixed
            }
            let ids = row[7].split(separator: " ").map(String.init)
            guard let from = place(row[1]) else {
                Issue.record("unknown source \(row[1])")
                continue
            }
            var points = [from] + ids.compactMap { position[row[0] + " " + $0] }
            #expect(points.count == ids.count + 1, "a path satellite missing from the satellite rows")
            if row[2] != "compute", let to = place(row[2]) { points.append(to) }
            #expect(hops == points.count - 1)
            var km = 0.0
            for k in 1..<points.count { km += ((points[k] - points[k - 1]) * (points[k] - points[k - 1])).sum().squareRoot() }
            // Positions are written to 1e-5° and 1 m: a few metres per link at most.
            #expect(abs(km - pathKm) < 0.05 * Double(hops), "\(row[1])>\(row[2]) at \(row[0])")
            #expect(abs(km / 299_792.458 * 1000 - latency) < 0.0002 * Double(hops))
            if row[2] != "compute", let a = WorldCities.named(row[1]), let b = WorldCities.named(row[2]) {
                let fibre = LatencyModel.greatCircleKm(latitude1Deg: a.latitudeDeg, longitude1Deg: a.longitudeDeg,
                                                       latitude2Deg: b.latitudeDeg, longitude2Deg: b.longitudeDeg) * 1.468 / 299_792.458 * 1000
                #expect(Double(row[6]).map { abs($0 - fibre) < 0.001 } == true)
            } else {
                #expect(row[6].isEmpty)
            }
            recomputed += 1
        }
        #expect(routeTimes == satelliteTimes)
        #expect(routeTimes.count == 3)
        #expect(recomputed >= 3 * 12)
        #expect(routes.count - 1 == 3 * scenario.routing.routes.count)
    }

    @Test func anUnreachableRouteHasEmptyHopsLengthLatencyAndPath() throws {
        // A 53° shell cannot be seen 25° above the horizon from the South Pole.
        let yaml = """
        shells:
          - {name: s, altitude_km: 550, inclination_deg: 53, planes: 6, per_plane: 6, phasing: 1}
        users:
          - {name: Pole, lat_deg: -90, lon_deg: 0}
        routes:
          - {from: Pole, to: Paris}
        """
        let scenario = try ScenarioFile.parse(yaml, source: "pole.yaml")
        let rows = try Self.csv(scenario, .routes, duration: 60, every: 60)
        #expect(rows.count == 3)
        #expect(rows[1][1...7] == ["Pole", "Paris", "", "", "", rows[1][6], ""])
        #expect(Double(rows[1][6]).map { $0 > 50 } == true)
    }

    @Test func routeRowsNeedRoutesAndRefuseSatellitePicks() {
        let plain = Scenario(name: "x", epoch: ScenarioFile.defaultEpoch,
                             shells: [ShellDesign(WalkerShell(name: "s", altitudeKm: 550, inclinationDeg: 53, planes: 2,
                                                              perPlane: 2, phasing: 1))])
        #expect(throws: HeadlessRunError.noRoutes) {
            _ = try HeadlessRun(scenario: plain, durationS: 60, everyS: 60, telemetry: .routes)
        }
        #expect(throws: HeadlessRunError.satellitesWithRouteTelemetry) {
            _ = try HeadlessRun(scenario: Self.latencyScenario, durationS: 60, everyS: 60, telemetry: .routes,
                                satellites: ["P01-S01"])
        }
    }
}
