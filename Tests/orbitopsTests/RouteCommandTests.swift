import Foundation
import Testing

/// `orbitops route` and `simulate --telemetry routes` end to end.
@Suite struct RouteCommandTests {
    @Test func routePrintsThePathHopByHopWithLengthsAndLatencies() throws {
        let result = try BinaryUnderTest.run(["route", "--scenario", "latency", "--at", "2026-06-21T00:10:00Z",
                                              "--from", "Paris", "--to", "Luanda"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Paris → Luanda at 2026-06-21T00:10:00.000Z (latency, 1584 satellites, mask 25°)")
        #expect(lines.dropFirst().first?.hasPrefix("hop from") == true)
        // Each hop: number, from, to, km, ms with ms = km / c; the hops chain from Paris to Luanda.
        let hops = lines.dropFirst(2).dropLast().map { $0.split(separator: " ").map(String.init) }
        #expect(hops.count >= 3)
        #expect(hops.first?[1] == "Paris")
        #expect(hops.last?[2] == "Luanda")
        var totalKm = 0.0, totalMs = 0.0
        for (k, hop) in hops.enumerated() {
            #expect(hop[0] == String(k + 1))
            if k > 0 { #expect(hop[1] == hops[k - 1][2]) }
            guard let km = Double(hop[3]), let ms = Double(hop[4]) else {
                Issue.record("hop line \(hop)")
                continue
            }
            #expect(abs(km / 299_792.458 * 1000 - ms) < 0.001)
            totalKm += km
            totalMs += ms
        }
        guard let total = lines.last else { return }
        #expect(total.hasPrefix("total: \(hops.count) links, "))
        #expect(total.hasSuffix("ms one way; fibre bound 31.842 ms"))
        // Paris–Luanda one way: Hypatia reports 85–117 ms round trip over this shell.
        #expect(totalMs > 40 && totalMs < 60)
        #expect(total.contains(String(format: "%.1f km", totalKm)) || abs(totalKm - (Double(total.split(separator: " ")[3]) ?? 0)) < 0.5)
    }

    @Test func routeToComputeEndsOnASatellite() throws {
        let result = try BinaryUnderTest.run(["route", "--scenario", "latency", "--from", "Tokyo", "--to", "compute"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Tokyo → compute at 2026-06-21T00:00:00.000Z"))
        #expect(!result.stdout.contains("fibre bound"))
    }

    @Test(arguments: [
        (["route", "--scenario", "latency", "--from", "Pariss", "--to", "Luanda"],
         "orbitops: --from 'Pariss' is not a user of the scenario nor a built-in city (did you mean 'Paris'?); see 'orbitops route --cities'"),
        (["route", "--scenario", "latency", "--from", "Paris", "--to", "Luanda", "--at", "yesterday"],
         "orbitops: --at 'yesterday' is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-06-21T00:10:00Z)"),
        (["route", "--scenario", "latency", "--from", "Paris", "--to", "Luanda", "--at", "2026-06-20T00:00:00Z"],
         "orbitops: --at 2026-06-20T00:00:00Z is before the scenario's epoch 2026-06-21T00:00:00.000Z"),
        (["route", "--scenario", "latency", "--from", "Paris"], "orbitops: missing --to CITY (a city, a user of the scenario, or compute)"),
        (["simulate", "--duration", "1m", "--telemetry", "routes"],
         "orbitops: --telemetry routes: the scenario has no routes; add 'routes:' (e.g. - {from: Paris, to: Luanda}) or use --telemetry satellites or fleet"),
    ])
    func badInputIsOneLineAndExitTwo(arguments: [String], message: String) throws {
        let result = try BinaryUnderTest.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr == message + "\n")
    }

    @Test func citiesListNamesTheSource() throws {
        let result = try BinaryUnderTest.run(["route", "--cities"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 101)
        #expect(lines[0].contains("Hypatia") && lines[0].contains("2025"))
        #expect(lines[1].hasPrefix("1    Tokyo"))
    }

    @Test func simulateWritesRouteRowsAtTheSatelliteSampleTimes() throws {
        let routes = try BinaryUnderTest.run(["simulate", "--scenario", "latency", "--duration", "2m", "--every", "1m",
                                              "--telemetry", "routes", "--no-journal"])
        #expect(routes.status == 0, "\(routes.stderr)")
        let lines = routes.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "time_utc,src,dst,hops,path_km,latency_ms,fiber_ms,path")
        #expect(lines.count == 1 + 3 * 13)
        let times = Set(lines.dropFirst().map { String($0.prefix { $0 != "," }) })
        #expect(times == ["2026-06-21T00:00:00.000Z", "2026-06-21T00:01:00.000Z", "2026-06-21T00:02:00.000Z"])
        let json = try BinaryUnderTest.run(["simulate", "--scenario", "latency", "--duration", "1m", "--every", "1m",
                                            "--telemetry", "routes", "--format", "jsonl", "--no-journal"])
        let first = json.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("{\"time_utc\":\"2026-06-21T00:00:00.000Z\",\"src\":\"Paris\",\"dst\":\"Luanda\",\"hops\":"))
        let compute = json.stdout.split(separator: "\n").first { $0.contains("\"dst\":\"compute\"") }
        #expect(compute?.contains("\"fiber_ms\":null") == true)
    }
}
