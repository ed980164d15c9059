import Foundation
import Testing

/// A drill recorded in the console (an orbit stepped, every alarm acknowledged — six
/// alarm commands, since MODE_CHANGE alarms of different causes no longer fold into one
/// group and are acknowledged line by line —, a speed
/// change, another orbit) replays identically headless, and in the console with the
/// recorded commands in the status line, to the end of the recording.
@Suite(.serialized) struct ReplayConsoleTests {
    @Test func consoleDrillReplaysHeadlessAndInTheConsole() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = dir.appendingPathComponent("drill.sqlite").path
        let live = try TmuxSession("\(BinaryUnderTest.path) console --scenario training --paused --journal \(journal)",
                                   width: 120, height: 40)
        #expect(live.waitFor("PAUSED").ok)
        try live.send(">")
        // The step runs as ordinary ticks: wait for its end (one orbit, 574 ticks of 10 s).
        #expect(live.waitFor("01:35:40 UTC", within: 30).ok)
        try live.send("4")
        // The list's lines (not only the KPI footer) must be on screen before acting on them.
        #expect(live.waitFor("unacked").ok)
        try live.send("A")
        #expect(live.waitFor("y/n").ok)
        try live.send("y")
        #expect(live.waitFor("the prompt to close") { !$0.contains { $0.contains("y/n") } }.ok)
        try live.send("+")
        try live.send(">")
        #expect(live.waitFor("the second orbit") { $0.contains { $0.contains("03:1") } }.ok)
        try live.send("q")
        #expect(live.waitForExit())

        let verify = try BinaryUnderTest.run(["replay", journal, "--verify"])
        #expect(verify.status == 0, "\(verify.stdout) \(verify.stderr)")
        #expect(verify.stdout == "identical\n")

        let replay = try TmuxSession("\(BinaryUnderTest.path) replay \(journal) --speed max", width: 120, height: 40)
        let end = replay.waitFor("the end of the recording", within: 20) { $0.contains { $0.contains("end of recording") } }
        #expect(end.ok, "\(end.screen.joined(separator: "\n"))")
        let footer = end.screen.first { $0.contains("end of recording") } ?? ""
        #expect(footer.contains("REPLAY 9/9"), "\(footer)")
        #expect(end.screen.contains { $0.contains("PAUSED") })
        try replay.send("q")
        #expect(replay.waitForExit())
    }
}
