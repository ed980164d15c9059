import Dispatch
import Synchronization

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
/// Order: propagation → catalog objects (not ours) → due fault injections → radiation → random failures →
/// environment and array power → demand and grant → training jobs (slowest member) →
/// power (heaters, compute, battery) → thermal → louvers → numerical guard → mode → ground contacts → alarm
/// samples → laser links (every mode known) → cluster separations → fleet aggregates →
/// routing (links up) →
/// alarms.
enum TickPipeline {
    /// The steps of one tick.
    static func steps(context c: TickContext, workload: Workload, fleet: Fleet, manoeuvred: [Int: J2Orbit],
                      objects: CatalogObjects, clusters: [Range<Int>]) -> [PipelineStep] {
        [
            .fleet(PropagationPhase(fleet: fleet, manoeuvred: manoeuvred)),
            .serial(CatalogObjectPhase(objects: objects)),
            .serial(InjectionPhase()),
            .fleet(RadiationPhase(context: c)),
            .fleet(RandomFailurePhase(context: c)),
            .fleet(EnvironmentPhase(context: c)),
            .fleet(SchedulingPhase(context: c, workload: workload)),
            .serial(WorkloadPhase()),
            .fleet(PowerPhase(context: c)),
            .fleet(ThermalPhase(context: c)),
            .fleet(RadiatorLouverPhase(context: c)),
            .fleet(NumericalGuardPhase()),
            .fleet(ModePhase(context: c)),
            .fleet(GroundContactPhase(context: c)),
            .fleet(AlarmSamplePhase(context: c)),
            .fleet(LinkPhase(context: c)),
            .serial(ClusterSeparationPhase(clusters: clusters)),
            .serial(AggregatePhase()),
            .serial(RoutingPhase()),
            .serial(AlarmPhase()),
        ]
    }
}

/// Time spent in each phase since the simulation was built (not part of the world: it
/// never affects results): CPU time summed over the workers for fleet phases, wall time
/// for serial phases.
public struct PhaseTimes: Sendable {
    /// Phase names, in pipeline order.
    public let names: [String]
    /// Nanoseconds spent in each phase (fleet phases: summed over workers).
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
    ///
    /// Consecutive fleet phases run as one pass: each chunk of the fleet goes through all
    /// of them, a block of `FleetPass.blockSize` satellites at a time, so a satellite's
    /// columns are still in cache when the next phase reads them. A satellite's own
    /// phases still run in pipeline order and no phase of a pass reads another
    /// satellite's output of the same pass (a phase that does, the links, starts a new
    /// pass), so the result is the same as running each phase over the whole fleet.
    mutating func runPipeline(dtS: Double, steps range: Range<Int>? = nil) {
        let env = TickEnvironment(time: time, nowSimSeconds: simSeconds, dtS: dtS, tick: tick)
        let steps = TickPipeline.steps(context: context, workload: workload, fleet: fleet,
                                       manoeuvred: manoeuvredOrbits, objects: catalogObjects, clusters: clusters)
        let chunking = Chunking(size: chunkSize, threads: threads)
        let world = self.world
        var pass: [(index: Int, phase: any FleetPhase)] = []
        func flush() {
            guard !pass.isEmpty else { return }
            let times = FleetPass(pass).run(world: world, tick: env, chunking: chunking)
            for (k, ns) in times { phaseTimes.nanoseconds[k] &+= ns }
            pass = []
        }
        for k in range ?? steps.indices {
            switch steps[k] {
            case .fleet(let phase):
                if type(of: phase).readsOtherSatellites { flush() }
                pass.append((k, phase))
            case .serial(let phase):
                flush()
                let start = DispatchTime.now().uptimeNanoseconds
                phase.run(&self, tick: env)
                phaseTimes.nanoseconds[k] &+= DispatchTime.now().uptimeNanoseconds &- start
            }
        }
        flush()
        if dtS > 0 { phaseTimes.ticks += 1 }
    }
}

/// Consecutive fleet phases run block by block (see `Simulation.runPipeline`).
struct FleetPass: Sendable {
    /// Satellites per block: every column a pass touches for a block fits in L2.
    static let blockSize = 4096

    let phases: [(index: Int, phase: any FleetPhase)]

    init(_ phases: [(index: Int, phase: any FleetPhase)]) { self.phases = phases }

    /// Runs the pass; returns each phase's step index and the CPU time spent in it,
    /// summed over the workers, ns.
    func run(world: WorldState, tick: TickEnvironment, chunking: Chunking) -> [(Int, UInt64)] {
        let totals = Mutex([UInt64](repeating: 0, count: phases.count))
        chunking.forEach(count: world.count) { range in
            var local = [UInt64](repeating: 0, count: phases.count)
            for block in stride(from: range.lowerBound, to: range.upperBound, by: Self.blockSize) {
                let blockRange = block..<min(range.upperBound, block + Self.blockSize)
                for (p, step) in phases.enumerated() {
                    let start = DispatchTime.now().uptimeNanoseconds
                    step.phase.run(blockRange, world: world, tick: tick)
                    local[p] &+= DispatchTime.now().uptimeNanoseconds &- start
                }
            }
            totals.withLock { for p in local.indices { $0[p] &+= local[p] } }
        }
        let summed = totals.withLock { $0 }
        return phases.indices.map { (phases[$0].index, summed[$0]) }
    }
}
