import Foundation
import Testing

@Suite struct SimulateTelemetryTests {
    @Test func fleetTelemetryWritesOneRowOfTotalsPerSample() throws {
        let result = try BinaryUnderTest.run(["simulate", "--duration", "20m", "--every", "10m", "--telemetry", "fleet"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "time_utc,sim_s,satellites,nominal,degraded,safe,failed,lit_fraction,solar_mw,"
            + "load_mw,mean_soc,min_soc,max_temp_accel_c,mean_utilization,delivered_pflops")
        #expect(lines.count == 4)  // header + samples at 0, 600, 1200 s
        let first = lines[1].split(separator: ",")
        #expect(first[1] == "0")
        #expect(first[2] == "1032")  // default: 12 × 20 + 36 × 22
        // Every satellite is in exactly one mode.
        let modes = first[3...6].compactMap { Int($0) }
        #expect(modes.reduce(0, +) == 1032)
    }

    @Test func satellitesOptionSelectsRowsInFleetOrder() throws {
        let result = try BinaryUnderTest.run(["simulate", "--duration", "1m", "--every", "1m",
                                              "--satellites", "i53-550/P02-S01,sso-650/P01-S03"])
        #expect(result.status == 0)
        let sats = result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[2] }
        #expect(sats.map(String.init) == ["sso-650/P01-S03", "i53-550/P02-S01", "sso-650/P01-S03", "i53-550/P02-S01"])
    }

    @Test func unknownSatelliteIsABadUsageNamingTheID() throws {
        let result = try BinaryUnderTest.run(["simulate", "--duration", "1m", "--satellites", "sso-650/P01-S01,X-9"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'X-9'"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func satellitesWithFleetTelemetryIsABadUsage() throws {
        let result = try BinaryUnderTest.run(["simulate", "--duration", "1m", "--telemetry", "fleet", "--satellites", "P01-S01"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--telemetry fleet"))
    }
}
