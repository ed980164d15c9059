import Foundation
import Testing

/// The latency view and route alarms in the real console, driven in tmux.
@Suite(.serialized) struct ConsoleLatencyEndToEndTests {
    @Test func keyEightOpensTheLatencyViewAndRouteAlarmsReachTheList() throws {
        let home = try ConsoleViewsEndToEndTests.configHome()
        let tmux = try TmuxSession("env -u NO_COLOR XDG_CONFIG_HOME=\(home) \(BinaryUnderTest.path) console --paused "
                                   + "--scenario latency --no-journal", width: 110, height: 34)
        #expect(tmux.waitFor("latency  1 Overview  2 3 4 5 6 7 8 0", within: 30).ok)
        try tmux.send("8")
        #expect(tmux.waitFor("latency  1 2 3 4 5 6 7 8 Latency  0").ok)
        #expect(tmux.waitFor("Latency  13 routes · one way, ms").ok)
        #expect(tmux.waitFor("▶ Paris > Luanda").ok)
        #expect(tmux.waitFor("Route  Paris > Luanda ·").ok)
        try tmux.send("Down")
        #expect(tmux.waitFor("▶ London > New York").ok)
        #expect(tmux.waitFor("Route  London > New York ·").ok)
        // Seoul > Sydney passes its 50 ms warning within the first minutes (one tick = 10 s).
        for _ in 0..<12 { try tmux.send(".") }
        try tmux.send("4")
        let alarm = tmux.waitFor("Seoul>Sydney", within: 20)
        #expect(alarm.ok, "\(alarm.screen.joined(separator: "\n"))")
        #expect(tmux.waitFor("ROUTE_LATENCY").ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }
}
