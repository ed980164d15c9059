import Foundation
import GRDB
@testable import ConstellationSim

/// A training drill recorded the way the console records it: the host core takes every
/// command (acks, shelves, fault injections, a manoeuvre, speed changes, pauses and
/// steps) through the journaled command path, ticks driven by steps so the test is
/// independent of the wall clock.
enum RecordedDrill {
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).sqlite").path
    }

    static var recipe: ScenarioRecipe {
        var recipe = ScenarioRecipe.builtIn("training") ?? ScenarioRecipe(yaml: "", source: "")
        recipe.runsOperatorScript = false
        return recipe
    }

    /// Records an hour of the drill (360 ticks) into a new journal at `path`; returns the
    /// live simulation at the end.
    @discardableResult
    static func record(to path: String) throws -> Simulation {
        let scenario = try recipe.scenario()
        let simulation = Simulation(scenario: scenario)
        let writer = AlarmJournalWriter(journal: try AlarmJournal(
            path: path, startSimSeconds: 0, epoch: scenario.epoch, scenario: scenario.name, seed: scenario.seed,
            recipe: recipe, satelliteIDs: simulation.fleet.ids))
        var core = HostCore(simulation: simulation, runState: .paused, speed: .multiple(10), alarmJournal: writer,
                            operatorName: "trainee")
        func send(_ command: EngineCommand) {
            _ = core.apply(command, now: 0)
            core.finishStep()  // steps run as pump bursts; this drives them to the end
        }
        send(.step(60))
        send(.alarm(.acknowledgeAll(comment: "first look")))
        send(.setSpeed(.multiple(100)))
        send(.injectFault(satellite: 3, kind: .avionics))
        send(.step(30))
        if let key = core.simulation.alarms.records.keys.sorted().last {
            send(.alarm(.shelve(key, durationSeconds: 1800, comment: "known")))
        }
        send(.speedUp)
        send(.manoeuvre(Manoeuvre(satellite: 5, deltaVMS: SIMD3(0, 0.5, 0))))
        send(.step(90))
        send(.injectFault(satellite: 11, kind: .radiatorLoop))
        send(.step(150))
        send(.alarm(.acknowledgeAll()))
        send(.speedDown)
        send(.step(30))
        send(.alarm(.acknowledgeAll(comment: "end of shift")))
        let live = core.simulation
        writer.flush()
        try writer.close()
        return live
    }

    /// Runs `sql` on the journal, as someone editing it with sqlite3 would.
    static func tamper(_ path: String, _ sql: String) throws {
        let database = try DatabaseQueue(path: path)
        try database.write { try $0.execute(sql: sql) }
        try database.close()
    }
}
