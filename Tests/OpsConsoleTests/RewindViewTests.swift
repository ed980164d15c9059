@testable import ConstellationSim
import Testing
@testable import OpsConsole

/// The rewind keys open and scrub the time bar, refuse world-changing keys while the past
/// is shown, and return to live; the header and footer say the past is on screen.
@Suite struct RewindViewTests {
    private func liveState(tick: UInt64 = 102, earliest: UInt64? = 0) -> AppState {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update(&state, .liveArrived(LiveClock(tick: tick, dtSeconds: 10,
                                                  history: RewindStatus(earliestTick: earliest, checkpointCount: 4,
                                                                        bytesPerCheckpoint: 443_000_000,
                                                                        budgetBytes: 256_000_000, intervalTicks: 32))))
        return state
    }

    @Test func backForwardAndLive() {
        var state = liveState()
        // 102 ticks of history, a fortieth per key: 2 ticks.
        #expect(update(&state, .keyPressed(.character("b"))).isEmpty)
        #expect(state.rewind == RewindState(tick: 100))
        _ = update(&state, .keyPressed(.left))
        #expect(state.rewind?.tick == 98)
        _ = update(&state, .keyPressed(.right))
        #expect(state.rewind?.tick == 100)
        // The live run goes on; the shown past stays.
        _ = update(&state, .liveArrived(LiveClock(tick: 110, dtSeconds: 10, history: state.live.history)))
        #expect(state.rewind?.tick == 100)
        _ = update(&state, .keyPressed(.escape))
        #expect(state.rewind == nil && state.message == "live")
        // Forward past the live end returns to live too.
        _ = update(&state, .keyPressed(.character("b")))
        _ = update(&state, .keyPressed(.right))
        #expect(state.rewind == nil)
    }

    @Test func scrubStopsAtTheEarliestTick() {
        var state = liveState(tick: 30, earliest: 25)
        for _ in 0..<10 { _ = update(&state, .keyPressed(.character("b"))) }
        #expect(state.rewind?.tick == 25)
    }

    @Test func worldChangingKeysAreRefusedWhileRewound() {
        var state = liveState()
        _ = update(&state, .keyPressed(.character("b")))
        for key in ["a", "A", "c", "s", "u", "r", "f"] {
            #expect(update(&state, .keyPressed(.character(Character(key)))).isEmpty)
            #expect(state.message?.hasPrefix("rewound: the past is read-only") == true, "\(key)")
            #expect(state.prompt == nil && state.faultMenu == nil)
        }
        // Time control still drives the live run.
        #expect(update(&state, .keyPressed(.character(" "))) == [.togglePause])
        #expect(state.rewind != nil)
    }

    @Test func rewindOffSaysWhy() {
        var state = liveState(earliest: nil)
        _ = update(&state, .keyPressed(.character("b")))
        #expect(state.rewind == nil)
        #expect(state.message == "rewind is off: one copy of this fleet takes 443 MB, over the 256 MB rewind budget")
    }

    @Test func headerBadgeAndTimeBarAt80x24() {
        var state = liveState()
        state.rewind = RewindState(tick: 42)
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        // 60 ticks of 10 s behind live.
        #expect(grid.text[0].hasPrefix(" OrbitOps   REWIND t-0:10:00  UNACK 0 2026-06-21 00:07:00 UTC"))
        #expect(grid[12, 0].style.role == .warning)
        #expect(grid.text[23] == " REWIND  t+0:07:00 · b → scrub · Esc live  default  1 Overview  2 3 4 5 6 7 8 0 ")
        // While the wanted past is being built the bar says so.
        state.rewind = RewindState(tick: 50)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text[23].contains("t+0:08:20 building…"))
    }

    @Test func helpStillFitsAt80x24() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.showHelp = true
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        let text = grid.text.joined(separator: "\n")
        #expect(text.contains("rewind: time bar"))
        #expect(text.contains("any key closes"))
    }
}
