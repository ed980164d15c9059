/// Parameters of the workload.
public struct WorkloadParameters: Sendable, Hashable, Codable {
    /// For studies: every satellite demands this utilization 0…1 (training members too);
    /// nil = the population-driven inference demand and the training jobs' demand.
    public var constantUtilization: Double?
    /// Inference demand of satellites outside training jobs.
    public var inference = InferenceDemandModel()

    public init(constantUtilization: Double? = nil, inference: InferenceDemandModel = .init()) {
        self.constantUtilization = constantUtilization
        self.inference = inference
    }
}

/// The fleet's work: training jobs plus inference demand.
///
/// Per tick the engine asks `demand` for every satellite, lets the scheduler grant
/// utilizations, then calls `advance` once, which moves the jobs and lowers the
/// utilization of job members to what synchronous training actually uses.
public struct Workload: Sendable, Hashable, Codable {
    public var parameters: WorkloadParameters
    public private(set) var jobs: [TrainingJob]
    /// Job index (into `jobs`) of each satellite, −1 when it serves inference.
    public private(set) var jobOfSatellite: PlainArray<Int32>
    /// Uncorrectable upsets that restarted inference work (cumulative).
    public private(set) var inferenceRestarts: Int = 0

    /// - Precondition: each satellite belongs to at most one job, indices < `satelliteCount`.
    public init(satelliteCount: Int, jobs: [TrainingJob], parameters: WorkloadParameters = .init()) {
        self.parameters = parameters
        self.jobs = jobs
        var map = [Int32](repeating: -1, count: satelliteCount)
        for (j, job) in jobs.enumerated() {
            for m in job.members {
                precondition(m >= 0 && m < satelliteCount && map[m] < 0, "satellite \(m) in two jobs or out of range")
                map[m] = Int32(j)
            }
        }
        jobOfSatellite = PlainArray(map)
    }

    /// Demanded utilization 0…1 of `satellite` at `nowSimSeconds`: the constant when set;
    /// 1 for a member of an active job; 0 for a member of a finished or future job; else
    /// the inference demand under the satellite.
    @inline(__always)
    public func demand(satellite: Int, nowSimSeconds: Double, latitudeDeg: Double, longitudeDeg: Double, utcHours: Double) -> Double {
        if let c = parameters.constantUtilization { return min(max(c, 0), 1) }
        let j = Int(jobOfSatellite[satellite])
        if j >= 0 { return jobs[j].isActive(at: nowSimSeconds) ? 1 : 0 }
        return parameters.inference.demand(latitudeDeg: latitudeDeg, longitudeDeg: longitudeDeg, utcHours: utcHours)
    }

    /// Advances every job by `dtS` and rewrites `utilization` of job members to the
    /// job's effective (slowest-member) utilization, 0 unless running. `uncorrectableUpsets`
    /// holds this tick's count per satellite. Jobs go in index order (deterministic).
    public mutating func advance<Utilization: MutableCollection<Double>, Upsets: RandomAccessCollection<Int>>(
        dtS: Double, nowSimSeconds: Double, utilization: inout Utilization, uncorrectableUpsets: Upsets,
        peakPFLOPSPerSatellite: Double
    ) -> WorkloadTickResult where Utilization.Index == Int, Upsets.Index == Int {
        var result = WorkloadTickResult()
        for j in jobs.indices {
            guard jobs[j].isActive(at: nowSimSeconds) else {
                for m in jobs[j].members { utilization[m] = 0 }
                continue
            }
            var minU = 1.0
            var upset = false
            for m in jobs[j].members {
                minU = min(minU, utilization[m])
                upset = upset || uncorrectableUpsets[m] > 0
            }
            let before = jobs[j].preemptions
            result.lostWorkPFLOP += jobs[j].advance(dtS: dtS, minUtilization: minU, upset: upset, peakPFLOPSPerSatellite: peakPFLOPSPerSatellite)
            result.preemptions += jobs[j].preemptions - before
            let effective = jobs[j].status == .queued || upset ? 0 : minU
            for m in jobs[j].members { utilization[m] = effective }
        }
        for s in jobOfSatellite.indices where jobOfSatellite[s] < 0 && uncorrectableUpsets[s] > 0 {
            inferenceRestarts += 1
            result.inferenceRestarts += 1
        }
        return result
    }

    /// Training work not yet saved, PFLOP (the queued work).
    public var queuedWorkPFLOP: Double { jobs.reduce(0) { $0 + $1.remainingWorkPFLOP } }
    /// Preemptions so far.
    public var preemptions: Int { jobs.reduce(0) { $0 + $1.preemptions } }
    /// Work lost so far, PFLOP.
    public var lostWorkPFLOP: Double { jobs.reduce(0) { $0 + $1.lostWorkPFLOP } }
    /// Jobs completed so far.
    public var completedJobs: Int { jobs.reduce(0) { $0 + ($1.status == .completed ? 1 : 0) } }
}

/// What the workload did in one tick.
public struct WorkloadTickResult: Sendable, Hashable, Codable {
    public var preemptions = 0
    public var lostWorkPFLOP = 0.0
    public var inferenceRestarts = 0
}
