import Testing
@testable import ConstellationSim

@Suite struct WorkloadTests {
    /// One job of satellites 0…3 (peak 10 PFLOP/s each), satellites 4, 5 serve inference.
    static func workload(total: Double = 1e6, interval: Double = 600, start: Double = 0,
                         constant: Double? = nil) -> Workload {
        Workload(satelliteCount: 6,
                 jobs: [TrainingJob(id: 1, members: [0, 1, 2, 3], totalWorkPFLOP: total, checkpointIntervalS: interval, startSimSeconds: start)],
                 parameters: WorkloadParameters(constantUtilization: constant))
    }

    @Test func checkpointLossArithmetic() {
        // 4 members × 10 PFLOP/s × 60 s = 2400 PFLOP per tick at full utilization.
        // 15 ticks: checkpoint after tick 10 (600 s) saves 24,000; ticks 11–15 hold 12,000.
        // An uncorrectable upset on member 2 at tick 16 throws away those 12,000.
        var w = Self.workload()
        let none = [Int](repeating: 0, count: 6)
        for t in 0..<15 {
            var u = [1.0, 1, 1, 1, 0.3, 0.3]
            _ = w.advance(dtS: 60, nowSimSeconds: Double(t) * 60, utilization: &u, uncorrectableUpsets: none, peakPFLOPSPerSatellite: 10)
        }
        #expect(w.jobs[0].checkpointedWorkPFLOP == 24_000)
        #expect(w.jobs[0].workSinceCheckpointPFLOP == 12_000)
        #expect(w.queuedWorkPFLOP == 1e6 - 36_000)
        var u = [1.0, 1, 1, 1, 0.3, 0.3]
        let r = w.advance(dtS: 60, nowSimSeconds: 900, utilization: &u, uncorrectableUpsets: [0, 0, 1, 0, 0, 0], peakPFLOPSPerSatellite: 10)
        #expect(r.preemptions == 1 && r.lostWorkPFLOP == 12_000)
        #expect(w.lostWorkPFLOP == 12_000 && w.preemptions == 1)
        #expect(w.jobs[0].status == .queued)
        #expect(w.queuedWorkPFLOP == 1e6 - 24_000)
        #expect(u == [0, 0, 0, 0, 0.3, 0.3])
        // Next tick all members run again: restart from the checkpoint.
        u = [1.0, 1, 1, 1, 0.3, 0.3]
        _ = w.advance(dtS: 60, nowSimSeconds: 960, utilization: &u, uncorrectableUpsets: none, peakPFLOPSPerSatellite: 10)
        #expect(w.jobs[0].status == .running && w.jobs[0].workSinceCheckpointPFLOP == 2_400)
    }

    @Test func slowestMemberSetsThePace() {
        // Utilizations 1, 0.5, 1, 0.8 → 4 · 0.5 · 10 · 60 = 1200 PFLOP; members all rewritten to 0.5.
        var w = Self.workload()
        var u = [1.0, 0.5, 1, 0.8, 0.7, 0]
        _ = w.advance(dtS: 60, nowSimSeconds: 0, utilization: &u, uncorrectableUpsets: [Int](repeating: 0, count: 6), peakPFLOPSPerSatellite: 10)
        #expect(w.jobs[0].workSinceCheckpointPFLOP == 1_200)
        #expect(u == [0.5, 0.5, 0.5, 0.5, 0.7, 0])
    }

    @Test func shedMemberPreemptsAndQueuedJobsDoNotCountTwice() {
        var w = Self.workload()
        let none = [Int](repeating: 0, count: 6)
        var u = [1.0, 1, 1, 1, 0, 0]
        _ = w.advance(dtS: 60, nowSimSeconds: 0, utilization: &u, uncorrectableUpsets: none, peakPFLOPSPerSatellite: 10)
        for t in 1...3 {
            u = [1.0, 0, 1, 1, 0, 0]   // member 1 shed (power) for three ticks
            _ = w.advance(dtS: 60, nowSimSeconds: Double(t) * 60, utilization: &u, uncorrectableUpsets: none, peakPFLOPSPerSatellite: 10)
        }
        #expect(w.preemptions == 1 && w.lostWorkPFLOP == 2_400)
    }

