import Foundation
import Testing

/// `orbitops export` round-trips: the archive of a `simulate` run exports to exactly the
/// rows `simulate` wrote at the same interval (after its initial row), in CSV and JSONL.
@Suite struct ExportCommandTests {
    @Test(arguments: ["csv", "jsonl"])
    func satelliteAndFleetExportsEqualSimulate(format: String) throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = dir.appendingPathComponent("run.sqlite").path
        let satellites = dir.appendingPathComponent("sat.\(format)").path
        let fleet = dir.appendingPathComponent("fleet.\(format)").path
        let sim = try BinaryUnderTest.run([
            "simulate", "--scenario", "training", "--duration", "30m", "--every", "2m", "--format", format,
            "--output", satellites, "--journal", journal, "--archive-every", "2m",
        ])
        #expect(sim.status == 0, "\(sim.stderr)")
        let fleetSim = try BinaryUnderTest.run([
            "simulate", "--scenario", "training", "--duration", "30m", "--every", "10s", "--telemetry", "fleet",
            "--format", format, "--output", fleet, "--no-journal",
        ])
        #expect(fleetSim.status == 0, "\(fleetSim.stderr)")
        let header = format == "csv" ? 1 : 0
        func expected(_ path: String, skip: Int) throws -> String {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            return (lines.prefix(header) + lines.dropFirst(header + skip)).joined(separator: "\n")
        }
        let exported = try BinaryUnderTest.run(["export", journal, "--telemetry", "satellites", "--format", format])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout == (try expected(satellites, skip: 48)))   // 48 satellites at t = 0
        let exportedFleet = try BinaryUnderTest.run(["export", journal, "--telemetry", "fleet", "--format", format])
        #expect(exportedFleet.stdout == (try expected(fleet, skip: 1)))
    }

    @Test func windowAndSatellitesSelectRows() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = dir.appendingPathComponent("run.sqlite").path
        let sim = try BinaryUnderTest.run([
            "simulate", "--scenario", "training", "--duration", "30m", "--output", "/dev/null", "--journal", journal,
        ])
        #expect(sim.status == 0, "\(sim.stderr)")
        let out = try BinaryUnderTest.run(["export", journal, "--from", "10m", "--to", "12m", "--satellites", "P01-S01,P02-S03"])
        let rows = out.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        #expect(rows.count == 6, "\(out.stdout)")
        #expect(rows.first?.hasSuffix(",600,P01-S01") == true && rows.last?.hasSuffix(",720,P02-S03") == true)
        // An interval between two ticks (dt 10 s) holds no tick: no rows, not the next tick's.
        let between = try BinaryUnderTest.run(["export", journal, "--telemetry", "fleet", "--from", "11s", "--to", "15s"])
        #expect(between.status == 0, "\(between.stderr)")
        #expect(between.stdout.split(separator: "\n").count == 1, "\(between.stdout)")
        let bad = try BinaryUnderTest.run(["export", journal, "--satellites", "X"])
        #expect(bad.status == 2 && bad.stderr.split(separator: "\n").count == 1)
    }
}
