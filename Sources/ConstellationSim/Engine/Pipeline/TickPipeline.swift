import Dispatch

/// One step of the pipeline: a phase over the fleet (chunked) or a serial phase.
enum PipelineStep: Sendable {
    case fleet(any FleetPhase)
    case serial(any SerialPhase)

    var phase: any TickPhase.Type {
        switch self {
        case .fleet(let p): type(of: p)
        case .serial(let p): type(of: p)
        }
    }
}

/// The tick as an ordered list of phases. A new capability is a new phase in this
/// list (its own type and file, declaring the columns it reads and writes), not more
/// code in `Simulation`.
///
/// Order: propagation → due fault injections → radiation → random failures →
/// environment and array power → demand and grant → training jobs (slowest member) →
/// power (heaters, compute, battery) → thermal → mode → ground contacts → alarm
/// samples → laser links (every mode known) → fleet aggregates → alarms.
enum TickPipeline {
    /// The steps of one tick.
    static func steps(context c: TickContext, workload: Workload, fleet: Fleet, manoeuvred: [Int: J2Orbit])
        -> [PipelineStep] {
        [
            .fleet(PropagationPhase(fleet: fleet, manoeuvred: manoeuvred)),
            .serial(InjectionPhase()),
            .fleet(RadiationPhase(context: c)),
            .fleet(RandomFailurePhase(context: c)),
            .fleet(EnvironmentPhase(context: c)),
            .fleet(SchedulingPhase(context: c, workload: workload)),
            .serial(WorkloadPhase()),
            .fleet(PowerPhase(context: c)),
            .fleet(ThermalPhase(context: c)),
            .fleet(ModePhase(context: c)),
            .fleet(GroundContactPhase(context: c)),
            .fleet(AlarmSamplePhase(context: c)),
            .fleet(LinkPhase(context: c)),
            .serial(AggregatePhase()),
            .serial(AlarmPhase()),
        ]
    }

}

/// Wall-clock time spent in each phase since the simulation was built (not part of the
/// world: it never affects results).
public struct PhaseTimes: Sendable {
    /// Phase names, in pipeline order.
    public let names: [String]
    /// Nanoseconds spent in each phase.
    public internal(set) var nanoseconds: [UInt64]
    /// Ticks timed.
    public internal(set) var ticks: Int = 0

    init(names: [String]) {
        self.names = names
        nanoseconds = Array(repeating: 0, count: names.count)
    }
}

extension Simulation {
    /// Runs the pipeline's steps `range` for the tick ending at the current time. `dtS` = 0
    /// evaluates the instant (the epoch).
    mutating func runPipeline(dtS: Double, steps range: Range<Int>? = nil) {
        let env = TickEnvironment(time: time, nowSimSeconds: simSeconds, dtS: dtS, tick: tick)
        let steps = TickPipeline.steps(context: context, workload: workload, fleet: fleet,
                                       manoeuvred: manoeuvredOrbits)
        let chunking = Chunking(size: chunkSize, threads: threads)
        let world = self.world, n = world.count
        for k in range ?? steps.indices {
            let start = DispatchTime.now().uptimeNanoseconds
            switch steps[k] {
            case .fleet(let phase):
                chunking.forEach(count: n) { phase.run($0, world: world, tick: env) }
            case .serial(let phase):
                phase.run(&self, tick: env)
            }
            phaseTimes.nanoseconds[k] &+= DispatchTime.now().uptimeNanoseconds &- start
        }
        if dtS > 0 { phaseTimes.ticks += 1 }
    }
}
