@testable import ConstellationSim
import Testing
@testable import OpsConsole

@Suite struct UpdateTests {
    func state(count: Int = 100) -> AppState {
        var s = AppState(size: Size(width: 80, height: 24))
        s.satelliteCount = count
        return s
    }

    @Test(arguments: [
        (Key.character(" "), EngineCommand.togglePause),
        (.character("."), .step(1)),
        (.character("+"), .speedUp),
        (.character("-"), .speedDown),
    ])
    func timeControlKeysBecomeEngineCommands(key: Key, command: EngineCommand) {
        var s = state()
        #expect(update(&s, .keyPressed(key)) == [command])
    }

    @Test func navigationMovesAndScrollsTheSelection() {
        var s = state()
        _ = update(&s, .keyPressed(.down))
        _ = update(&s, .keyPressed(.character("j")))
        #expect(s.selected == 2)
        _ = update(&s, .keyPressed(.character("k")))
        #expect(s.selected == 1)
        _ = update(&s, .keyPressed(.pageDown))
        #expect(s.selected == 21)           // 20 table rows at 80×24 (header, summary, titles, footer)
        #expect(s.scrollTop == 2)
        _ = update(&s, .keyPressed(.end))
        #expect(s.selected == 99)
        #expect(s.scrollTop == 80)
        _ = update(&s, .keyPressed(.down))
        #expect(s.selected == 99)
        _ = update(&s, .keyPressed(.home))
        #expect(s.selected == 0 && s.scrollTop == 0)
        _ = update(&s, .keyPressed(.up))
        #expect(s.selected == 0)
    }

    @Test func helpIsModal() {
        var s = state()
        _ = update(&s, .keyPressed(.character("?")))
        #expect(s.showHelp)
        // Any key closes help without acting.
        #expect(update(&s, .keyPressed(.character(" "))) == [])
        #expect(!s.showHelp)
        _ = update(&s, .keyPressed(.character("?")))
        _ = update(&s, .keyPressed(.character("q")))
        #expect(s.quitRequested)
    }

    @Test func resizeKeepsTheSelectionOnScreen() {
        var s = state()
        _ = update(&s, .keyPressed(.end))
        _ = update(&s, .resized(Size(width: 80, height: 40)))
        #expect(s.scrollTop == 100 - 36)
        #expect(s.viewRequest == ViewRequest(firstRow: 64, rowCount: 36, selected: 99))
    }

    @Test func unboundKeysDoNothing() {
        var s = state()
        let before = s
        #expect(update(&s, .keyPressed(.character("Z"))) == [])
        #expect(s == before)
    }
}

@Suite struct ConsoleLoopTests {
    @Test func secondFrameWritesOnlyTheChangedCells() {
        let backend = RecordingBackend(size: Size(width: 80, height: 24))
        let engine = FakeEngine(makeSnapshot())
        let loop = ConsoleLoop(backend: backend, engine: engine)
        loop.frame()
        #expect(backend.cellsWritten == 80 * 24)
        #expect(backend.screen.text[0].contains("PAUSED"))
        // A new snapshot differing only in the header's clock and tick.
        var next = makeSnapshot()
        next.time = next.time.adding(seconds: 10)
        engine.publish(next)
        loop.frame()
        #expect(backend.cellsWritten - 80 * 24 == 1)  // 00:07:00 → 00:07:10: one digit
        #expect(backend.screen.text[0].contains("00:07:10 UTC"))
        // Nothing new: nothing drawn.
        let frames = backend.frames
        loop.frame()
        #expect(backend.frames == frames)
    }

    @Test func keysTravelAsCommandsAndQuitRestoresTheTerminal() {
        let backend = RecordingBackend(size: Size(width: 80, height: 24),
                                       keys: [.character(" "), .character("+"), .character("q")])
        let engine = FakeEngine(makeSnapshot())
        let loop = ConsoleLoop(backend: backend, engine: engine)
        loop.run(shouldStop: { false })
        #expect(engine.commands == [.togglePause, .speedUp])
        #expect(backend.stopped)
    }

    @Test func resizeRedrawsEverything() {
        let backend = RecordingBackend(size: Size(width: 80, height: 24))
        let engine = FakeEngine(makeSnapshot())
        let loop = ConsoleLoop(backend: backend, engine: engine)
        loop.frame()
        backend.resize(to: Size(width: 100, height: 30))
        loop.frame()
        #expect(backend.cellsWritten == 80 * 24 + 100 * 30)
        #expect(engine.lastView?.rowCount == 26)  // 30 rows less header, summary, titles, footer
    }
}
