import Foundation
import Testing
@testable import ConstellationSim

/// The event log read from a journal recorded the way the console records it: every
/// command with its arguments and satellite, transitions between, newest-first paging
/// that agrees with one long read, and search.
@Suite struct JournalEventLogTests {
    @Test func drillCommandsAndTransitionsInTimeOrder() throws {
        let path = RecordedDrill.temporaryPath("event-log")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let live = try RecordedDrill.record(to: path)
        let all = try JournalEventLog.page(path: path, JournalEventQuery(count: 100_000))
        #expect(!all.hasOlder)
        #expect(all.epoch?.value == live.scenario.epoch.value)
        // Time order, and a command at tick T after the transitions of tick T − 1 (same time).
        for (a, b) in zip(all.events, all.events.dropFirst()) {
            #expect(a.simSeconds <= b.simSeconds)
            if a.simSeconds == b.simSeconds, a.isCommand { #expect(b.isCommand) }
        }
        let commands = all.events.compactMap { e -> (EngineCommand?, String?, String?)? in
            guard case .command(let c, _, let satellite) = e.what else { return nil }
            return (c, satellite, e.operatorName)
        }
        // Every command the drill sent (steps, acks, speed, faults, shelve, manoeuvre).
        #expect(commands.count == 15)
        #expect(commands.allSatisfy { $0.2 == "trainee" })
        let fault = commands.first { if case .injectFault(3, .avionics)? = $0.0 { return true } else { return false } }
        #expect(fault?.1 == live.fleet.ids[3], "the satellite is named, not numbered")
        let shelve = commands.first { if case .alarm(.shelve(_, 1800, "known"))? = $0.0 { return true } else { return false } }
        #expect(shelve != nil, "the shelve's duration and comment are in the log")
        let comments = all.events.compactMap { $0.isCommand ? $0.comment : nil }
        #expect(comments == ["first look", "known", "end of shift"])
        let transitions = all.events.filter { !$0.isCommand }
        #expect(transitions.count == (try AlarmJournalReader(path: path).rows(AlarmJournalFilter(includeCommands: false)).count))
    }

    @Test func pagesAreWindowsOfTheWholeLog() throws {
        let path = RecordedDrill.temporaryPath("event-pages")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RecordedDrill.record(to: path)
        let all = try JournalEventLog.page(path: path, JournalEventQuery(count: 100_000)).events
        #expect(all.count > 40)
        for offset in [0, 7, 30] {
            let page = try JournalEventLog.page(path: path, JournalEventQuery(offsetFromNewest: offset, count: 10))
            #expect(page.events == Array(all.dropLast(offset).suffix(10)))
            #expect(page.hasOlder == (all.count > offset + 10))
        }
    }

    @Test func searchMatchesEveryWordInAnyField() throws {
        let path = RecordedDrill.temporaryPath("event-search")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let live = try RecordedDrill.record(to: path)
        let shelves = try JournalEventLog.page(path: path, JournalEventQuery(search: "shelve", count: 100)).events
        #expect(!shelves.isEmpty && shelves.allSatisfy {
            if case .command(.alarm(.shelve)?, _, _) = $0.what { return true }
            if case .transition(let cause, _, _, _, _, _, _, _) = $0.what { return cause.contains("SHELVE") }
            return false
        })
        let id = live.fleet.ids[11]
        let onEleven = try JournalEventLog.page(path: path, JournalEventQuery(search: "\(id) inject", count: 100)).events
        #expect(onEleven.count == 1)
        if case .command(let c, _, _)? = onEleven.first?.what { #expect(c == .injectFault(satellite: 11, kind: .radiatorLoop)) }
    }
}
