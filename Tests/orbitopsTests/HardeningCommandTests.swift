import Foundation
import Testing

/// Issue 14 D1–D3, D9 end to end: absurd flags and damaged journals give one clear line
/// on stderr and exit 2, never a trap (which used to end these runs with SIGILL).
@Suite struct HardeningCommandTests {
    private func simulate(duration: String, every: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try BinaryUnderTest.run(["simulate", "--scenario", "training", "--no-journal", "--telemetry", "fleet",
                                 "--output", "/dev/null", "--duration", duration, "--every", every])
    }

    @Test(arguments: ["1e308d", "99999999999999999999d", "36526d"])
    func durationsPastOneHundredYearsAreNotDurations(_ duration: String) throws {
        let r = try simulate(duration: duration, every: "10m")
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: --duration '\(duration)' is not a duration: it is longer than 100 years; "
                            + "use a number followed by s, m, h or d, at most 36525d (e.g. 90s, 15m, 2h, 1.5d)\n")
    }

    /// 1e15 s fits a Double, but would be 10¹⁴ ticks: refused with the longest accepted run.
    @Test func runsPastTheTickBoundAreRefused() throws {
        let r = try simulate(duration: "36000d", every: "10m")
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: --duration 36000d is 3.11e+08 ticks of 10s; a run takes at most 100000000 ticks: "
                            + "use --duration up to 1000000000s\n")
    }

    @Test func hugeIntervalIsRefusedAsNotADuration() throws {
        let r = try simulate(duration: "1h", every: "1e308s")
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("orbitops: --every '1e308s' is not a duration"))
    }

    /// An interval longer than the run (but a duration) writes the first sample only.
    @Test func intervalLongerThanTheRunWritesOneSample() throws {
        let r = try BinaryUnderTest.run(["simulate", "--scenario", "training", "--no-journal", "--telemetry", "fleet",
                                         "--duration", "1m", "--every", "36525d"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 2)
    }

    /// A journal written by a short run, then `sql` applied with the sqlite3 CLI.
    private func damagedJournal(_ sql: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("j.sqlite").path
        let sim = try BinaryUnderTest.run(["simulate", "--scenario", "training", "--duration", "10m", "--every", "10m",
                                           "--output", "/dev/null", "--journal", path])
        #expect(sim.status == 0, "\(sim.stderr)")
        let edit = try sqlite(path, sql)
        #expect(edit.status == 0, "\(edit.err)")
        return path
    }

    /// D2: a wrong-typed cell names the file, the row and the column.
    @Test(arguments: [
        ("UPDATE event SET value = 'abc' WHERE id = 1", "value", "a number or NULL"),
        ("UPDATE event SET operator = x'00ff' WHERE id = 1", "operator", "text or NULL"),
        ("UPDATE event SET session_id = '' WHERE id = 1", "session_id", "a whole number"),
    ])
    func wrongTypedJournalCellIsAnErrorNamingRowAndColumn(_ sql: String, _ column: String, _ expected: String) throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try damagedJournal(sql, in: dir)
        let r = try BinaryUnderTest.run(["journal", path, "--format", "csv"])
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: \(path): event row id 1, column \(column): expected \(expected) "
                            + "(the journal was edited or damaged)\n")
    }

    /// D3: an infinite (or absurd) time in `journal --kpis`.
    @Test(arguments: ["9e999", "1e300"])
    func infiniteSimTimeInKPIsIsAnError(_ time: String) throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try damagedJournal("UPDATE event SET sim_time = \(time) WHERE id = (SELECT MIN(id) FROM event WHERE kind = 'transition')",
                                      in: dir)
        let r = try BinaryUnderTest.run(["journal", path, "--kpis"])
        #expect(r.status == 2)
        #expect(r.stderr.hasSuffix("column sim_time: expected a time in seconds within ±1e12 (the journal was edited or damaged)\n"), "\(r.stderr)")
    }

    /// D4–D9 reach the command line as one line naming file:line:column and key, exit 2.
    @Test func outOfBoundsScenarioIsOneLineAndExitTwo() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("d9.yaml")
        try "dt_s: 1e-9\nshells:\n  - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try BinaryUnderTest.run(["simulate", "--scenario", file.path, "--no-journal", "--duration", "1m"])
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: \(file.path):1:7: dt_s: 1e-09 is outside 0.01…3600\n")
    }

    /// A FIFO named like a journal used to block `journal` forever: refused at once.
    @Test func fifoIsRefusedAsNotARegularFile() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("fifo.sqlite").path
        #expect(mkfifo(path, 0o600) == 0)
        let expected = "orbitops: not a regular file (a FIFO, device or directory): \(path): give a journal file\n"
        // Every reader of journals opens them the same way: none may block on the FIFO.
        for arguments in [["journal", path], ["replay", path, "--verify"], ["export", path, "--telemetry", "fleet"]] {
            let r = try BinaryUnderTest.run(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stderr == expected, "\(arguments)")
        }
    }

    /// A tick that does not divide the default 60 s archive interval still runs (with or
    /// without a journal); an explicit interval that does not fit says what would.
    @Test func anyTickRunsWithTheDefaultArchiveInterval() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dt120.yaml")
        try "dt_s: 120\nshells:\n  - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let journal = dir.appendingPathComponent("j.sqlite").path
        for extra in [["--no-journal"], ["--journal", journal]] {
            let r = try BinaryUnderTest.run(["simulate", "--scenario", file.path, "--duration", "10m", "--every", "2m"] + extra)
            #expect(r.status == 0, "\(extra) \(r.stderr)")
            #expect(r.stdout.split(separator: "\n").count == 13)
        }
        let bad = try BinaryUnderTest.run(["simulate", "--scenario", file.path, "--duration", "10m", "--every", "2m",
                                           "--no-journal", "--archive-every", "90s"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "orbitops: --archive-every 90s is not a whole multiple of the scenario tick (dt = 2m); "
                + "use a multiple such as 2m\n")
    }
}
