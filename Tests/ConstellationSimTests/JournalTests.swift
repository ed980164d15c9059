import Foundation
import Testing
@testable import ConstellationSim

@Suite struct JournalTests {
    /// A fresh temporary directory, removed by the caller.
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private let ids = ["P01-S01", "P01-S02", "P02-S01"]

    /// Runs a small history: tick 0 battery of P01-S02 at 25 % (warning, limit 30) and radiator of
    /// P02-S01 at 95 °C (critical with these limits); tick 1 ack of the battery by alice;
    /// tick 2 the battery recovers to 50 %; tick 3 nothing.
    private func writeHistory(to path: String) throws -> AlarmJournal {
        var limits = LimitSet(all: .none)
        limits[.batterySOC] = ParameterLimits(lowWarning: 30, lowCritical: 20)
        limits[.radiatorTemp] = ParameterLimits(highWarning: 80, highCritical: 90)
        var book = AlarmBook(satelliteCount: 3, limits: limits)
        let journal = try AlarmJournal(path: path, startSimSeconds: 0, scenario: "test", satelliteIDs: ids)
        let battery = AlarmKey(satellite: 1, parameter: .batterySOC)
        for tick in 0...3 {
            let t = Double(tick) * 10
            book.beginTick(tick, simSeconds: t)
            var commands: [AlarmCommand] = []
            if tick == 1 {
                let ack = AlarmCommand(simSeconds: t, operatorName: "alice", action: .acknowledge(battery, comment: "seen"))
                book.apply(ack)
                commands.append(ack)
            }
            if tick == 0 {
                book.evaluate(satellite: 1, parameter: .batterySOC, value: 25)
                book.evaluate(satellite: 2, parameter: .radiatorTemp, value: 95)
            }
            if tick == 2 { book.evaluate(satellite: 1, parameter: .batterySOC, value: 50) }
            try journal.append(tickTransitions: book.endTick(), commands: commands, tick: tick, simSeconds: t)
        }
        return journal
    }

    @Test func roundTripsTransitionsAndCommands() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("alarms.sqlite").path
        let journal = try writeHistory(to: path)
        // The writer is still open: the rows are readable because each tick was committed.
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let reader = try AlarmJournalReader(path: path)
        let rows = try reader.rows()
        #expect(rows.map(\.event) == ["ACTIVATED", "ACTIVATED", "ACK", "ACKNOWLEDGED", "RETURNED"])
        #expect(rows.map(\.kind) == [.transition, .transition, .command, .transition, .transition])
        #expect(rows[0].columnValues == [
            "0", rows[0].columnValues[1], "P01-S02:BATTERY_SOC", "P01-S02", "BATTERY_SOC", "WARNING",
            "NORMAL", "UNACKED", "25", "30", "", "",
        ])
        #expect(rows[1].alarm == "P02-S01:RADIATOR_TEMP" && rows[1].severity == "CRITICAL" && rows[1].limit == 90)
        #expect(rows[2].operatorName == "alice" && rows[2].comment == "seen" && rows[2].alarm == "P01-S02:BATTERY_SOC")
        #expect(rows[3].fromState == "UNACKED" && rows[3].toState == "ACKED" && rows[3].operatorName == "alice")
        #expect(rows[4].simSeconds == 20 && rows[4].fromState == "ACKED" && rows[4].toState == "NORMAL")
        #expect(AlarmJournalRow.columnNames.count == rows[0].columnValues.count)
        // The session records the last tick even though tick 3 had no events.
        let session = try #require(try reader.sessions().last)
        #expect(session.lastTick == 3 && session.endSimSeconds == 30 && session.scenario == "test")
        #expect(try reader.pragma("journal_mode") == "wal")
        #expect(try reader.pragma("integrity_check") == "ok")
        _ = journal
    }

    @Test func filtersBySinceSeverityAndSatellite() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("alarms.sqlite").path
        _ = try writeHistory(to: path)
        let reader = try AlarmJournalReader(path: path)
        #expect(try reader.rows(AlarmJournalFilter(sinceSimSeconds: 10)).map(\.event) == ["ACK", "ACKNOWLEDGED", "RETURNED"])
        #expect(try reader.rows(AlarmJournalFilter(minimumSeverity: .critical)).map(\.alarm) == ["P02-S01:RADIATOR_TEMP"])
        #expect(try reader.rows(AlarmJournalFilter(satellite: "P01-S02", includeCommands: false)).count == 3)
        #expect(try reader.rows(AlarmJournalFilter(limit: 2)).count == 2)
    }

    @Test func kpisRecomputedFromTheJournal() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("alarms.sqlite").path
        _ = try writeHistory(to: path)
        let kpis = try AlarmJournalReader(path: path).kpis()
        // Two alarms raised at 0 s; the battery acked at 10 s (TTA 10 s) then returned; the
        // radiator stays UNACKED → standing 1. Span 0…30 s → one 10-minute window.
        #expect(kpis.totalAlarms == 2 && kpis.windowCount == 1 && kpis.endSeconds == 30)
        #expect(kpis.meanTimeToAckSeconds == 10 && kpis.maxTimeToAckSeconds == 10)
        #expect(kpis.standingAlarms == 1)
        #expect(Set(kpis.topAlarms.map(\.name)) == ["P01-S02:BATTERY_SOC", "P02-S01:RADIATOR_TEMP"])
    }

    @Test func reopeningAppendsANewSessionWithoutLosingRows() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("alarms.sqlite").path
        _ = try writeHistory(to: path)
        _ = try writeHistory(to: path)
        let reader = try AlarmJournalReader(path: path)
        #expect(try reader.sessions().count == 2)
        #expect(try reader.rows().count == 10)
    }

    @Test func missingOrForeignFilesAreClearErrors() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("nope.sqlite").path
        #expect(throws: AlarmJournalError.notFound(path: missing)) { try AlarmJournalReader(path: missing) }
        let empty = dir.appendingPathComponent("empty.sqlite").path
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(throws: AlarmJournalError.notAJournal(path: empty)) { try AlarmJournalReader(path: empty) }
    }
}
