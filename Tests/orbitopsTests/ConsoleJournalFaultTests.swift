import Foundation
import Testing

/// Issue 14, journal faults: a journal path that cannot be written, or a disk that fills
/// while the console runs, is one line on stderr and JOURNAL FAILED in the header (an
/// alarm that stays), and the console keeps simulating; it never stops the console.
@Suite(.serialized) struct ConsoleJournalFaultTests {
    /// A scratch directory; unmounted and removed at the end.
    final class Scratch {
        let url: URL
        private var mounts: [String] = []
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-jfault-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        /// Mounts a tmpfs with `options` on `path` (root only); whether it worked.
        func mountTmpfs(_ options: String, on path: String) -> Bool {
            let ok = (try? Spawn.run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", path]).status) == 0
            if ok { mounts.append(path) }
            return ok
        }
        deinit {
            for path in mounts.reversed() { _ = try? Spawn.run("/bin/umount", [path]) }
            chmod(url.appendingPathComponent("ro").path, 0o755)
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// A journal path the console cannot create: in a read-only tmpfs when running as
    /// root (root ignores permission bits), else in a directory without write permission.
    private func unwritableJournalPath(_ scratch: Scratch) throws -> String {
        let dir = scratch.url.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        if getuid() == 0 {
            try #require(scratch.mountTmpfs("ro,size=64k", on: dir.path), "cannot mount a read-only tmpfs")
        } else {
            chmod(dir.path, 0o555)
        }
        return dir.appendingPathComponent("journal.sqlite").path
    }

    /// Runs the console in tmux with stderr to a file; the shell prints the exit status.
    private func console(journal: String, stderr: String, extra: String = "") throws -> TmuxSession {
        let script = "\(BinaryUnderTest.path) console --scenario training --speed 1000 --journal '\(journal)' \(extra) "
            + "2>'\(stderr)'; echo \"exit=$?\"; sleep 30"
        return try TmuxSession("sh -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))'", width: 140, height: 40)
    }

    /// The header's simulation time (`2026-06-21 00:10:00 UTC`), if on screen.
    private func simTime(_ screen: [String]) -> String? {
        guard let header = screen.first, let range = header.range(of: #"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"#,
                                                                     options: .regularExpression) else { return nil }
        return String(header[range])
    }

    private func expectKeepsRunning(_ tmux: TmuxSession) {
        let first = simTime(tmux.screen())
        #expect(first != nil)
        Thread.sleep(forTimeInterval: 1.5)
        let later = simTime(tmux.screen())
        #expect(later != nil && later != first, "simulation time did not advance: \(String(describing: first))")
    }

    @Test func unwritableJournalPathIsAnAlarmAndOneLineWhileTheConsoleRuns() throws {
        let scratch = try Scratch()
        let journal = try unwritableJournalPath(scratch)
        let errors = scratch.url.appendingPathComponent("stderr.txt").path
        let tmux = try console(journal: journal, stderr: errors)
        #expect(tmux.waitFor("JOURNAL FAILED", within: 20).ok)
        expectKeepsRunning(tmux)
        let lines = ((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "").split(separator: "\n")
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("orbitops: cannot open alarm journal '\(journal)'") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("; running without a journal") == true, "\(lines)")
        try tmux.send("q")
        #expect(tmux.waitFor("exit=0").ok)
    }

    @Test(.enabled(if: getuid() == 0, "mounting a tiny tmpfs needs root"))
    func fullDiskIsAnAlarmAndOneLineWhileTheConsoleRuns() throws {
        let scratch = try Scratch()
        try #require(scratch.mountTmpfs("size=320k", on: scratch.url.path), "cannot mount a tmpfs")
        let journal = scratch.url.appendingPathComponent("journal.sqlite").path
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-jfault-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: errors) }
        // Every satellite archived every tick: the 320 KiB disk fills within seconds.
        let tmux = try console(journal: journal, stderr: errors, extra: "--archive-every 10s")
        #expect(tmux.waitFor("JOURNAL FAILED", within: 60).ok)
        expectKeepsRunning(tmux)
        let lines = ((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "").split(separator: "\n")
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("orbitops: alarm journal write failed (\(journal)): ") == true, "\(lines)")
        #expect(lines.first?.contains("full") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("; the console goes on without a journal") == true, "\(lines)")
        try tmux.send("q")
        #expect(tmux.waitFor("exit=1").ok)
        #expect(((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "").split(separator: "\n").count == 1)
    }
}
