import Dispatch
import Synchronization

/// Owns the simulation on one private serial queue and paces its ticks against
/// the wall clock. The console talks to it only through `send`, `setView` and
/// `latestSnapshot`, none of which waits for a tick.
public final class EngineHost: Sendable {
    private let queue = DispatchQueue(label: "orbitops.engine", qos: .userInitiated)
    /// The simulation and the pacing state. Locked only by work running on `queue`,
    /// so the lock is never contended; it exists to make that ownership checkable.
    private let core: Mutex<HostCore>
    /// The past the console plots, recorded after every tick (see `RetainedHistory`).
    public let retainedHistory: RetainedHistory
    /// Answers the console's view requests from the frames `publish` hands it.
    private let queryService: QueryService
    /// Builds the past for the console's rewind, off this host's queue.
    private let rewinder = RewindService()

    /// How long one burst of ticks may hold the queue before commands get a turn.
    static let burstBudgetNs: UInt64 = 30_000_000

    /// - Parameters:
    ///   - alarmJournal: Receives every tick's alarm batch and every alarm command
    ///     (nil: no journal).
    ///   - operatorName: The name stamped on alarm commands sent through `send`.
    ///   - rewindBudgetBytes: Memory the copies kept for rewinding may take (see `RewindHistory`).
    public init(simulation: Simulation, paused: Bool = false, speed: SimulationSpeed = .multiple(1),
                alarmJournal: AlarmJournalWriter? = nil, operatorName: String = "operator",
                rewindBudgetBytes: Int = 256 << 20) {
        var core = HostCore(simulation: simulation, runState: paused ? .paused : .running, speed: speed,
                            alarmJournal: alarmJournal, operatorName: operatorName,
                            rewindBudgetBytes: rewindBudgetBytes)
        retainedHistory = core.startRetainedHistory()
        queryService = QueryService(retained: retainedHistory)
        self.core = Mutex(core)
    }

    /// Replays a recorded session: `commands` (its command log) apply at the ticks they
    /// are stamped with, up to `endTick`, where the replay pauses. The viewer's pause,
    /// step and speed pace the viewing only; commands that would change the world are
    /// refused. Nothing is journaled.
    public init(replaying commands: [JournaledCommand], through endTick: UInt64, simulation: Simulation,
                paused: Bool = false, speed: SimulationSpeed = .multiple(1), rewindBudgetBytes: Int = 256 << 20) {
        var core = HostCore(replaying: commands, through: endTick, simulation: simulation,
                            runState: paused ? .paused : .running, speed: speed, rewindBudgetBytes: rewindBudgetBytes)
        retainedHistory = core.startRetainedHistory()
        queryService = QueryService(retained: retainedHistory)
        self.core = Mutex(core)
    }

    /// Pauses, hands the last batches to the journal writer and closes the file
    /// (call once, when the console quits). Returns the write error, if any.
    public func closeAlarmJournal() throws {
        let writer = queue.sync {
            core.withLock { core -> AlarmJournalWriter? in
                core.halt()
                core.generation &+= 1
                core.submitAlarmBatches()
                return core.alarmJournal
            }
        }
        guard let writer else { return }
        try writer.close()
        if let failure = writer.status.failure { throw AlarmJournalWriterError(message: failure) }
    }

    /// Publishes the first snapshot and starts the clock (unless paused).
    public func start() {
        queue.async { [self] in
            let running = core.withLock { core in
                core.restartPacing(now: Self.now())
                return core.runState == .running
            }
            publish()
            if running { schedulePump(after: 0) }
        }
    }

    /// Queues an operator command; it takes effect before the next tick.
    public func send(_ command: EngineCommand) {
        queue.async { [self] in
            let (applied, restart) = core.withLock { $0.apply(command, now: Self.now()) }
            if applied || restart { publish() }
            if restart { schedulePump(after: 0) }
        }
    }

    /// Tells the query service which rows the console shows; a new snapshot follows
    /// from the newest frame, without touching the engine queue.
    public func setView(_ request: ViewRequest) {
        queryService.setView(request)
        rewinder.queries.setView(request)
    }

