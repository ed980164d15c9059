import Foundation
import Testing
@testable import ConstellationSim

@Suite struct SimulationDeterminismTests {
    @Test func sameSeedGivesIdenticalArraysAndAnotherSeedOtherUpsets() {
        var a = Simulation(scenario: SimulationFixtures.busy(seed: 3))
        var b = Simulation(scenario: SimulationFixtures.busy(seed: 3))
        var c = Simulation(scenario: SimulationFixtures.busy(seed: 4))
        for _ in 0..<300 {
            a.advance(); b.advance(); c.advance()
        }
        #expect(SimulationFixtures.fingerprint(a) == SimulationFixtures.fingerprint(b))
        #expect(a.world.seuTotal.reduce(0, +) > 0)
        #expect(a.world.seuTotal != c.world.seuTotal)
    }

    /// Chunks of 3 satellites across threads and one single chunk give bit-identical
    /// histories (with random failures, jobs, links and contacts all active).
    @Test func resultsDoNotDependOnChunking() {
        var small = Simulation(scenario: SimulationFixtures.busy())
        small.chunkSize = 3
        var large = Simulation(scenario: SimulationFixtures.busy())
        large.chunkSize = 1 << 20
        for _ in 0..<300 {
            small.advance(); large.advance()
            #expect(SimulationFixtures.fingerprint(small) == SimulationFixtures.fingerprint(large))
        }
        #expect(small.world.faults.contains { $0.hasFault })
        #expect(small.aggregates.failed + small.aggregates.degraded > 0)
    }

    /// One worker, three workers and one per core, with chunks of 5 satellites, give the
    /// same run bit for bit (every phase, the alarm book's transitions included).
    @Test func resultsDoNotDependOnThreadCount() {
        var runs = [1, 3, nil].map { (threads: Int?) -> Simulation in
            var sim = Simulation(scenario: SimulationFixtures.busy())
            sim.chunkSize = 5
            sim.threads = threads
            sim.recordsAlarmBatches = true
            return sim
        }
        for _ in 0..<200 {
            for k in runs.indices { runs[k].advance() }
        }
        let batches = runs.indices.map { runs[$0].takeAlarmBatches() }
        #expect(batches[0] == batches[1] && batches[1] == batches[2])
        #expect(!batches[0].flatMap(\.transitions).isEmpty)
        #expect(runs[0].world.firstDifference(from: runs[1].world) == nil)
        #expect(runs[0].world.firstDifference(from: runs[2].world) == nil)
    }

    /// The aggregates equal sums over the per-satellite arrays computed here.
    @Test func aggregatesEqualIndependentSums() {
        var sim = Simulation(scenario: SimulationFixtures.busy())
        sim.advance(ticks: 200)
        let s = sim.world, a = sim.aggregates
        let n = s.count
        #expect(a.satellites == 48)
        #expect(a.nominal == s.mode.filter { $0 == .nominal }.count)
        #expect(a.degraded == s.mode.filter { $0 == .degraded }.count)
        #expect(a.safe == s.mode.filter { $0 == .safe }.count)
        #expect(a.failed == s.mode.filter { $0 == .failed }.count)
        #expect(a.nominal + a.degraded + a.safe + a.failed == n)
        #expect(abs(a.solarMW - s.solarW.reduce(0, +) / 1e6) < 1e-9)
        #expect(abs(a.loadMW - s.loadW.reduce(0, +) / 1e6) < 1e-9)
        #expect(abs(a.litFraction - s.litFraction.reduce(0, +) / Double(n)) < 1e-12)
        let alive = (0..<n).filter { s.mode[$0] != .failed }
        #expect(abs(a.meanSOC - alive.map { s.batterySOC[$0] }.reduce(0, +) / Double(alive.count)) < 1e-12)
        #expect(a.minSOC == alive.map { s.batterySOC[$0] }.min())
        #expect(a.maxAcceleratorC == alive.map { s.acceleratorTempC[$0] }.max())
        // 24 accelerators × 1 PFLOP/s each (the default class).
        #expect(abs(a.deliveredPFLOPS - s.utilization.reduce(0, +) * 24) < 1e-9)
        #expect(abs(a.meanUtilization - s.utilization.reduce(0, +) / Double(n)) < 1e-12)
        #expect(a.queuedWorkPFLOP == sim.workload.jobs.map(\.remainingWorkPFLOP).reduce(0, +))
    }
}
