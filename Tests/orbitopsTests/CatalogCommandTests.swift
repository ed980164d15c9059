import Foundation
import Testing

/// `--catalog FILE`: catalog objects (not ours) on the command line, recorded for replay;
/// bad files are a bad usage (exit 2, one stderr line).
@Suite struct CatalogCommandTests {
    static let tle = """
        CBERS 2
        1 28057U 03049A   06177.78615833  .00000060  00000-0  35940-4 0  1836
        2 28057  98.4283 247.6961 0000884  88.1964 271.9322 14.35478080140550

        """

    @Test func catalogObjectsFlyAndAReplayRecordsThem() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalog = dir.appendingPathComponent("debris.tle")
        try Self.tle.write(to: catalog, atomically: true, encoding: .utf8)
        let journal = dir.appendingPathComponent("run.sqlite").path
        let sim = try BinaryUnderTest.run([
            "simulate", "--scenario", "suncatcher", "--duration", "10m", "--every", "5m", "--telemetry", "fleet",
            "--catalog", catalog.path, "--output", "/dev/null", "--journal", journal,
        ])
        #expect(sim.status == 0, "\(sim.stderr)")
        // The file is gone: the replay flies the recorded copy.
        try FileManager.default.removeItem(at: catalog)
        let replay = try BinaryUnderTest.run(["replay", journal, "--verify"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout == "identical\n")
    }

    @Test func badCatalogFileIsABadUsageOnOneLine() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.tle")
        try "1 28057U 03049A   06177.7861583X  .00000060  00000-0  35940-4 0  1836\n2 28057  98.4283\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let result = try BinaryUnderTest.run(["simulate", "--duration", "1m", "--no-journal", "--catalog", bad.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --catalog: ") || result.stderr.contains("--catalog: "))
        #expect(result.stderr.contains("bad.tle"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        let missing = try BinaryUnderTest.run(["simulate", "--duration", "1m", "--no-journal", "--catalog", "/nowhere.tle"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read /nowhere.tle"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
    }

    @Test func maneuversTelemetryWritesTheContractHeader() throws {
        let result = try BinaryUnderTest.run(["simulate", "--scenario", "suncatcher", "--duration", "2m",
                                              "--telemetry", "maneuvers", "--no-journal"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "time_utc,sat,conjunction_with,dv_m_s,propellant_kg,pc_before,pc_after\n")
    }
}
