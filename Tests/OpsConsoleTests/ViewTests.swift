@testable import ConstellationSim
import Testing
@testable import OpsConsole

@Suite struct HeaderViewTests {
    @Test func showsRunStateTimeSpeedRateAndCount() {
        var grid = Grid(width: 120, height: 1)
        HeaderView.render(makeSnapshot(runState: .running, speed: .multiple(100)), area: grid.bounds, into: &grid)
        #expect(grid.text[0].hasPrefix(" OrbitOps   RUNNING   2026-06-21 00:07:00 UTC  ×100  12.5 ticks/s  100 satellites"))
        #expect(grid[12, 0].style.role == .running)
    }

    @Test func pausedAndMaxSpeed() {
        var grid = Grid(width: 100, height: 1)
        HeaderView.render(makeSnapshot(runState: .paused, speed: .max), area: grid.bounds, into: &grid)
        #expect(grid.text[0].contains(" PAUSED "))
        #expect(grid.text[0].contains("×MAX"))
        #expect(grid[12, 0].style.role == .paused)
    }
}

@Suite struct ConsoleLayoutTests {
    @Test func tableAt80x24() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.satelliteCount = 100
        state.selected = 1
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(count: state.tableRows), into: &grid)
        let text = grid.text
        let pad = { (line: String) in line + String(repeating: " ", count: 80 - line.count) }
        #expect(text[1] == pad(" SATELLITE         SHELL          PLANE   SLOT     LAT °      LON °    ALT km"))
        #expect(text[2] == pad(" P1-S1             shell-550          1      1    -50.25    -150.50     550.0"))
        #expect(text[3].hasPrefix(" P1-S2             shell-550          1      2    -49.25    -147.50     550.0"))
        // The selection bar spans the row.
        #expect(grid[0, 3].style == Style(.selection, .reverse))
        #expect(grid[79, 3].style == Style(.selection, .reverse))
        #expect(grid[0, 2].style == Style(.normal))
        #expect(text[22].hasPrefix(" P3-S1 "))
        #expect(text[23] == " space pause  . step  + faster  - slower  Tab view  ? help 1 Overview · default ")
    }

    @Test func scrolledTableDrawsTheRowsOfTheWindow() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.satelliteCount = 100
        state.scrollTop = 50
        state.selected = 55
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(first: 50, count: 21), into: &grid)
        #expect(grid.text[2].hasPrefix(" P6-S1 "))
        #expect(grid[1, 7].style.role == .selection)
    }

    @Test func tooSmallTerminalSaysSo() {
        let state = AppState(size: Size(width: 60, height: 20))
        var grid = Grid(width: 60, height: 20)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text.contains { $0.contains("terminal too small: need 80×24, have 60×20") })
        #expect(!grid.text.contains { $0.contains("SATELLITE") })
    }

    @Test func helpListsEveryAction() {
        var state = AppState(size: Size(width: 100, height: 30))
        state.showHelp = true
        var grid = Grid(width: 100, height: 30)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        let text = grid.text.joined(separator: "\n")
        for action in ConsoleAction.allCases { #expect(text.contains(action.summary)) }
        #expect(text.contains("space "))
        #expect(text.contains("PgDn"))
    }

    @Test func largeTerminalUsesTheWholeHeight() {
        var state = AppState(size: Size(width: 200, height: 60))
        state.satelliteCount = 100
        var grid = Grid(width: 200, height: 60)
        ConsoleLayout.render(state, makeSnapshot(count: state.tableRows), into: &grid)
        #expect(state.tableRows == 57)
        #expect(grid.text[58].hasPrefix(" P6-S7 "))
        #expect(grid.text[59].hasPrefix(" space pause  . step  + faster  - slower  Tab view  ? help  q quit  ↑↓ select"))
    }
}
