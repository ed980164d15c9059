import Foundation
import Testing
@testable import ConstellationSim

/// Operator alarm commands through `EngineHost.send`, and the journal the host writes.
/// The expected states are the ISA-18.2 transitions (REFERENCE.md); the expected stamps
/// are the host's documented rule: a command takes effect between ticks, at the
/// simulation time of the last completed tick (tick × dt, dt = 10 s in the tiny scenario).
@Suite struct AlarmIntegrationHostTests {
    let battery = AlarmKey(satellite: 0, parameter: .batterySOC)
    let mode = AlarmKey(satellite: 1, parameter: .modeChange)

    /// A simulation after two ticks: satellite 0's battery at 10 % (critical, raised at
    /// tick 2) and satellite 1's MODE_CHANGE raised at tick 1 (DEGRADED) and cleared at
    /// tick 2, so latched. Recording is on so ticks 1 and 2 reach the journal too.
    private func preparedSimulation() -> Simulation {
        var sim = Simulation(scenario: tinyScenario)
        sim.recordsAlarmBatches = true
        var c = SyntheticColumns(satellites: sim.fleet.count)
        c[.batterySOC, 0] = 10
        c[.modeChange, 1] = 1
        sim.alarmColumnsOverride = (c.samples, c.modes)
        sim.advance()
        c[.modeChange, 1] = 0
        sim.alarmColumnsOverride = (c.samples, c.modes)
        sim.advance()
        return sim
    }

    private func state(_ host: EngineHost, _ key: AlarmKey) -> AlarmState {
        host.inspect { $0.alarms.state(of: key) }
    }

    @Test func pausedCommandsTakeEffectAtOnceAndAreJournaledWithTheirSimTime() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("journal.sqlite").path
        let sim = preparedSimulation()
        let writer = AlarmJournalWriter(journal: try AlarmJournal(
            path: path, startSimSeconds: 0, scenario: "tiny", satelliteIDs: sim.fleet.ids))
        let host = EngineHost(simulation: sim, paused: true, alarmJournal: writer, operatorName: "alice")
        host.start()
        #expect(state(host, battery) == .unacked && state(host, mode) == .latched)

        host.send(.alarm(.acknowledge(battery, comment: "on it")))
        #expect(state(host, battery) == .acked)
        #expect(eventually { host.latestSnapshot().snapshot?.alarms.summary.unacknowledged == 0 })
        host.send(.step(1))  // tick 3 at 30 s
        host.send(.alarm(.shelve(battery, durationSeconds: 600)))
        #expect(state(host, battery) == .shelved)
        host.send(.alarm(.unshelve(battery)))
        #expect(state(host, battery) == .unacked)  // still active: re-annunciated
        host.send(.alarm(.removeFromService(battery, comment: "sensor swap")))
        #expect(state(host, battery) == .outOfService)
        host.send(.alarm(.returnToService(battery)))
        #expect(state(host, battery) == .unacked)
        host.send(.alarm(.resetLatched(mode)))
        #expect(state(host, mode) == .normal)
        host.send(.alarm(.resetLatched(mode)))  // nothing to reset: journaled, not applied
        host.send(.alarm(.acknowledgeAll(comment: nil)))
        #expect(state(host, battery) == .acked)

        let applied = host.commandJournal().filter { if case .alarm = $0.command { true } else { false } }
        #expect(applied.map(\.applied) == [true, true, true, true, true, true, false, true])
        #expect(applied.map(\.simSeconds) == [20, 30, 30, 30, 30, 30, 30, 30])

        try host.closeAlarmJournal()
        let reader = try AlarmJournalReader(path: path)
        let commands = try reader.rows().filter { $0.kind == .command }
        #expect(commands.map(\.event) == [
            "ACK", "SHELVE", "UNSHELVE", "OUT_OF_SERVICE", "RETURN_TO_SERVICE", "RESET", "RESET", "ACK_ALL",
        ])
        #expect(commands.map(\.simSeconds) == [20, 30, 30, 30, 30, 30, 30, 30])
        #expect(commands.allSatisfy { $0.operatorName == "alice" })
        #expect(commands[0].comment == "on it" && commands[1].value == 600)
        let acked = try reader.rows().filter { $0.event == "ACKNOWLEDGED" }
        #expect(acked.map(\.simSeconds) == [20, 30] && acked.allSatisfy { $0.toState == "ACKED" })
        let batches = try reader.batches()
        #expect(batches.filter { $0.kind == "tick" }.map(\.tick) == [1, 2, 3])
        #expect(batches.filter { $0.kind == "commands" }.map(\.tick) == [2, 3, 3, 3, 3, 3, 3, 3])
        #expect(batches.allSatisfy { $0.writtenTransitions == $0.transitions && $0.writtenCommands == $0.commands })
        #expect(try reader.sessions().last?.lastTick == 3)
    }

    @Test func commandsWhileRunningAreStampedWithTheTickTheyFollow() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("journal.sqlite").path
        let sim = preparedSimulation()
        let writer = AlarmJournalWriter(journal: try AlarmJournal(
            path: path, startSimSeconds: 0, satelliteIDs: sim.fleet.ids))
        let host = EngineHost(simulation: sim, paused: false, speed: .max, alarmJournal: writer, operatorName: "bob")
        host.start()
        #expect(eventually { host.inspect { $0.tick } > 20 })
        host.send(.alarm(.acknowledge(battery)))
        #expect(eventually { host.latestSnapshot().snapshot?.alarms.summary.unacknowledged == 0 })
        let entry = try #require(host.commandJournal().last)
        try host.closeAlarmJournal()
        let rows = try AlarmJournalReader(path: path).rows().filter { $0.event == "ACKNOWLEDGED" }
        #expect(rows.count == 1)
        // The command acts at the start of tick `entry.tick`, i.e. after tick − 1 completed:
        // the alarm journal stamps it with that completed tick and its time.
        #expect(rows.first?.simSeconds == entry.simSeconds && entry.simSeconds == Double(entry.tick - 1) * 10)
        #expect(rows.first?.tick == Int(entry.tick) - 1)
        let ticks = try AlarmJournalReader(path: path).batches().filter { $0.kind == "tick" }.map(\.tick)
        #expect(ticks == Array(1...ticks.count) && ticks.count > 20)
    }
}
