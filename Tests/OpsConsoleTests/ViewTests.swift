@testable import ConstellationSim
import Testing
@testable import OpsConsole

@Suite struct HeaderViewTests {
    @Test func showsRunStateTimeSpeedRateAndCount() {
        var grid = Grid(width: 120, height: 1)
        HeaderView.render(makeSnapshot(runState: .running, speed: .multiple(100)), area: grid.bounds, into: &grid)
        #expect(grid.text[0].hasPrefix(" OrbitOps   RUNNING  UNACK 0 2026-06-21 00:07:00 UTC ×100 12.5 t/s NOM 83 DEG 2 SAFE 14 FAIL 1 1.23 EFLOP/s "))
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
        #expect(text[1] == pad(" NOM 83 DEG 2 SAFE 14 FAIL 1  1.23 EFLOP/s  solar 44.1 MW  load 11.1 MW"))
        #expect(text[2] == " SATELLITE▲  MODE       BATT %    NET W   ACC °C   RAD °C   UTIL %     SEU   LNK")
        #expect(text[3] == " P1-S1       NOMINAL     100.0   -1,000     40.0    -10.0      0.0       0     4")
        #expect(text[4] == " P1-S2       NOMINAL      99.0     -900     41.0     -9.0      1.0       1     3")
        #expect(text[6] == " P1-S4       SAFE         97.0     -700     43.0     -7.0      3.0       3     1")
        // The selection bar spans the row.
        #expect(grid[0, 4].style == Style(.selection, .reverse))
        #expect(grid[79, 4].style == Style(.selection, .reverse))
        #expect(grid[0, 3].style == Style(.normal))
        #expect(text[22].hasPrefix(" P2-S10 "))  // 20 table rows: indices 0…19
        #expect(text[23] == " space pause  . step  ? help  / filter     default  1 Overview  2 3 4 5 6 7 8 0 ")
    }

    /// Cells with limits take the role of the level they are at (LimitSet.default):
    /// SAFE (ordinal 2 ≥ critical 2) and 1 link up (3 down ≥ critical 3) are critical,
    /// 4 links up and a full battery are ok; 28 % battery (≤ 30) is a warning, 19 % (≤ 20)
    /// critical; accelerators at 90 °C (≥ 90) warn and at 100 °C (≥ 100) are critical.
    @Test func cellsAreStyledByTheClassLimits() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.satelliteCount = 100
        state.selected = 99
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(count: state.tableRows), into: &grid)
        #expect(grid[19, 3].style == Style(.ok))        // MODE NOMINAL
        #expect(grid[19, 6].style == Style(.critical))  // MODE SAFE
        #expect(grid[27, 3].style == Style(.ok))        // BATT 100.0
        #expect(grid[79, 3].style == Style(.ok))        // LNK 4
        #expect(grid[79, 6].style == Style(.critical))  // LNK 1
        #expect(grid[79, 5].style == Style(.warning))   // LNK 2 (2 down ≥ warning 1)
        #expect(grid[40, 3].style == Style(.normal))    // NET W is not limit-checked
        #expect(grid[1, 3].style.role == .normal)
        // Summary counts by mode.
        #expect(grid[5, 1].style == Style(.ok, .bold))
        #expect(grid[12, 1].style == Style(.warning, .bold))
        var low = Grid(width: 80, height: 24)
        state.scrollTop = 72
        ConsoleLayout.render(state, makeSnapshot(first: 72, count: state.tableRows), into: &low)
        #expect(low.text[3].hasPrefix(" P8-S3       NOMINAL      28.0    6,200"))
        #expect(low[27, 3].style == Style(.warning))    // 28 %
        #expect(low[27, 12].style == Style(.critical))  // row 81: 19 %
        var hot = Grid(width: 80, height: 24)
        state.scrollTop = 50
        ConsoleLayout.render(state, makeSnapshot(first: 50, count: state.tableRows), into: &hot)
        #expect(hot.text[3].contains("   90.0 "))
        #expect(hot[45, 3].style == Style(.warning))    // 90 °C
        #expect(hot[45, 13].style == Style(.critical))  // row 60: 100 °C
    }

    @Test func wideTerminalAddsPositionColumns() {
        var state = AppState(size: Size(width: 120, height: 24))
        state.satelliteCount = 100
        var grid = Grid(width: 120, height: 24)
        ConsoleLayout.render(state, makeSnapshot(count: state.tableRows), into: &grid)
        #expect(grid.text[1].hasPrefix(" NOMINAL 83  DEGRADED 2  SAFE 14  FAILED 1   1.23 EFLOP/s  solar 44.1 MW  load 11.1 MW"))
        // The columns that fit, spread over the width (gaps widen by what is left).
        #expect(grid.text[2] == " SATELLITE▲  MODE       BATT %    NET W   ACC °C   RAD °C   UTIL %     SEU   LNK    LAT °     LON °   ALT km   PLANE    ")
        #expect(grid.text[3] == " P1-S1       NOMINAL     100.0   -1,000     40.0    -10.0      0.0       0     4   -50.25   -150.50    550.0       1    ")
        #expect(!grid.text[2].contains("SHELL"))
        var wider = Grid(width: 140, height: 24)
        ConsoleLayout.render(state, makeSnapshot(count: state.tableRows), into: &wider)
        #expect(wider.text[2].contains("PLANE   SLOT  SHELL"))
    }

    @Test func scrolledTableDrawsTheRowsOfTheWindow() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.satelliteCount = 100
        state.scrollTop = 50
        state.selected = 55
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(first: 50, count: 21), into: &grid)
        #expect(grid.text[3].hasPrefix(" P6-S1 "))
        #expect(grid[1, 8].style.role == .selection)
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
        // Every action by its summary; the view keys by their views' names, three to a line.
        for action in ConsoleAction.allCases where action.view == nil { #expect(text.contains(action.summary)) }
        for view in ConsoleView.allCases { #expect(text.contains(view.helpName)) }
        #expect(text.contains("space "))
        #expect(text.contains("PgDn"))
    }

    @Test func largeTerminalUsesTheWholeHeight() {
        var state = AppState(size: Size(width: 200, height: 60))
        state.satelliteCount = 100
        var grid = Grid(width: 200, height: 60)
        ConsoleLayout.render(state, makeSnapshot(count: state.tableRows), into: &grid)
        #expect(state.tableRows == 56)
        #expect(grid.text[58].hasPrefix(" P6-S6 "))
        #expect(grid.text[59].hasPrefix(" space pause  . step  ? help  / filter  g jump  > orbit  f fault  n next  Tab view  q quit "))
    }
}

@Suite struct EngineLabelTests {
    @Test func speedsAndCausesReadAsOperatorsSayThem() {
        #expect(SimulationSpeed.multiple(100).label == "×100")
        #expect(SimulationSpeed.max.label == "×MAX")
        #expect(ModeCause.none.consoleText == "–")
        #expect(ModeCause.energyShort.consoleText == "energy short: battery at floor")
    }
}
