@testable import ConstellationSim
@testable import OpsConsole
import Testing

/// Issue 14: a journal that could not be opened or written is an alarm that stays in the
/// header (`JOURNAL FAILED`, critical, reverse), kept even on a narrow terminal.
@Suite struct JournalFailedHeaderTests {
    private func header(width: Int, journalFailed: Bool = false, adjust: (inout FleetSnapshot) -> Void = { _ in }) -> Grid {
        var s = makeSnapshot()
        adjust(&s)
        var grid = Grid(width: width, height: 1)
        HeaderView.render(s, journalFailed: journalFailed, area: grid.bounds, into: &grid)
        return grid
    }

    @Test func writeFailureInTheSnapshotShowsJournalFailed() throws {
        let grid = header(width: 80) { s in
            s.alarms.journal = AlarmJournalWriter.Status(path: "j.sqlite", ticksWritten: 10, backlog: 0, stalls: 0,
                                                         failure: "alarm journal write failed (j.sqlite): disk full")
        }
        let text = grid.text[0]
        let start = try #require(text.range(of: "JOURNAL FAILED"))
        let column = text.distance(from: text.startIndex, to: start.lowerBound)
        #expect(grid[column, 0].style == Style(.critical, [.bold, .reverse]))
        #expect(text.contains("PAUSED"))
    }

    @Test func openFailureShowsJournalFailed() {
        #expect(header(width: 100, journalFailed: true).text[0].contains("JOURNAL FAILED"))
    }

    @Test func healthyJournalShowsNothing() {
        let grid = header(width: 200) { s in
            s.alarms.journal = AlarmJournalWriter.Status(path: "j.sqlite", ticksWritten: 10, backlog: 0, stalls: 0,
                                                         failure: nil)
        }
        #expect(!grid.text[0].contains("JOURNAL"))
    }
}
