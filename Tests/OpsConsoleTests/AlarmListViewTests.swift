import ConstellationSim
import Testing
@testable import OpsConsole

/// An alarm book with limits high-warning 90, high-critical 100 on every parameter:
/// satellite 0's accelerator at 105 (critical), satellites 1…4 at 95 (four warnings
/// of one parameter → one flood group).
private func bookLines() -> [AlarmListLine] {
    var book = AlarmBook(satelliteCount: 5, limits: LimitSet(all: ParameterLimits(highWarning: 90, highCritical: 100,
                                                                                   deadband: 2)))
    book.beginTick(1, simSeconds: 10)
    book.evaluate(satellite: 0, parameter: .acceleratorTemp, value: 105)
    for s in 1...4 { book.evaluate(satellite: s, parameter: .radiatorTemp, value: 95) }
    _ = book.endTick()
    return book.alarmList(groupingThreshold: 3)
}

@Suite struct AlarmListViewTests {
    @Test func criticalAlarmThenFloodGroupAt80x24() {
        let lines = bookLines()
        #expect(lines.count == 2)
        var state = AppState(size: Size(width: 80, height: 24))
        state.view = .alarms
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(), alarms: lines, into: &grid)
        let text = grid.text
        #expect(text[1] == " STATE        SEVERITY  ALARM                        VALUE     LIMIT  RAISED s  ")
        #expect(text[2] == " UNACKED      CRITICAL  1st #0:ACCELERATOR_TEMP     105.00    100.00        10  ")
        #expect(text[3] == " UNACKED      WARNING   RADIATOR_TEMP ×4 sats              4 unacked        10  ")
        // The cursor is on the first line; the group is drawn bold in the warning role.
        #expect(grid[0, 2].style == Style(.selection, .reverse))
        #expect(grid[1, 3].style == Style(.warning, .bold))
    }

    @Test func cursorMovesAndClampsToTheList() {
        var state = AppState(size: Size(width: 250, height: 70))
        state.view = .alarms
        _ = update(&state, .keyPressed(.down))
        _ = update(&state, .keyPressed(.down))
        #expect(state.alarmSelected == 2)
        #expect(state.selected == 0, "arrows move the alarm cursor, not the satellite")
        var grid = Grid(width: 250, height: 70)
        ConsoleLayout.render(state, makeSnapshot(), alarms: bookLines(), into: &grid)
        #expect(grid[0, 3].style == Style(.selection, .reverse), "clamped to the last of two lines")
        #expect(grid.text[3].hasSuffix(String(repeating: " ", count: 100)))
    }

    @Test func withoutAnAlarmFeedTheViewSaysSo() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.view = .alarms
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, makeSnapshot(), alarms: nil, into: &grid)
        #expect(grid.text[2].hasPrefix(" this engine publishes no alarm list yet"))
        ConsoleLayout.render(state, makeSnapshot(), alarms: [], into: &grid)
        #expect(grid.text[2].hasPrefix(" no alarms "))
    }
}
