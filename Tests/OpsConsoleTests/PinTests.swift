@testable import ConstellationSim
import Testing
@testable import OpsConsole

/// `p` pins the selected satellite: at most eight, marked in the table and the detail
/// view, and archived every tick with the selection.
@Suite struct PinUpdateTests {
    func state(count: Int = 100) -> AppState {
        var s = AppState(size: Size(width: 80, height: 24))
        s.satelliteCount = count
        return s
    }

    func select(_ index: Int, _ s: inout AppState) {
        _ = update(&s, .keyPressed(.home))
        for _ in 0..<index { _ = update(&s, .keyPressed(.down)) }
    }

    @Test func pTogglesAPinOnTheSelectedSatellite() {
        var s = state()
        select(3, &s)
        #expect(update(&s, .keyPressed(.character("p"))) == [], "pins change nothing in the run")
        #expect(s.pinned == [3])
        #expect(s.message == "pinned #3 (1 of 8): archived every tick")
        select(1, &s)
        _ = update(&s, .keyPressed(.character("p")))
        #expect(s.pinned == [1, 3], "kept ascending")
        // With the snapshot of the selected satellite the message names it.
        var frame = FrameData()
        frame.selectedID = "P1-S2"
        frame.selectedIndex = 1
        _ = update(&s, .frameArrived(frame))
        _ = update(&s, .keyPressed(.character("p")))
        #expect(s.pinned == [3])
        #expect(s.message == "unpinned P1-S2")
        _ = update(&s, .keyPressed(.down))
        #expect(s.message == nil, "the next key clears the message")
        #expect(s.pinned == [3])
    }

    @Test func aNinthPinIsRefusedWithAMessage() {
        var s = state()
        for i in 0..<8 {
            select(i * 10, &s)
            _ = update(&s, .keyPressed(.character("p")))
        }
        #expect(s.pinned == [0, 10, 20, 30, 40, 50, 60, 70])
        select(99, &s)
        let before = s.pinned
        _ = update(&s, .keyPressed(.character("p")))
        #expect(s.pinned == before)
        #expect(s.message == "at most 8 pinned satellites: unpin one first")
        // Unpinning one makes room.
        select(40, &s)
        _ = update(&s, .keyPressed(.character("p")))
        select(99, &s)
        _ = update(&s, .keyPressed(.character("p")))
        #expect(s.pinned == [0, 10, 20, 30, 50, 60, 70, 99])
    }

    @Test func archivedEveryTickIsTheSelectionAndThePinsSortedOnce() {
        var s = state()
        #expect(s.archivedEveryTick == [0])
        s.pinned = [2, 9]
        s.selected = 9
        #expect(s.archivedEveryTick == [2, 9])
        s.selected = 5
        #expect(s.archivedEveryTick == [2, 5, 9])
    }

    @Test func noSatellitesNothingToPinAndAShrunkFleetDropsPins() {
        var s = state(count: 0)
        _ = update(&s, .keyPressed(.character("p")))
        #expect(s.pinned.isEmpty)
        #expect(s.message == "no satellite to pin")
        s = state()
        s.pinned = [3, 60]
        _ = update(&s, .snapshotArrived(satelliteCount: 50))
        #expect(s.pinned == [3])
    }
}

@Suite struct PinRenderTests {
    @Test func pinnedRowsAreMarkedBeforeTheID() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.satelliteCount = 100
        state.selected = 2
        state.pinned = [0, 2]
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(count: state.tableRows), into: &grid)
        #expect(grid.text[3] == "●P1-S1       NOMINAL     100.0   -1,000     40.0    -10.0      0.0       0     4")
        #expect(grid.text[4] == " P1-S2       NOMINAL      99.0     -900     41.0     -9.0      1.0       1     3")
        #expect(grid.text[5].hasPrefix("●P1-S3 "))
        #expect(grid[0, 3].style == Style(.title, .bold))
        #expect(grid[0, 5].style == Style(.selection, .reverse), "on the selection bar the marker takes its style")
        var ascii = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(count: state.tableRows), ascii: true, into: &ascii)
        #expect(ascii.text[3].hasPrefix("*P1-S1 "))
        #expect(ascii.text[5].hasPrefix("*P1-S3 "))
        #expect(ascii.text[4].hasPrefix(" P1-S2 "))
    }

    @Test func detailViewSaysPinned() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.satelliteCount = 100
        state.view = .detail
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text[1].hasPrefix("┌─ Satellite P1-S1 ─"))
        state.pinned = [0]
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text[1].hasPrefix("┌─ Satellite P1-S1 · pinned ─"))
    }
}

@Suite struct PinLoopTests {
    /// The loop hands the engine the selected and pinned satellites whenever the set changes.
    @Test func selectionAndPinsReachTheArchiveWhenTheyChange() {
        let backend = RecordingBackend(size: Size(width: 80, height: 24))
        let engine = FakeEngine(makeSnapshot())
        let loop = ConsoleLoop(backend: backend, engine: engine)
        loop.frame()
        #expect(engine.archived == [[0]], "the selection from the first frame")
        backend.type([.character("p"), .down, .down, .character("p")])
        loop.frame()
        #expect(engine.archived == [[0], [0, 2]])
        loop.frame()
        #expect(engine.archived == [[0], [0, 2]], "unchanged: not sent again")
        backend.type([.up])
        loop.frame()
        #expect(engine.archived == [[0], [0, 2], [0, 1, 2]])
        backend.type([.up, .character("p")])
        loop.frame()
        #expect(engine.archived == [[0], [0, 2], [0, 1, 2], [0, 2]], "selected 0, unpinned: 2 stays")
        #expect(backend.screen.text[3].hasPrefix(" P1-S1 ") && backend.screen.text[5].hasPrefix("●P1-S3 "))
        #expect(engine.commands.isEmpty)
    }
}

@Suite struct PinKeyConfigTests {
    @Test func pinCanBeRebound() throws {
        let config = try ConsoleConfig.parse("keys:\n  pin: P\n", file: "c.yaml")
        #expect(config.keyMap.keys(for: .pin) == [.character("P")])
        #expect(config.keyMap.action(for: .character("p")) == nil)
        var s = AppState(size: Size(width: 80, height: 24), keyMap: config.keyMap)
        s.satelliteCount = 10
        _ = update(&s, .keyPressed(.character("p")))
        #expect(s.pinned.isEmpty)
        _ = update(&s, .keyPressed(.character("P")))
        #expect(s.pinned == [0])
        #expect(KeyMap.standard.keys(for: .pin) == [.character("p")])
        #expect(throws: FileError(file: "c.yaml", line: 2, key: "keys.pin",
                                  message: "key 'q' is bound to both 'quit' and 'pin'; bind 'quit' to another key too")) {
            try ConsoleConfig.parse("keys:\n  pin: q\n", file: "c.yaml")
        }
    }

    @Test func helpListsPin() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.showHelp = true
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text.contains { $0.contains(" p          pin / unpin the satellite ") })
    }
}
