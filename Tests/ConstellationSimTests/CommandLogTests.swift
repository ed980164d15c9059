import Foundation
import Testing
@testable import ConstellationSim

/// The durable command log: every command is journaled before it takes effect, and the
/// scenario + seed + program version + command log reproduce a run bit for bit.
@Suite struct CommandLogTests {
    static func temporaryJournal() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cmdlog-\(UUID().uuidString).sqlite").path
    }

    /// The training drill flown live at uneven wall-clock speeds with acknowledgements,
    /// shelves, speed changes, steps, fault injections and a manoeuvre; then replayed
    /// headless from the journal's command log: every column, the alarm book, the KPIs and
    /// every alarm transition in the journal are the same. A log with one command deleted
    /// or edited does not reproduce the run.
    @Test func trainingDrillReplaysBitForBitFromTheJournal() throws {
        let scenario = try #require(BuiltInScenarios.named("training"))
        let path = Self.temporaryJournal()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let simulation = Simulation(scenario: scenario)
        let writer = AlarmJournalWriter(journal: try AlarmJournal(
            path: path, startSimSeconds: 0, scenario: scenario.name, seed: scenario.seed,
            satelliteIDs: simulation.fleet.ids))
        let host = EngineHost(simulation: simulation, paused: false, speed: .max, alarmJournal: writer,
                              operatorName: "trainee")
        host.start()
        var sent: [EngineCommand] = []
        func send(_ command: EngineCommand) {
            host.send(command)
            sent.append(command)
        }
        #expect(eventually(within: 30) { host.inspect { $0.tick } > 40 })
        send(.alarm(.acknowledgeAll(comment: "first look")))
        send(.setSpeed(.multiple(2000)))
        send(.injectFault(satellite: 3, kind: .avionics))
        #expect(eventually(within: 30) { host.inspect { $0.tick } > 60 })
        let key = try #require(host.inspect { $0.alarms.records.keys.sorted().last })
        send(.alarm(.shelve(key, durationSeconds: 1800, comment: "known")))
        send(.setSpeed(.max))
        send(.manoeuvre(Manoeuvre(satellite: 5, deltaVMS: SIMD3(0, 0.5, 0))))
        send(.injectFault(satellite: 11, kind: .radiatorLoop))
        #expect(eventually(within: 30) { host.inspect { $0.tick } > 140 })
        send(.pause)
        send(.step(7))
        send(.alarm(.acknowledgeAll()))
        send(.speedDown)
        let live = host.inspect { $0 }
        try host.closeAlarmJournal()

        let log = try AlarmJournal.commands(path: path)
        #expect(log.map(\.command) == sent)
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.tick <= $1.tick })
        let replayed = CommandReplay.run(scenario, commands: log, ticks: live.tick, recordAlarmBatches: true)
        #expect(replayed.tick == live.tick)
        #expect(replayed.world.firstDifference(from: live.world) == nil)
        #expect(replayed.aggregates == live.aggregates)
        #expect(replayed.appliedInjections == live.appliedInjections)
        #expect(replayed.alarms.summary == live.alarms.summary)
        #expect(replayed.alarmKPIs() == live.alarmKPIs())
        #expect(replayed.world.orbitKind[5] == .manoeuvred && replayed.world.mode[3] == .failed)
        #expect(replayed.manoeuvredOrbits == live.manoeuvredOrbits)
        // Every alarm transition the live run journaled, the replay produces.
        let journaled = try AlarmJournalReader(path: path).rows().filter { $0.kind == .transition }
        var mutableReplay = replayed
        let transitions = mutableReplay.takeAlarmBatches().flatMap(\.transitions)
        #expect(journaled.map(\.tick) == transitions.map(\.tick))
        #expect(journaled.map(\.toState) == transitions.map { $0.to.displayName })

        // An altered log does not reproduce the run.
        var deleted = log
        deleted.removeAll { $0.command == .injectFault(satellite: 11, kind: .radiatorLoop) }
        #expect(CommandReplay.run(scenario, commands: deleted, ticks: live.tick).world.firstDifference(from: live.world) != nil)
        var edited = log
        if let k = edited.firstIndex(where: { $0.command == .injectFault(satellite: 3, kind: .avionics) }) {
            edited[k].command = .injectFault(satellite: 4, kind: .avionics)
        }
        #expect(CommandReplay.run(scenario, commands: edited, ticks: live.tick).world.firstDifference(from: live.world) != nil)
    }

    /// Each command is committed to the file (readable from another connection) by the time
    /// the host has taken it, with the tick at whose start it acts. (That the row is written
    /// before the command applies is the order of `HostCore.apply`; this test does not see
    /// the order itself.)
    @Test func commandsAreCommittedWithTheTickTheyActAt() throws {
        let path = Self.temporaryJournal()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var core = HostCore(simulation: Simulation(scenario: SimulationFixtures.busy()), runState: .paused, speed: .max,
                            alarmJournal: AlarmJournalWriter(journal: try AlarmJournal(
                                path: path, startSimSeconds: 0, satelliteIDs: [])))
        _ = core.apply(.step(5), now: 0)
        core.finishStep()
        _ = core.apply(.injectFault(satellite: 7, kind: .avionics), now: 0)
        let log = try AlarmJournal.commands(path: path)
        #expect(log.map(\.tick) == [1, 6])
        #expect(log.map(\.command) == [.step(5), .injectFault(satellite: 7, kind: .avionics)])
        #expect(log[1].simSeconds == 150)
    }
}
