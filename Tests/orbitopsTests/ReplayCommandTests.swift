import Foundation
import Testing

/// `orbitops replay --verify` on journals written by `orbitops simulate`: identical,
/// a divergence after an edit (exit 1), refusals (exit 2, one stderr line).
@Suite struct ReplayCommandTests {
    private func recordDrill(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("drill.sqlite").path
        let sim = try BinaryUnderTest.run([
            "simulate", "--scenario", "training", "--duration", "1h", "--every", "10m", "--telemetry", "fleet",
            "--output", "/dev/null", "--journal", path,
        ])
        #expect(sim.status == 0, "\(sim.stderr)")
        return path
    }

    @Test func headlessDrillVerifiesIdentical() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try recordDrill(in: dir)
        let replay = try BinaryUnderTest.run(["replay", path, "--verify"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout == "identical\n")
    }

    @Test func editedAlarmRowIsTheFirstDivergence() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try recordDrill(in: dir)
        let edit = try sqlite(path, """
            UPDATE event SET to_state = 'ACKED' WHERE id = (SELECT MIN(id) FROM event WHERE kind = 'transition' AND tick > 100);
            SELECT tick FROM event WHERE id = (SELECT MIN(id) FROM event WHERE kind = 'transition' AND tick > 100);
            """)
        #expect(edit.status == 0, "\(edit.err)")
        let tick = edit.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let replay = try BinaryUnderTest.run(["replay", path, "--verify"])
        #expect(replay.status == 1)
        #expect(replay.stdout.hasPrefix("tick \(tick) "), "\(replay.stdout)")
        #expect(replay.stdout.contains("alarm journal row differs"))
    }

    @Test func otherVersionIsRefusedUnlessForced() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try recordDrill(in: dir)
        #expect(try sqlite(path, "UPDATE session SET program_version = '0.0.1'").status == 0)
        let refused = try BinaryUnderTest.run(["replay", path, "--verify"])
        #expect(refused.status == 2)
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(refused.stderr.contains("recorded by orbitops 0.0.1") && refused.stderr.contains("--force"))
        let forced = try BinaryUnderTest.run(["replay", path, "--verify", "--force", "--until", "30m"])
        #expect(forced.status == 0 && forced.stdout == "identical\n", "\(forced.stderr)")
    }
}
