/// Where a training job stands.
public enum TrainingJobStatus: Int, Sendable, Hashable, Codable {
    /// Waiting: not yet started, or a member is unavailable.
    case queued = 0
    /// All members computing.
    case running = 1
    /// All work done.
    case completed = 2
}

/// A synchronous training job spread over several satellites.
///
/// Data-parallel training advances at the pace of the slowest member: with utilizations
/// uᵢ granted to N members of A accelerators at P PFLOP/s each, the job does
/// N · min(uᵢ) · A · P PFLOP per second, and every member is busy only min(uᵢ).
/// Work is saved every `checkpointIntervalS` of running time (checkpoint cost neglected).
/// When a member gets no utilization (failed, safe, shed, thermal shutdown) or takes an
/// uncorrectable upset, the job is preempted: the work since the last checkpoint is lost
/// and the job waits until every member can run again.
public struct TrainingJob: Sendable, Hashable, Codable {
    public var id: Int
    /// Member satellite indices (the job needs all of them).
    public var members: [Int]
    /// Total work, PFLOP (PFLOP/s × s).
    public var totalWorkPFLOP: Double
    /// Running time between checkpoints, s.
    public var checkpointIntervalS: Double
    /// Simulated time the job is submitted, s.
    public var startSimSeconds: Double

    public internal(set) var status: TrainingJobStatus = .queued
    /// Work saved in checkpoints, PFLOP.
    public internal(set) var checkpointedWorkPFLOP: Double = 0
    /// Work done since the last checkpoint (lost on preemption), PFLOP.
    public internal(set) var workSinceCheckpointPFLOP: Double = 0
    /// Running time since the last checkpoint, s.
    public internal(set) var runningSinceCheckpointS: Double = 0
    /// Times the job was interrupted while running.
    public internal(set) var preemptions: Int = 0
    /// Work thrown away by preemptions, PFLOP.
    public internal(set) var lostWorkPFLOP: Double = 0

    public init(id: Int, members: [Int], totalWorkPFLOP: Double, checkpointIntervalS: Double, startSimSeconds: Double = 0) {
        precondition(!members.isEmpty && totalWorkPFLOP > 0 && checkpointIntervalS > 0, "invalid training job")
        self.id = id
        self.members = members
        self.totalWorkPFLOP = totalWorkPFLOP
        self.checkpointIntervalS = checkpointIntervalS
        self.startSimSeconds = startSimSeconds
    }

    /// A job sized in hours at full utilization of all its members.
    public init(id: Int, members: [Int], hoursAtFullRate: Double, checkpointIntervalS: Double,
                peakPFLOPSPerSatellite: Double, startSimSeconds: Double = 0) {
        self.init(id: id, members: members,
                  totalWorkPFLOP: hoursAtFullRate * 3600 * Double(members.count) * peakPFLOPSPerSatellite,
                  checkpointIntervalS: checkpointIntervalS, startSimSeconds: startSimSeconds)
    }

    /// Work not yet saved, PFLOP (queued work).
    public var remainingWorkPFLOP: Double {
        status == .completed ? 0 : max(totalWorkPFLOP - checkpointedWorkPFLOP - workSinceCheckpointPFLOP, 0)
    }

    /// Whether the job wants its members at `nowSimSeconds`.
    public func isActive(at nowSimSeconds: Double) -> Bool {
        status != .completed && nowSimSeconds >= startSimSeconds
    }

    /// Advances `dtS` seconds with the members' slowest granted utilization `minUtilization`
    /// (0 = a member cannot run) and whether any member took an uncorrectable upset.
    /// `peakPFLOPSPerSatellite` is A · P. Returns the work lost in this tick, PFLOP.
    @discardableResult
    public mutating func advance(dtS: Double, minUtilization: Double, upset: Bool, peakPFLOPSPerSatellite: Double) -> Double {
        guard status != .completed else { return 0 }
        if minUtilization <= 0 || upset {
            guard status == .running else { return 0 }
            let lost = workSinceCheckpointPFLOP
            lostWorkPFLOP += lost
            preemptions += 1
            workSinceCheckpointPFLOP = 0
            runningSinceCheckpointS = 0
            status = .queued
            return lost
        }
        status = .running
        workSinceCheckpointPFLOP += Double(members.count) * minUtilization * peakPFLOPSPerSatellite * dtS
        runningSinceCheckpointS += dtS
        if checkpointedWorkPFLOP + workSinceCheckpointPFLOP >= totalWorkPFLOP {
            checkpointedWorkPFLOP = totalWorkPFLOP
            workSinceCheckpointPFLOP = 0
            runningSinceCheckpointS = 0
            status = .completed
        } else if runningSinceCheckpointS >= checkpointIntervalS {
            checkpointedWorkPFLOP += workSinceCheckpointPFLOP
            workSinceCheckpointPFLOP = 0
            runningSinceCheckpointS = 0
        }
        return 0
    }
}
