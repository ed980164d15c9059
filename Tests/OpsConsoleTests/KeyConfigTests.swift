import ConstellationSim
import Testing
@testable import OpsConsole

@Suite struct KeyConfigTests {
    @Test(arguments: [("space", Key.character(" ")), ("Up", .up), ("PgDn", .pageDown), ("F10", .function(10)),
                      ("Tab", .tab), ("Shift-Tab", .backTab), ("q", .character("q")), ("Esc", .escape)])
    func keyNamesParse(name: String, key: Key) {
        #expect(Key(name: name) == key)
    }

    @Test func everyActionIsRebindableAndStandardKeysRoundTrip() {
        for (key, _) in KeyMap.standard.bindings where key.name.count > 1 && ![Key.up, .down, .left, .right].contains(key) {
            #expect(Key(name: key.name) == key, "help's name \(key.name) parses back")
        }
        for action in ConsoleAction.allCases {
            let config = try? ConsoleConfig.parse("keys:\n  \(action.rawValue): F12\n", file: "c.yaml")
            #expect(config?.keyMap.action(for: .function(12)) == action)
            #expect(config?.keyMap.keys(for: action) == [.function(12)])
        }
    }

    @Test func fileRebindsThemeFpsAndKeys() throws {
        let config = try ConsoleConfig.parse("""
            theme: nord
            fps: 30
            keys:
              quit: [x, F10]
              help: q
            """, file: "config.yaml")
        #expect(config.theme == "nord")
        #expect(config.framesPerSecond == 30)
        #expect(config.keyMap.action(for: .character("x")) == .quit)
        #expect(config.keyMap.action(for: .function(10)) == .quit)
        // q moved from quit to help; quit lost it.
        #expect(config.keyMap.action(for: .character("q")) == .help)
        #expect(config.keyMap.keys(for: .help) == [.character("q")])
        #expect(config.keyMap.action(for: .character(" ")) == .togglePause, "unlisted actions keep their keys")
    }

    @Test func conflictInTheFileNamesBothActionsAndTheKey() {
        #expect(throws: FileError(file: "c.yaml", line: 3, key: "keys.help",
                                  message: "key 'x' is bound to both 'quit' and 'help'; bind 'quit' to another key too")) {
            try ConsoleConfig.parse("keys:\n  quit: x\n  help: x\n", file: "c.yaml")
        }
    }

    @Test func takingAStandardKeyOfAnotherActionIsAConflict() {
        // space belongs to pause, which the file does not rebind.
        #expect(throws: FileError(file: "c.yaml", line: 2, key: "keys.help",
                                  message: "key 'space' is bound to both 'pause' and 'help'; bind 'pause' to another key too")) {
            try ConsoleConfig.parse("keys:\n  help: space\n", file: "c.yaml")
        }
    }

    @Test func unknownActionKeyAndSettingNameTheLine() {
        do {
            _ = try ConsoleConfig.parse("fps: 20\nkeys:\n  explode: x\n", file: "c.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.key == "keys.explode")
            #expect(error.message.hasPrefix("unknown action; actions: pause, step,"))
        }
        do {
            _ = try ConsoleConfig.parse("keys:\n  quit: [q, Hyper-Q]\n", file: "c.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("c.yaml:2: key 'keys.quit': unknown key 'Hyper-Q'"))
        }
        #expect(throws: FileError(file: "c.yaml", line: 1, key: "colour", message: "unknown key; known keys: theme, fps, keys, columns, background")) {
            try ConsoleConfig.parse("colour: red\n", file: "c.yaml")
        }
        #expect(throws: FileError(file: "c.yaml", line: 1, key: "fps", message: "'600' is not a frame rate: use 1…60")) {
            try ConsoleConfig.parse("fps: 600\n", file: "c.yaml")
        }
    }

    @Test func viewKeysAndCycling() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.themeNames = ["default", "nord"]
        for (key, view) in [("2", ConsoleView.map), ("3", .constellation), ("4", .alarms), ("5", .detail), ("6", .plots),
                            ("7", .events), ("1", .overview)] {
            _ = update(&state, .keyPressed(.character(Character(key))))
            #expect(state.view == view)
        }
        _ = update(&state, .keyPressed(.tab))
        #expect(state.view == .map)
        _ = update(&state, .keyPressed(.backTab))
        _ = update(&state, .keyPressed(.backTab))
        #expect(state.view == .catalog, "Shift-Tab wraps from the first view to the last (Catalog, key 0)")
        _ = update(&state, .keyPressed(.character("t")))
        #expect(state.themeName == "nord")
        _ = update(&state, .keyPressed(.character("t")))
        #expect(state.themeName == "default")
        _ = update(&state, .keyPressed(.character("m")))
        #expect(state.heatmapMetric == .altitude)
        _ = update(&state, .shellsKnown(3))
        _ = update(&state, .keyPressed(.character("]")))
        _ = update(&state, .keyPressed(.character("]")))
        _ = update(&state, .keyPressed(.character("]")))
        #expect(state.heatmapShell == 2)
        _ = update(&state, .keyPressed(.character("[")))
        #expect(state.heatmapShell == 1)
    }

    @Test func asciiFallbackTable() {
        var grid = Grid(lines: ["┌─┐ ×100 ⣿⠁⠃⠇⡇ ░▒▓█ ▁▇ ◆"])
        AsciiFallback.apply(to: &grid)
        // Braille by inked dots: 8 → #, 1 → ., 2 → ., 3 → :, 4 → :.
        #expect(grid.text == ["+-+ x100 #..:: .:*# _# @"])
    }

    @Test func themeCycleReachesTheBackend() {
        let backend = RecordingBackend(size: Size(width: 80, height: 24), keys: [.character("t")])
        let nord = Theme(name: "nord", source: "test", colors: Theme.builtIn.colors, gradient: [RGB(1, 2, 3)])
        let loop = ConsoleLoop(backend: backend, engine: FakeEngine(makeSnapshot()), themes: [.builtIn, nord])
        loop.frame()
        #expect(backend.theme == nord)
        #expect(backend.screen.text[23].hasSuffix(" default  1 Overview  2 3 4 5 6 7 8 0 "))
        #expect(loop.state.message == "theme nord")
    }
}

