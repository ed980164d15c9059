import Testing
@testable import ConstellationSim

/// How journal rows are written out: wall_time as ISO 8601 UTC with milliseconds, and
/// the table's 2-decimal values. Reference instants are worked out by hand below.
@Suite struct JournalRowFormatTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (-1.0, "1969-12-31T23:59:59.000Z"),
        // 1.7e9 s: 19 675 days (2023-11-14) + 80 000 s (22:13:20).
        (1_700_000_000.5, "2023-11-14T22:13:20.500Z"),
        // 2000-01-01 is 10 957 days = 946 684 800 s; + 59 days (Jan 31 + Feb 28) = leap day.
        (951_782_400.0, "2000-02-29T00:00:00.000Z"),
        // 2000-01-01 + 36 525 days (25 leap years 2000…2096): 2100 is not a leap year.
        (4_102_444_800.0, "2100-01-01T00:00:00.000Z"),
        (4_102_444_800.0 - 86_400, "2099-12-31T00:00:00.000Z"),
        // 2026-01-01 = 1 767 225 600 s; + 325 days (to Nov 22) + 13 458 s (03:44:18).
        (1_795_319_058.039, "2026-11-22T03:44:18.039Z"),
        (0.0396, "1970-01-01T00:00:00.040Z"),  // rounded to the millisecond
    ])
    func wallTimeIsISO8601UTC(unixSeconds: Double, expected: String) {
        #expect(AlarmJournalRow.iso8601(unixSeconds: unixSeconds) == expected)
    }

    private func row(value: Double?, limit: Double?) -> AlarmJournalRow {
        AlarmJournalRow(
            id: 1, sessionID: 1, tick: 61, simSeconds: 610, wallTime: 1_700_000_000.5, kind: .transition,
            event: "ACTIVATED", alarm: "P02-S03:MODE_CHANGE", satellite: "P02-S03", parameter: "MODE_CHANGE",
            severity: "WARNING", fromState: "NORMAL", toState: "UNACKED", value: value, limit: limit,
            operatorName: "drill", comment: "seen, loop 2")
    }

    @Test func csvKeepsFullPrecisionAndTheTableRoundsValues() {
        let r = row(value: 187.30812345, limit: 100)
        #expect(r.columnValues == [
            "610", "2023-11-14T22:13:20.500Z", "P02-S03:MODE_CHANGE", "P02-S03", "MODE_CHANGE", "WARNING", "NORMAL",
            "UNACKED", "187.30812345", "100", "drill", "seen, loop 2",
        ])
        var table = r.columnValues
        table[8] = "187.31"
        table[9] = "100.00"
        #expect(r.tableColumnValues == table)
        #expect(row(value: nil, limit: nil).tableColumnValues[8...9] == ["", ""])
        #expect(AlarmJournalRow.columnNames.count == r.tableColumnValues.count)
    }
}
