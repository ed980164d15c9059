/// The engine host's mutable state: the simulation, the run state and the
/// pacing arithmetic. Pure of threads and clocks: the host passes `now` in,
/// which keeps the pacing testable.
struct HostCore: Sendable {
    var simulation: Simulation
    var runState: RunState
    var speed: SimulationSpeed
    /// Bumped whenever the pacing restarts, so stale scheduled pumps retire.
    var generation: UInt64 = 0
    var journal: [JournaledCommand] = []
    /// Where each tick's alarm batch goes (nil: no journal), and who acts.
    let alarmJournal: AlarmJournalWriter?
    let operatorName: String
    /// A recorded session being replayed (nil: live). Its commands apply at their ticks;
    /// the viewer's world commands are refused, time control only paces the viewing.
    private var replay: ReplayCursor?
    /// What the replay has done, for the frame.
    private(set) var replayProgress: ReplayProgress?
    private var lastPumpNs: UInt64 = 0
    /// Ticks owed to the wall clock, fractional.
    private var tickDebt = 0.0
    private var meter = TickRateMeter()
    /// Copies of the past for rewinding.
    private(set) var history: RewindHistory
    /// The step running now (nil: none). While it runs the run state is `.running`.
    private(set) var step: StepProgress?
    /// Commands sent while a step runs, other than those that interrupt it: they take
    /// effect after it, in the order sent (so "step 60, then ack" means what it says).
    private var deferred: [EngineCommand] = []
    /// What the console plots of the past, recorded after every tick (nil: not kept).
    private var retained: RetainedHistory?

    /// Memory the rewind history may take by default, bytes (a 100k fleet keeps 5 copies).
    static let defaultRewindBudgetBytes = 256 << 20

    init(simulation: Simulation, runState: RunState, speed: SimulationSpeed,
         alarmJournal: AlarmJournalWriter? = nil, operatorName: String = "operator",
         rewindBudgetBytes: Int = defaultRewindBudgetBytes) {
        history = RewindHistory(initial: simulation, budgetBytes: rewindBudgetBytes)
        self.simulation = simulation
        self.runState = runState
        self.speed = speed
        self.alarmJournal = alarmJournal
        self.operatorName = operatorName
        self.simulation.recordsAlarmBatches = alarmJournal != nil
    }

    /// Replays `commands` (a recorded command log) up to `endTick`, then pauses. No
    /// journal is written while replaying.
    init(replaying commands: [JournaledCommand], through endTick: UInt64, simulation: Simulation,
         runState: RunState, speed: SimulationSpeed, rewindBudgetBytes: Int = defaultRewindBudgetBytes) {
        self.init(simulation: simulation, runState: runState, speed: speed, rewindBudgetBytes: rewindBudgetBytes)
        replay = ReplayCursor(commands: commands, at: simulation.tick)
        replayProgress = ReplayProgress(endTick: endTick, commandCount: commands.count)
    }

    /// Starts keeping the past for the console's plots from the current state on.
    mutating func startRetainedHistory(budgetBytes: Int = RetainedHistory.defaultBudgetBytes) -> RetainedHistory {
        let history = RetainedHistory(satellites: simulation.fleet.count, dtSeconds: simulation.scenario.dtSeconds,
                                      budgetBytes: budgetBytes)
        history.record(simulation)
        retained = history
        return history
    }

    /// Runs one tick (in a replay: the recorded commands due first). Returns false, and
    /// pauses, when a replay has reached its end.
    @discardableResult
    mutating func advanceOne() -> Bool {
        guard var cursor = replay, var progress = replayProgress else {
            simulation.advance()
            history.record(simulation)
            retained?.record(simulation)
            return true
        }
        defer {
            replay = cursor
            replayProgress = progress
            history.record(simulation)
            retained?.record(simulation)
        }
        func applyDue() {
            let due = cursor.applyDue(to: &simulation)
            progress.applied = cursor.next
            if let last = due.last { progress.last = last }
        }
        guard simulation.tick < progress.endTick else {
            applyDue()
            runState = .paused
            return false
        }
        applyDue()
        simulation.advance()
        if simulation.tick >= progress.endTick {
            applyDue()
            runState = .paused
        }
        return true
    }

    /// The session's command log: the recording's in a replay, else the live journal.
    var historyCommands: [JournaledCommand] { replay?.commands ?? journal }

    /// Hands the batches recorded since the last call to the journal writer.
    mutating func submitAlarmBatches() {
        guard let alarmJournal else { return }
        alarmJournal.submit(simulation.takeAlarmBatches())
    }

    mutating func restartPacing(now: UInt64) {
        generation &+= 1
        lastPumpNs = now
        tickDebt = 0
        meter.reset()
        meter.record(wallNs: now, tick: simulation.tick)
    }

    /// Takes a command: stamps it with the tick at whose start it takes effect, appends it
    /// to the durable command log (when there is a journal), then applies it. Returns
    /// whether it changed anything and whether the pacing must restart (a pump must be
    /// scheduled).
    mutating func apply(_ command: EngineCommand, now: UInt64) -> (applied: Bool, restart: Bool) {
        if step != nil {
            guard command.interruptsStep else {
                deferred.append(command)
                return (false, false)
            }
            step = nil
        }
        let result = applyNow(command, now: now)
        guard step == nil, runState == .paused, !deferred.isEmpty else { return result }
        let restart = applyDeferred(now: now)
        return (true, result.restart || restart)
    }

