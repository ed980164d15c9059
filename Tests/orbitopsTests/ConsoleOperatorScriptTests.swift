import Foundation
import Testing

/// In the console the person at the keyboard is the operator: the `training` drill's
/// scripted operator ("drill") acts only with `--operator-script`.
@Suite(.serialized) struct ConsoleOperatorScriptTests {
    /// Runs one orbit (`>`, ≈ 95 min, past the drill's first actions at +5 and +10 min)
    /// in the console and returns the journal's rows.
    private func journalAfterOneOrbit(_ extra: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-opscript-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = dir.appendingPathComponent("j.sqlite").path
        let tmux = try TmuxSession("\(BinaryUnderTest.path) console --scenario training --paused --journal \(journal) \(extra)",
                                   width: 120, height: 40)
        #expect(tmux.waitFor("PAUSED").ok)
        try tmux.send(">")
        // The step runs as ordinary ticks: wait for its end (one orbit, 574 ticks of 10 s).
        #expect(tmux.waitFor("01:35:40 UTC", within: 30).ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
        let rows = try BinaryUnderTest.run(["journal", journal, "--format", "csv"])
        #expect(rows.status == 0, "\(rows.stderr)")
        return rows.stdout
    }

    @Test func scriptedOperatorStaysOutOfTheConsole() throws {
        let rows = try journalAfterOneOrbit("")
        #expect(rows.contains("NORMAL,UNACKED"))   // alarms were raised…
        #expect(!rows.contains(",drill,"))         // …and nobody but the trainee acted
    }

    @Test func operatorScriptFlagRunsTheDrill() throws {
        let rows = try journalAfterOneOrbit("--operator-script")
        #expect(rows.contains(",drill,\"upset background, EDAC coping\""))  // the group ack at +5 min (CSV-quoted)
    }
}
