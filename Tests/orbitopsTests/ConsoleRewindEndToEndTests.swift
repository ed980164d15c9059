import Foundation
import Testing

/// Issue 12 item 4 end to end: the training drill, one orbit in, rewound in the console
/// (header badge, time bar, the past's clock, world-changing keys refused), then live again.
@Suite struct ConsoleRewindEndToEndTests {
    @Test func rewindsTheTrainingDrillAndReturnsToLive() throws {
        let console = try TmuxSession("\(BinaryUnderTest.path) console --scenario training --paused", width: 120, height: 40)
        #expect(console.waitFor("PAUSED").ok)
        try console.send(">")
        // One orbit: 574 ticks of 10 s.
        #expect(console.waitFor("01:35:40 UTC").ok)
        // A fortieth of the history per key: 14 ticks, 140 s.
        try console.send("b")
        let past = console.waitFor("the past at t+1:33:20", within: 20) { screen in
            screen.first?.contains("REWIND t-0:02:20") == true && screen.first?.contains("01:33:20 UTC") == true
                && screen.contains { $0.contains("●") && $0.contains("t+1:33:20 · b → scrub · Esc live") }
        }
        #expect(past.ok, "\(past.screen.joined(separator: "\n"))")
        try console.send("Left")
        let further = console.waitFor("the past at t+1:31:00", within: 20) { screen in
            screen.first?.contains("REWIND t-0:04:40") == true && screen.first?.contains("01:31:00 UTC") == true
        }
        #expect(further.ok, "\(further.screen.joined(separator: "\n"))")
        try console.send("f")
        #expect(console.waitFor("rewound: the past is read-only, inject-fault refused").ok)
        try console.send("Escape")
        let live = console.waitFor("live again") { screen in
            screen.first?.contains("PAUSED") == true && screen.first?.contains("01:35:40 UTC") == true
                && screen.first?.contains("REWIND") == false
        }
        #expect(live.ok, "\(live.screen.joined(separator: "\n"))")
        try console.send("q")
        #expect(console.waitForExit())
    }
}
