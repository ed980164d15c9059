import Testing
@testable import ConstellationSim

/// Rewinding shows exactly the past: the state built for tick T (nearest checkpoint plus
/// the command log) equals the state the live run had after tick T, taken from a
/// reference run that applied the same commands directly.
@Suite struct RewindTests {
    /// The drill with acks, a fault, a shelve and a manoeuvre-free speed change; returns
    /// the reference states after the ticks in `wanted`.
    private func flyDrill(_ host: EngineHost, reference: inout Simulation, wanted: Set<UInt64>) -> [UInt64: Simulation] {
        var states: [UInt64: Simulation] = [:]
        func step(_ n: Int) {
            host.send(.step(n))
            for _ in 0..<n {
                reference.advance()
                if wanted.contains(reference.tick) { states[reference.tick] = reference }
            }
        }
        func world(_ command: EngineCommand) {
            host.send(command)
            reference.apply(command, operatorName: "operator")
        }
        step(45)
        world(.alarm(.acknowledgeAll(comment: "first look")))
        world(.injectFault(satellite: 3, kind: .avionics))
        host.send(.setSpeed(.multiple(100)))
        step(40)
        if let key = reference.alarms.records.keys.sorted().last {
            world(.alarm(.shelve(key, durationSeconds: 600, comment: "known")))
        }
        step(35)
        return states
    }

    @Test(arguments: [256 << 20, 3 * WorldState(count: 48).bytesPerSatellite * 48])
    func rewoundStateEqualsTheLiveStateThatWasAtThatTick(budget: Int) throws {
        let scenario = try RecordedDrill.recipe.scenario()
        var reference = Simulation(scenario: scenario)
        let host = EngineHost(simulation: Simulation(scenario: scenario), paused: true, rewindBudgetBytes: budget)
        host.start()
        let wanted: Set<UInt64> = [1, 31, 45, 46, 70, 85, 100, 119]
        let states = flyDrill(host, reference: &reference, wanted: wanted)
        #expect(host.inspect { $0.tick } == 120)
        // Out of order: back, forward from a built past, back again.
        for tick in [70, 100, 119, 1, 46, 45, 85, 31] as [UInt64] {
            host.rewind(to: tick)
            let past = try #require(host.inspectPast { $0 })
            let live = try #require(states[tick])
            #expect(past.tick == tick)
            let difference = past.world.firstDifference(from: live.world)
            #expect(difference == nil, "tick \(tick): \(String(describing: difference))")
            #expect(past.alarms.records == live.alarms.records, "tick \(tick): alarm records differ")
            #expect(past.alarms.summary == live.alarms.summary && past.alarms.revision == live.alarms.revision)
            #expect(past.aggregates == live.aggregates)
            let snapshot = host.latestPastSnapshot().snapshot
            #expect(snapshot?.tick == tick)
        }
        // The live run was not touched.
        let finalReference = reference
        #expect(host.inspect { $0.world.firstDifference(from: finalReference.world) == nil && $0.tick == 120 })
        host.rewind(to: nil)
        #expect(host.inspectPast { $0 == nil })
    }

    @Test func historyThinsToItsBudgetAndStillReachesTheStart() throws {
        let scenario = try RecordedDrill.recipe.scenario()
        var simulation = Simulation(scenario: scenario)
        let bytes = simulation.world.columnBytes
        var history = RewindHistory(initial: simulation, budgetBytes: 4 * bytes, intervalTicks: 8)
        for _ in 0..<200 {
            simulation.advance()
            history.record(simulation)
        }
        #expect(history.checkpoints.count <= 4)
        #expect(history.checkpoints.first?.tick == 0)
        #expect(history.intervalTicks == 64)
        #expect(history.checkpoints.map(\.tick) == [0, 64, 128, 192])
        let none = RewindHistory(initial: simulation, budgetBytes: bytes - 1)
        #expect(none.capacity == 0 && none.status.earliestTick == nil)
    }
}