    /// Shows the past: builds the state after tick `tick` (clamped to the live tick and to
    /// the earliest the history reaches) off the engine's queue, then publishes it to
    /// `latestPastSnapshot`. nil returns to live (stops any build). The live run goes on.
    public func rewind(to tick: UInt64?) {
        queue.async { [self] in
            guard let tick else {
                rewinder.cancel()
                return
            }
            let job = core.withLock { core -> (Simulation, [JournaledCommand], SimulationSpeed, UInt64)? in
                let target = max(min(tick, core.simulation.tick), core.history.checkpoints.first?.tick ?? 0)
                guard let base = core.history.nearest(atOrBefore: target) else { return nil }
                return (base, core.historyCommands, core.speed, target)
            }
            guard let (base, commands, speed, target) = job else { return }
            rewinder.build(to: target, base: base, commands: commands, speed: speed)
        }
    }

    /// The newest snapshot of the past (see `rewind(to:)`); never blocks.
    public func latestPastSnapshot() -> (version: UInt64, snapshot: FleetSnapshot?) {
        rewinder.queries.latestSnapshot()
    }

    /// How far back a rewind reaches; never blocks.
    public func rewindStatus() -> RewindStatus { rewinder.status }

    /// Waits for queued rewinds, then reads the last past built (tests).
    package func inspectPast<T: Sendable>(_ body: @Sendable (Simulation?) -> T) -> T {
        queue.sync {}
        rewinder.waitUntilIdle()
        return rewinder.inspectPast(body)
    }

    /// Archives `satellites` (fleet indices; the console's selected and pinned satellites)
    /// every tick from the next one on, besides the downsampled fleet samples. Changes
    /// nothing in the run, so it is not a command and is not logged.
    public func archiveEveryTick(_ satellites: [Int]) {
        queue.async { [self] in core.withLock { $0.simulation.archivedEveryTick = satellites } }
    }

    /// The newest snapshot and its version; never blocks on a tick.
    public func latestSnapshot() -> (version: UInt64, snapshot: FleetSnapshot?) {
        queryService.latestSnapshot()
    }

    /// Every command applied so far, in order, with its effective tick (after any step
    /// in progress and the commands waiting behind it).
    public func commandJournal() -> [JournaledCommand] {
        waitForStep()
        return queue.sync { core.withLock { $0.journal } }
    }

    /// Waits until everything queued so far has run (a step to its end), then reads the
    /// simulation.
    package func inspect<T: Sendable>(_ body: @Sendable (borrowing Simulation) -> T) -> T {
        waitForStep()
        return queue.sync { core.withLock { body($0.simulation) } }
    }

    /// Waits while a step runs (its bursts take turns with this check on the queue).
    private func waitForStep() {
        while queue.sync(execute: { core.withLock { $0.step != nil } }) {
            queue.sync {}
        }
    }

    // MARK: The pump

    private func schedulePump(after delayNs: UInt64) {
        let generation = core.withLock { $0.generation }
        let work: @Sendable () -> Void = { [self] in pump(generation: generation) }
        if delayNs == 0 {
            queue.async(execute: work)
        } else {
            queue.asyncAfter(deadline: .now() + .nanoseconds(Int(delayNs)), execute: work)
        }
    }

    private func pump(generation: UInt64) {
        let next = core.withLock { core -> UInt64? in
            guard core.generation == generation, core.runState == .running else { return nil }
            return core.runDueTicks(now: Self.now(), budgetNs: Self.burstBudgetNs)
        }
        guard let next else { return }
        publish()
        schedulePump(after: next)
    }

    /// Publishes a frame of the world as it is now: bulk copies into a spare frame's
    /// buffers under the lock; the snapshot is built on the query service's queue.
    private func publish() {
        var spare = queryService.takeSpareFrame()
        let (frame, status) = core.withLock { ($0.frame(reusing: spare.take()), $0.history.status) }
        queryService.submit(frame)
        rewinder.setStatus(status)
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