    /// Applies the commands deferred during a step that just ended, in order, until one
    /// starts another step (the rest wait for that one). Returns whether the pacing
    /// restarted.
    private mutating func applyDeferred(now: UInt64) -> Bool {
        var restart = false
        while step == nil, !deferred.isEmpty {
            let command = deferred.removeFirst()
            restart = applyNow(command, now: now).restart || restart
        }
        return restart
    }

    private mutating func applyNow(_ command: EngineCommand, now: UInt64) -> (applied: Bool, restart: Bool) {
        let tick = simulation.tick + 1, at = simulation.simSeconds
        // A replay's history is the recording's: the viewer cannot change the world.
        if replay != nil, command.changesWorld { return (false, false) }
        alarmJournal?.logCommand(command, tick: tick, simSeconds: at, operatorName: operatorName)
        defer { if runState == .paused { meter.reset() } }
        if command.changesWorld {
            let applied = simulation.apply(command, operatorName: operatorName)
            submitAlarmBatches()
            journal.append(JournaledCommand(tick: tick, simSeconds: at, command: command, applied: applied,
                                            operatorName: operatorName))
            // An alarm command always publishes (the operator sees it was taken).
            if case .alarm = command { return (true, false) }
            return (applied, false)
        }
        var applied = true
        switch command {
        case .pause:
            applied = runState == .running
            runState = .paused
        case .resume:
            applied = runState == .paused
            runState = .running
        case .togglePause:
            runState = runState == .running ? .paused : .running
        case .step(let n):
            applied = runState == .paused && n > 0
            if applied {
                // Ordinary ticks from the pump, in bursts: the console keeps drawing.
                step = StepProgress(startTick: simulation.tick, targetTick: simulation.tick + UInt64(n),
                                    tick: simulation.tick)
                runState = .running
            }
        case .setSpeed(let s):
            speed = s
        case .speedUp:
            speed = speed.faster
        case .speedDown:
            speed = speed.slower
        case .alarm, .injectFault, .manoeuvre:
            break
        }
        journal.append(JournaledCommand(tick: tick, simSeconds: at, command: command, applied: applied,
                                        operatorName: operatorName))
        guard applied, runState == .running, command != .pause else { return (applied, false) }
        restartPacing(now: now)
        return (applied, true)
    }

    /// Runs the ticks the wall clock owes, within `budgetNs`. Returns how long
    /// to wait before the next pump.
    mutating func runDueTicks(now: UInt64, budgetNs: UInt64) -> UInt64 {
        if step != nil { return runStepTicks(now: now, budgetNs: budgetNs) }
        let dt = simulation.scenario.dtSeconds
        let elapsedS = Double(now &- lastPumpNs) / 1e9
        lastPumpNs = now
        var ran = 0
        switch speed {
        case .max:
            repeat {
                guard advanceOne() else { break }
                ran += 1
            } while EngineHost.now() &- now < budgetNs && runState == .running
            tickDebt = 0
        case .multiple(let x):
            let ticksPerSecond = x / dt
            // Never owe more than half a second of ticks: a slow machine falls
            // behind the requested speed instead of stalling the console.
            tickDebt = min(tickDebt + elapsedS * ticksPerSecond, max(1, ticksPerSecond * 0.5))
            while tickDebt >= 1, runState == .running {
                guard advanceOne() else { break }
                tickDebt -= 1
                ran += 1
                if EngineHost.now() &- now >= budgetNs {
                    tickDebt = min(tickDebt, 1)
                    break
                }
            }
        }
        submitAlarmBatches()
        meter.record(wallNs: EngineHost.now(), tick: simulation.tick)
        switch speed {
        case .max:
            return 0
        case .multiple(let x):
            if tickDebt >= 1 { return 0 }
            // Sleep until the next tick is due, but wake at least every 250 ms so
            // the achieved rate stays current.
            let untilDueS = (1 - tickDebt) * dt / x
            return UInt64(min(untilDueS, 0.25) * 1e9)
        }
    }

    /// Runs a burst of the step in progress (as fast as the machine goes); ends the step
    /// at its last tick (or when a replay ends), then applies the deferred commands.
    /// Returns how long to wait before the next pump.
    private mutating func runStepTicks(now: UInt64, budgetNs: UInt64) -> UInt64 {
        guard var progress = step else { return 0 }
        while simulation.tick < progress.targetTick, runState == .running {
            guard advanceOne() else { break }
            if EngineHost.now() &- now >= budgetNs { break }
        }
        submitAlarmBatches()
        progress.tick = simulation.tick
        step = progress
        meter.record(wallNs: EngineHost.now(), tick: simulation.tick)
        if simulation.tick >= progress.targetTick || runState != .running {
            step = nil
            runState = .paused
            _ = applyDeferred(now: now)
        }
        return 0
    }

    /// Pauses for good (the console quits): ends any step and drops what waited behind it.
    mutating func halt() {
        runState = .paused
        step = nil
        deferred = []
    }

    /// Runs the step in progress to its end at once (tests that drive the core without
    /// a pump), then the commands deferred behind it.
    package mutating func finishStep() {
        while step != nil { _ = runStepTicks(now: EngineHost.now(), budgetNs: .max) }
    }

    /// The frame the query service answers from (see `Simulation.makeFrame`).
    func frame(reusing previous: consuming EngineFrame?) -> EngineFrame {
        simulation.makeFrame(runState: runState, speed: speed,
                             ticksPerSecond: runState == .running ? meter.ticksPerSecond : 0,
                             journal: alarmJournal?.status, replay: replayProgress, step: step, reusing: previous)
    }
}
