import Foundation
import Testing

/// The alarm keys, filter, jump and fault injection in the real binary, on the training
/// drill (48 satellites, scripted faults from +10 min), stepped while paused.
@Suite(.serialized) struct ConsoleAlarmsEndToEndTests {
    let binary = BinaryUnderTest.path

    /// Starts the drill paused, steps one orbit (`>`, ≈ 96 min: the scripted faults and
    /// the first limit alarms are in), and opens view 4.
    private func drillWithAlarms() throws -> TmuxSession {
        let tmux = try TmuxSession("\(binary) console --scenario training --paused", width: 100, height: 30)
        #expect(tmux.waitFor("PAUSED").ok)
        #expect(tmux.waitFor("P01-S01").ok)
        try tmux.send(">")
        // The step runs as ordinary ticks: wait for its end before acting on the list.
        #expect(tmux.waitFor("01:35:40 UTC", within: 30).ok)
        let alarms = tmux.waitFor("UNACK in the header", within: 30) { screen in
            let header = screen.first ?? ""
            return header.contains("UNACK") && !header.contains("UNACK 0")
        }
        #expect(alarms.ok)
        try tmux.send("4")
        #expect(tmux.waitFor("ISA-18.2 KPIs").ok)
        #expect(tmux.waitFor("the list's lines") { $0.count > 2 && $0[2].hasSuffix(" UNACK") }.ok)
        return tmux
    }

    /// The state column of the selected (first) list line.
    private func firstLineState(_ screen: [String]) -> String {
        screen.count > 2 ? String(screen[2].split(separator: " ").last ?? "") : ""
    }

    @Test func acknowledgeOneThenAllWithConfirmation() throws {
        let tmux = try drillWithAlarms()
        #expect(tmux.waitFor("first line unacked") { firstLineState($0) == "UNACK" }.ok)
        try tmux.send("a")
        #expect(tmux.waitFor("an ACK line") { $0.contains { $0.hasSuffix(" ACK") } }.ok, "'a' acknowledges the selected line")
        try tmux.send("A")
        #expect(tmux.waitFor("visible unacknowledged line(s)? y/n").ok)
        try tmux.send("y")
        #expect(tmux.waitFor("acknowledged ").ok)
        #expect(tmux.waitFor("no UNACK line left") { screen in
            screen.dropFirst(2).prefix(20).allSatisfy { !$0.hasSuffix(" UNACK") }
        }.ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func shelveForThirtyMinutes() throws {
        let tmux = try drillWithAlarms()
        try tmux.send("s")
        #expect(tmux.waitFor("shelve for (e.g. 30m, 2h):").ok)
        try tmux.send("3", "0", "m", "Enter")
        let confirmed = tmux.waitFor("a confirmation naming what was shelved") { (screen: [String]) in
            screen.contains { $0.contains(" shelved ") && $0.contains(" for 30m") }
        }
        #expect(confirmed.ok)
        // The state column counts the time left down from 30 minutes.
        let listed = tmux.waitFor("a SHELVED line with its time left") { (screen: [String]) in
            screen.contains { $0.hasSuffix(" SHELVED 30m") || $0.hasSuffix(" SHELVED 29m") }
        }
        #expect(listed.ok)
        // A bad duration: a footer message, nothing shelved.
        try tmux.send("s", "x", "Enter")
        #expect(tmux.waitFor("bad duration 'x'").ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func injectedAvionicsFaultRaisesModeChange() throws {
        let tmux = try TmuxSession("\(binary) console --scenario training --paused", width: 100, height: 30)
        #expect(tmux.waitFor("P01-S01").ok)
        try tmux.send("g")
        #expect(tmux.waitFor("jump to id:").ok)
        try tmux.send("P06-S08", "Enter")
        #expect(tmux.waitFor("selected P06-S08").ok, "'g' jumps to a satellite by id")
        try tmux.send("f")
        #expect(tmux.waitFor("on P06-S08").ok)
        try tmux.send("6")
        #expect(tmux.waitFor("injected avionics on P06-S08").ok)
        try tmux.send(".")
        try tmux.send("4")
        #expect(tmux.waitFor("MODE_CHANGE for P06-S08") { screen in
            screen.contains { $0.contains("P06-S08") && $0.contains("MODE_CHANGE") }
        }.ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func filterDegradedAndUnknownJump() throws {
        let tmux = try drillWithAlarms()
        try tmux.send("1", "/")
        #expect(tmux.waitFor("filter:").ok)
        try tmux.send("mode=DEGRADED", "Enter")
        #expect(tmux.waitFor("only degraded rows") { screen in
            let rows = screen.dropFirst(3).prefix(24).filter { $0.hasPrefix(" P") }
            return !rows.isEmpty && rows.allSatisfy { $0.contains("DEGRADED") }
        }.ok)
        #expect(tmux.waitFor("/mode=DEGRADED ").ok, "the footer names the filter and its match count")
        try tmux.send("/", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "temp=hot", "Enter")
        #expect(tmux.waitFor("bad filter 'temp=hot'").ok)
        try tmux.send("Escape", "g", "NOPE", "Enter")
        #expect(tmux.waitFor("unknown satellite id 'NOPE'").ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }
}
