import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs `sqlite3` (the CLI, independent of GRDB) on `path`; stdout trimmed.
func sqlite(_ path: String, _ sql: String) throws -> (status: Int32, out: String, err: String) {
    let r = try Spawn.run("sqlite3", ["-cmd", ".timeout 5000", path, sql])
    return (r.status, r.stdout.trimmingCharacters(in: .whitespacesAndNewlines), r.stderr)
}

/// A fresh temporary directory for one test.
func journalTestDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-jtest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// `orbitops simulate --journal` killed with SIGKILL mid-run leaves a sound journal
/// holding whole ticks only. "Complete" by the v2 schema: every `tick` row was written
/// in the same transaction as its events, so its `transitions`/`commands` counts equal
/// the `event` rows linked to it; engine ticks are 1…N without a gap, and the session's
/// `last_tick` (updated in the same transaction) is N.
@Suite(.serialized) struct JournalCrashTests {
    @Test func sigkillLosesAtMostTheTickInProgress() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("crash.sqlite").path
        let pid = try Spawn.start(BinaryUnderTest.path, [
            "simulate", "--duration", "30d", "--every", "1d", "--output", "/dev/null", "--journal", path,
        ])
        var ticks = 0
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let n = Int((try? sqlite(path, "SELECT COUNT(*) FROM tick"))?.out ?? ""), n >= 30 {
                ticks = n
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(pid, SIGKILL)
        let status = Spawn.wait(pid)
        #expect(status == 128 + SIGKILL, "the run finished before it could be killed")
        #expect(ticks >= 30)
        #expect(try sqlite(path, "PRAGMA integrity_check").out == "ok")
        let recorded = try sqlite(path, "SELECT tick FROM tick WHERE kind = 'tick' ORDER BY id").out
            .split(separator: "\n").compactMap { Int($0) }
        #expect(recorded.count >= ticks)
        #expect(recorded == Array(1...max(1, recorded.count)))
        let incomplete = try sqlite(path, """
            SELECT COUNT(*) FROM tick t WHERE t.transitions + t.commands !=
                (SELECT COUNT(*) FROM event e WHERE e.batch_id = t.id)
            """).out
        #expect(incomplete == "0")
        let orphans = try sqlite(path, "SELECT COUNT(*) FROM event WHERE batch_id IS NULL").out
        #expect(orphans == "0")
        #expect(try sqlite(path, "SELECT last_tick FROM session").out == String(recorded.count))
        // The journal CLI reads the crashed file.
        let listed = try BinaryUnderTest.run(["journal", path, "--format", "csv"])
        #expect(listed.status == 0)
    }
}
