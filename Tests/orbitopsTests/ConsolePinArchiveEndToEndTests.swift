import Foundation
import Testing

/// Issue 12 item 3 end to end: two satellites pinned and a third selected in the console
/// are archived every tick; the rest of the fleet only at `--archive-every`.
@Suite struct ConsolePinArchiveEndToEndTests {
    @Test func pinnedAndSelectedSatellitesExportEveryTick() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = dir.appendingPathComponent("pins.sqlite").path
        let console = try TmuxSession("\(BinaryUnderTest.path) console --scenario training --paused --journal \(journal)"
                                      + " --archive-every 10m", width: 120, height: 40)
        #expect(console.waitFor("PAUSED").ok)
        #expect(console.waitFor("P01-S01").ok)
        try console.send("p")
        #expect(console.waitFor("pinned P01-S01 (1 of 8)").ok)
        try console.send("Down")
        try console.send("p")
        #expect(console.waitFor("(2 of 8)").ok)
        try console.send("Down", "Down")
        #expect(console.waitFor("two pins marked") { screen in
            screen.contains { $0.hasPrefix("●") && $0.contains("P01-S01") }
                && screen.contains { $0.hasPrefix("●") && $0.contains("P01-S02") }
        }.ok)
        // One orbit of 574 ticks with P01-S04 selected.
        try console.send(">")
        #expect(console.waitFor("01:35:40 UTC", within: 30).ok)
        try console.send("q")
        #expect(console.waitForExit())
        let out = try BinaryUnderTest.run(["export", journal, "--from", "10s", "--to", "30m",
                                           "--satellites", "P01-S01,P01-S02,P01-S03,P01-S04"])
        #expect(out.status == 0, "\(out.stderr)")
        var rows: [String: Int] = [:]
        for line in out.stdout.split(separator: "\n").dropFirst() {
            if let id = line.split(separator: ",").dropFirst(2).first { rows[String(id), default: 0] += 1 }
        }
        // 10 s ticks: 180 in 30 minutes; P01-S03 only at 10, 20 and 30 minutes.
        #expect(rows == ["P01-S01": 180, "P01-S02": 180, "P01-S03": 3, "P01-S04": 180], "\(out.stdout.prefix(400))")
    }
}
