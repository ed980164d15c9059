import Foundation
import Testing

/// Views 6 (plots) and 7 (event log), the retained history across selection moves, and
/// non-blocking stepping, in the real binary in tmux.
@Suite(.serialized) struct ConsolePlotsEventsEndToEndTests {
    let binary = BinaryUnderTest.path

    private func start(_ arguments: String, width: Int = 120, height: Int = 40) throws -> (TmuxSession, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-e2e-plots-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir + "/orbitops", withIntermediateDirectories: true)
        let journal = dir + "/journal.sqlite"
        let tmux = try TmuxSession("env -u NO_COLOR XDG_CONFIG_HOME=\(dir) \(binary) console --paused --journal \(journal) \(arguments)",
                                   width: width, height: height)
        return (tmux, dir)
    }

    @Test func historySurvivesDownUpAndThePlotsViewDrawsIt() throws {
        let (tmux, dir) = try start("--scenario training")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(tmux.waitFor("P01-S01").ok)
        for k in 1...5 {
            try tmux.send(".")
            #expect(tmux.waitFor("2026-06-21 00:00:\(k)0 UTC").ok)
        }
        try tmux.send("5")
        #expect(tmux.waitFor("history: 6 samples").ok, "tick 0 and the five ticks stepped")
        try tmux.send("Down")
        #expect(tmux.waitFor("Satellite P01-S02").ok)
        try tmux.send("Up")
        #expect(tmux.waitFor("Satellite P01-S01").ok)
        #expect(tmux.waitFor("history: 6 samples").ok, "Down, Up lost nothing")
        try tmux.send("6")
        #expect(tmux.waitFor("Plots · P01-S01 · 6 h").ok)
        #expect(tmux.waitFor("Battery %  ┄ 30 warn  ┄ 20 crit").ok)
        #expect(tmux.waitFor("┤").ok)
        try tmux.send("]")
        #expect(tmux.waitFor("Plots · P01-S01 · 24 h").ok)
        try tmux.send("m")
        #expect(tmux.waitFor("Plots · fleet · 24 h").ok)
        #expect(tmux.waitFor("Alarms per 10 min").ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func eventLogListsCommandsAndSearches() throws {
        let (tmux, dir) = try start("--scenario training")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(tmux.waitFor("P01-S01").ok)
        try tmux.send(".")
        #expect(tmux.waitFor("2026-06-21 00:00:10 UTC").ok)
        try tmux.send("+")
        #expect(tmux.waitFor("×20").ok)
        try tmux.send("7")
        #expect(tmux.waitFor("Event log · newest at the bottom").ok)
        #expect(tmux.waitFor("▶ step 1 tick").ok)
        #expect(tmux.waitFor("▶ faster").ok)
        try tmux.send("/")
        try tmux.send("-l", "faster")
        try tmux.send("Enter")
        #expect(tmux.waitFor("Event log · /faster").ok)
        #expect(tmux.waitFor("step gone") { !$0.joined().contains("▶ step 1 tick") && $0.joined().contains("▶ faster") }.ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    /// 24,000 satellites: one orbit (≈ 590 ticks) takes many seconds in a debug build;
    /// the header counts it and Space stops it where it is.
    @Test func orbitStepShowsProgressAndSpaceStopsIt() throws {
        let shown = try BinaryUnderTest.run(["scenarios", "--show", "default"])
        let big = shown.stdout.replacingOccurrences(of: "planes: 12\n    per_plane: 20", with: "planes: 100\n    per_plane: 240")
        #expect(big != shown.stdout)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-big-\(UUID()).yaml").path
        try big.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (tmux, dir) = try start("--scenario \(file)", width: 200, height: 40)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(tmux.waitFor("PAUSED", within: 60).ok)
        try tmux.send(">")
        let stepping = tmux.waitFor(" STEP ", within: 30)
        #expect(stepping.ok, "the header shows the step's progress")
        #expect(tmux.waitFor("the clock to move while stepping", within: 30) { screen in
            screen.first.map { $0.contains(" STEP ") && !$0.contains("2026-06-21 00:00:00 UTC") } ?? false
        }.ok)
        try tmux.send("Space")
        let stopped = tmux.waitFor("the step to stop", within: 30) { screen in
            screen.first.map { $0.contains("PAUSED") && !$0.contains(" STEP ") } ?? false
        }
        #expect(stopped.ok, "Space interrupts the step")
        // It stopped well short of the orbit (≈ 97 min at 650 km).
        let header = stopped.screen.first ?? ""
        #expect(!header.contains("01:3") && !header.contains("01:4"), "\(header)")
        try tmux.send("q")
        #expect(tmux.waitForExit(within: 30))
    }

    @Test func simulateShowsATickProgressBarWithETAOnATerminal() throws {
        let tmux = try TmuxSession("\(binary) simulate --scenario training --duration 6h --every 1h --output /dev/null --no-journal; sleep 30",
                                   width: 120, height: 10)
        #expect(tmux.waitFor("ticks", within: 30).ok)
        #expect(tmux.waitFor("2160/2160 ticks done in", within: 60).ok)
    }
}