    @Test func jobCompletesWithAFinalCheckpoint() {
        // 6000 PFLOP at 4 · 10 PFLOP/s = 40 PFLOP/s → 150 s: done during the third 60 s tick.
        var w = Self.workload(total: 6_000)
        for t in 0..<4 {
            var u = [1.0, 1, 1, 1, 0, 0]
            _ = w.advance(dtS: 60, nowSimSeconds: Double(t) * 60, utilization: &u, uncorrectableUpsets: [Int](repeating: 0, count: 6), peakPFLOPSPerSatellite: 10)
            #expect(w.jobs[0].status == (t >= 2 ? .completed : .running))
        }
        #expect(w.completedJobs == 1 && w.jobs[0].checkpointedWorkPFLOP == 6_000 && w.queuedWorkPFLOP == 0)
        #expect(w.demand(satellite: 0, nowSimSeconds: 300, latitudeDeg: 25, longitudeDeg: 0, utcHours: 21) == 0)
    }

    @Test func demandOfMembersInferenceAndConstant() {
        let w = Self.workload(start: 3600)
        // Member before its job starts: 0; after: 1. Inference satellite at 25° N, 21:00 LST: 0.9 · 1 · 1.
        #expect(w.demand(satellite: 2, nowSimSeconds: 0, latitudeDeg: 25, longitudeDeg: 0, utcHours: 21) == 0)
        #expect(w.demand(satellite: 2, nowSimSeconds: 3600, latitudeDeg: 25, longitudeDeg: 0, utcHours: 21) == 1)
        #expect(abs(w.demand(satellite: 5, nowSimSeconds: 0, latitudeDeg: 25, longitudeDeg: 0, utcHours: 21) - 0.9) < 1e-12)
        let c = Self.workload(constant: 0.7)
        for s in 0..<6 { #expect(c.demand(satellite: s, nowSimSeconds: 0, latitudeDeg: -60, longitudeDeg: 0, utcHours: 3) == 0.7) }
    }

    @Test func constantUtilizationDeliversItThroughTheScheduler() {
        // 6 satellites × 8 accelerators × 0.989 PFLOP/s at constant 0.7 with ample power, thermal
        // and health: delivered 6 · 0.7 · 7.912 = 33.2304 PFLOP/s, mean utilization 0.7.
        let w = Workload(satelliteCount: 6, jobs: [], parameters: WorkloadParameters(constantUtilization: 0.7))
        var totals = ComputeTotals()
        for s in 0..<6 {
            let d = w.demand(satellite: s, nowSimSeconds: 0, latitudeDeg: 0, longitudeDeg: 0, utcHours: 0)
            let g = ComputeScheduler.grant(demand: d, powerAllowance: 1, thermalHeadroom: 1, health: 1)
            totals.add(utilization: g.utilization, demand: d, installedAccelerators: 8, pflopsPerAccelerator: 0.989)
        }
        #expect(abs(totals.deliveredPFLOPS - 33.2304) < 1e-9)
        #expect(abs(totals.meanUtilization - 0.7) < 1e-12)
    }

    @Test func inferenceUpsetsCountRestarts() {
        var w = Self.workload()
        var u = [1.0, 1, 1, 1, 0.5, 0.5]
        let r = w.advance(dtS: 60, nowSimSeconds: 0, utilization: &u, uncorrectableUpsets: [0, 0, 0, 0, 2, 1], peakPFLOPSPerSatellite: 10)
        #expect(r.inferenceRestarts == 2 && w.inferenceRestarts == 2 && r.preemptions == 0)
    }
}
