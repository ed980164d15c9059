import Dispatch
import Synchronization

/// Builds the past on its own queue: a copy of the simulation at the nearest earlier
/// checkpoint, run forward through the command log to the wanted tick, published as a
/// frame to its own `QueryService` (the console reads it while rewound). Never runs on
/// the engine's queue or the console's thread; a newer request or a return to live
/// stops a build between two ticks.
public final class RewindService: Sendable {
    private struct State {
        /// Bumped by every request and by `cancel`; a build whose number is stale stops.
        var generation: UInt64 = 0
        /// The last past built (continued forward when the next request is later).
        var past: Simulation?
        var status = RewindStatus()
    }

    private let queue = DispatchQueue(label: "orbitops.rewind", qos: .utility)
    private let state = Mutex(State())
    /// Answers the console's view requests from the past frame.
    public let queries = QueryService()

    public init() {}

    /// What the live history holds (set by the engine after each burst).
    public var status: RewindStatus { state.withLock { $0.status } }

    func setStatus(_ status: RewindStatus) {
        state.withLock { $0.status = status }
    }

    /// Builds the state after tick `tick`: from `base` (a checkpoint at or before it) or
    /// from the last past built when that is nearer, applying `commands` (the session's
    /// log) at their ticks. Publishes the frame with `speed` (the live speed).
    func build(to tick: UInt64, base: Simulation, commands: [JournaledCommand], speed: SimulationSpeed) {
        let generation = state.withLock { state -> UInt64 in
            state.generation &+= 1
            return state.generation
        }
        queue.async { [self] in run(generation, to: tick, base: base, commands: commands, speed: speed) }
    }

    /// Stops any build and forgets the past (returning to live).
    func cancel() {
        state.withLock { state in
            state.generation &+= 1
            state.past = nil
        }
    }

    /// Waits until the builds queued so far are done and answered (tests).
    package func waitUntilIdle() {
        queue.sync {}
        queries.waitUntilIdle()
    }

    /// Reads the last past built (tests).
    package func inspectPast<T: Sendable>(_ body: (Simulation?) -> T) -> T {
        state.withLock { body($0.past) }
    }

    private func run(_ generation: UInt64, to tick: UInt64, base: Simulation, commands: [JournaledCommand],
                     speed: SimulationSpeed) {
        let cached = state.withLock { state -> Simulation? in
            guard state.generation == generation else { return nil }
            return state.past
        }
        var simulation = base
        if let cached, cached.tick <= tick, cached.tick > base.tick { simulation = cached }
        var cursor = ReplayCursor(commands: commands, at: simulation.tick)
        while simulation.tick < tick {
            if state.withLock({ $0.generation }) != generation { return }
            cursor.step(&simulation)
        }
        let past = simulation
        let current = state.withLock { state -> Bool in
            guard state.generation == generation else { return false }
            state.past = past
            return true
        }
        guard current else { return }
        var spare = queries.takeSpareFrame()
        queries.submit(past.makeFrame(runState: .paused, speed: speed, ticksPerSecond: 0, journal: nil,
                                      reusing: spare.take()))
    }
}