@Suite struct HelpOverlayTests {
    @Test func helpFitsEveryActionAt80x24InTwoColumns() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.showHelp = true
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        let text = grid.text.joined(separator: "\n")
        // Every action's key names are on screen.
        #expect(text.contains(" PgDn       page down"))
        #expect(text.contains(" 1 2 3      overview, map, heatmap"))
        #expect(text.contains(" 7 8 0      events, latency, catalog"))
        #expect(text.contains(" q          quit"))
        #expect(text.contains(" t          next theme for this backg…"))
        #expect(text.contains(" C          choose table columns"))
        #expect(text.contains(" ? F1       show / hide this help"))
        // The nine view keys share three lines: 40 lines in 20 rows; the box fills rows 0…23.
        // (Column 79, right of the box, shows the table underneath.)
        #expect(grid.text[0].prefix(79) == " ┌─ Keys ─" + String(repeating: "─", count: 68) + "┐")
        #expect(grid.text[1].prefix(79) == " │ 1 2 3      overview, map, heatmap     o          sort table: next column (…│")
        #expect(grid.text[14].prefix(79) == " │ Tab        next view                  Esc        clear / back to live      │")
        #expect(grid.text[22].hasPrefix(" │ any key closes this help"))
        #expect(grid.text[23].hasPrefix(" └"))
        #expect(text.contains(" Home       first satellite"))
        #expect(text.contains(" End G      last satellite"))
    }
}

@Suite struct SortKeysTests {
    @Test func oCyclesTheShownColumnsAndOReverses() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.satelliteCount = 100
        _ = update(&state, .keyPressed(.down))
        #expect(state.selected == 1)
        // At 80 columns the table shows SATELLITE … LNK; `o` walks them left to right.
        let shown = FleetTableView.layout(state, width: 80).placed.map(\.column)
        #expect(shown == [.id, .mode, .battery, .netPower, .acceleratorTemp, .radiatorTemp, .utilization, .seu, .links])
        _ = update(&state, .keyPressed(.character("o")))
        #expect(state.sort == RowSort(key: .mode))
        #expect(state.cursor == 0)
        _ = update(&state, .keyPressed(.character("O")))
        #expect(state.sort == RowSort(key: .mode, descending: true))
        _ = update(&state, .keyPressed(.character("o")))
        _ = update(&state, .keyPressed(.character("o")))
        #expect(state.sort == RowSort(key: .netPower, descending: true))
        #expect(state.viewRequest.sort == RowSort(key: .netPower, descending: true))
        // The cursor moves by position; the selection follows the window the engine sends.
        _ = update(&state, .keyPressed(.down))
        _ = update(&state, .windowArrived(firstRow: 0, indices: [42, 17, 3]))
        #expect(state.selected == 17)
        for _ in 0..<5 { _ = update(&state, .keyPressed(.character("o"))) }
        #expect(state.sort == RowSort(key: .links, descending: true))
        _ = update(&state, .keyPressed(.character("o")))
        #expect(state.sort == RowSort(key: .index, descending: true), "the id column, still descending")
        _ = update(&state, .keyPressed(.character("O")))
        #expect(state.sort == nil, "fleet order")
        #expect(state.selected == 0)
    }

    @Test func wideTerminalsCycleThroughEveryColumn() {
        var state = AppState(size: Size(width: 200, height: 40))
        state.satelliteCount = 100
        var keys: [RowSortKey] = []
        for _ in 0..<TableColumn.allCases.count {
            _ = update(&state, .keyPressed(.character("o")))
            keys.append(state.sort?.key ?? .index)
        }
        #expect(keys == TableColumn.allCases.dropFirst().map(\.sortKey) + [.index])
    }

    @Test func theSortedColumnsTitleCarriesTheDirection() {
        var state = AppState(size: Size(width: 100, height: 30))
        state.sort = RowSort(key: .radiatorTemp, descending: true)
        var grid = Grid(width: 100, height: 30)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text[2].contains("RAD °C▼"))
        #expect(!grid.text[2].contains("▲"))
        state.sort = RowSort(key: .battery)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text[2].contains("BATT %▲"))
        state.sort = nil
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text[2].hasPrefix(" SATELLITE▲"), "fleet order is the id column ascending")
    }
}
