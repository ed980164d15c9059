import Foundation
import Testing
@testable import ConstellationSim

@Suite struct CheckpointTests {
    /// A run interrupted at tick 150 (checkpoint, restore into a fresh simulation, run on)
    /// ends exactly where the uninterrupted run does: every column, the alarm book's
    /// journal of transitions, the aggregates and the workload.
    @Test func restoringACheckpointAndRunningOnGivesTheUninterruptedRun() throws {
        var straight = Simulation(scenario: SimulationFixtures.busy())
        var first = Simulation(scenario: SimulationFixtures.busy())
        straight.recordsAlarmBatches = true
        first.advance(ticks: 150)
        first.injectFault(satellite: 5, kind: .avionics)
        first.enqueueAlarmCommand(.acknowledgeAll(), operatorName: "op")
        let bytes = first.checkpoint()

        var resumed = Simulation(scenario: SimulationFixtures.busy())
        resumed.recordsAlarmBatches = true
        try resumed.restore(bytes)
        #expect(resumed.tick == 150)
        #expect(resumed.world.firstDifference(from: first.world) == nil)

        straight.advance(ticks: 150)
        straight.injectFault(satellite: 5, kind: .avionics)
        straight.enqueueAlarmCommand(.acknowledgeAll(), operatorName: "op")
        _ = straight.takeAlarmBatches()
        straight.advance(ticks: 150)
        resumed.advance(ticks: 150)

        #expect(resumed.world.firstDifference(from: straight.world) == nil)
        #expect(SimulationFixtures.fingerprint(resumed) == SimulationFixtures.fingerprint(straight))
        #expect(resumed.aggregates == straight.aggregates)
        #expect(resumed.workload == straight.workload)
        #expect(resumed.takeAlarmBatches() == straight.takeAlarmBatches())
        #expect(resumed.alarms.summary == straight.alarms.summary)
        #expect(resumed.world.mode[5] == .failed)
    }

    /// The checkpoint holds everything: a simulation restored from it checkpoints to a
    /// world equal to the original, and the original keeps running unaffected (value
    /// semantics: copies never share a mutated world).
    @Test func copiesAndCheckpointsAreIndependent() throws {
        var a = Simulation(scenario: SimulationFixtures.busy())
        a.advance(ticks: 20)
        let copy = a
        a.advance(ticks: 20)
        #expect(copy.tick == 20 && a.tick == 40)
        #expect(copy.world.firstDifference(from: a.world) != nil)
        var b = Simulation(scenario: SimulationFixtures.busy())
        try b.restore(copy.checkpoint())
        #expect(b.world.firstDifference(from: copy.world) == nil)
    }

    @Test func refusesBytesOfAnotherScenarioOrTruncated() throws {
        let sim = Simulation(scenario: SimulationFixtures.busy())
        let bytes = sim.checkpoint()
        var other = Simulation(scenario: SimulationFixtures.busy(seed: 99))
        #expect(throws: CheckpointError.self) { try other.restore(bytes) }
        var same = Simulation(scenario: SimulationFixtures.busy())
        #expect(throws: CheckpointError.self) { try same.restore(Array(bytes.dropLast(3))) }
        #expect(throws: CheckpointError.self) { try same.restore([1, 2, 3]) }
        #expect(same.tick == 0)
    }
}
