/// The alarm side of the tick: limit checks on the spacecraft telemetry columns, mode
/// suppression, operator commands, and the per-tick batches handed to the journal.
///
/// Operator commands reach the book through `Simulation.apply(_:operatorName:)` (the engine
/// host and replay): applied at once, between two ticks, stamped with the simulation time
/// of the last completed tick, and recorded as their own `.commands` batch. A scenario's
/// scripted operator actions, part of the scenario rather than of the command log, are
/// queued with `enqueueAlarmCommand` and applied at the start of the next tick's alarm step.
extension Simulation {
    /// Runs the alarms of one tick: `beginTick` → queued commands → suppression from
    /// `modes` (FAILED → `.failed`, SAFE → `.safe`) → one `evaluate` per column → `endTick`.
    /// - Parameters:
    ///   - samples: `AlarmParameter.count` columns; `samples[p.rawValue][i]` is satellite
    ///     i's value of parameter p in the unit of `AlarmParameter` (NaN = no sample).
    ///   - modes: every satellite's operating mode.
    /// - Returns: the tick's transitions (also recorded for the journal when
    ///   `recordsAlarmBatches` is on).
    @discardableResult
    public mutating func updateAlarms<Values: RandomAccessCollection<Double> & Sendable, Modes: RandomAccessCollection<OperatingMode>>(
        samples: [Values], modes: Modes
    ) -> [AlarmTransition] where Values.Index == Int, Modes.Index == Int {
        precondition(samples.count == AlarmParameter.count, "one column per alarm parameter")
        precondition(modes.count <= alarms.satelliteCount, "one mode per satellite")
        let now = simSeconds
        alarms.beginTick(Int(tick), simSeconds: now)
        var commands = alarmIO.queuedCommands
        alarmIO.queuedCommands.removeAll(keepingCapacity: true)
        for i in commands.indices {
            commands[i].simSeconds = now
            alarms.apply(commands[i])
        }
        for s in modes.indices { alarms.setSuppression(Self.suppression(of: modes[s]), satellite: s) }
        alarms.evaluateAll(samples: samples, chunkSize: chunkSize, threads: threads)
        evaluateRouteAlarms(firstSubject: modes.count)
        let transitions = alarms.endTick()
        if alarmIO.records {
            var batch = AlarmTickBatch(kind: .tick, tick: Int(tick), simSeconds: now, commands: commands,
                                       transitions: transitions, fleet: aggregates)
            if let archive = alarmIO.archive {
                if archive.archivesSatellites(of: world.count), tick % UInt64(archive.everyTicks) == 0 {
                    batch.satellites = SatelliteSamples(world, maximumRows: archive.maximumRows)
                } else if archive.maximumRows > 0, !alarmIO.fullRate.isEmpty {
                    batch.satellites = SatelliteSamples(world, only: alarmIO.fullRate, maximumRows: archive.maximumRows)
                }
            }
            alarmIO.outbox.append(batch)
        }
        return transitions
    }

    /// The tick's alarm step: `updateAlarms` on the world's sample columns, or on
    /// `alarmColumnsOverride` when set (synthetic telemetry for tests and drills).
    mutating func tickAlarms() {
        if let override = alarmIO.columnsOverride {
            updateAlarms(samples: override.samples, modes: override.modes)
        } else {
            let world = self.world
            updateAlarms(samples: world.alarmSamples, modes: world.mode)
        }
    }

    /// Synthetic alarm columns (same layout as `updateAlarms`) that the tick uses instead
    /// of the spacecraft telemetry while set.
    package var alarmColumnsOverride: (samples: [[Double]], modes: [OperatingMode])? {
        get { alarmIO.columnsOverride }
        set { alarmIO.columnsOverride = newValue }
    }

    /// Applies an operator command now, between ticks, at the time of the last completed
    /// tick. Returns the batch (the stamped command and its transitions), also recorded
    /// for the journal when `recordsAlarmBatches` is on.
    @discardableResult
    public mutating func applyAlarmCommand(_ action: AlarmCommand.Action, operatorName: String) -> AlarmTickBatch {
        let command = AlarmCommand(simSeconds: simSeconds, operatorName: operatorName, action: action)
        let transitions = alarms.applyBetweenTicks(command)
        let batch = AlarmTickBatch(
            kind: .commands, tick: Int(tick), simSeconds: simSeconds, commands: [command], transitions: transitions)
        if alarmIO.records { alarmIO.outbox.append(batch) }
        return batch
    }

    /// Queues an operator command for the start of the next tick (stamped with its time).
    public mutating func enqueueAlarmCommand(_ action: AlarmCommand.Action, operatorName: String) {
        alarmIO.queuedCommands.append(AlarmCommand(simSeconds: simSeconds, operatorName: operatorName, action: action))
    }

    /// Whether ticks and commands are recorded as `AlarmTickBatch`es for the journal
    /// (off by default; whoever turns it on must drain `takeAlarmBatches` regularly).
    public var recordsAlarmBatches: Bool {
        get { alarmIO.records }
        set { alarmIO.records = newValue }
    }

    /// Per-satellite telemetry added to the recorded tick batches (nil: none).
    public var telemetryArchive: TelemetryArchivePolicy? {
        get { alarmIO.archive }
        set { alarmIO.archive = newValue }
    }

    /// Satellites (fleet indices) archived every tick, not only every
    /// `telemetryArchive.everyTicks` (the console's selected and pinned satellites).
    /// Changes no state of the run; takes effect when a telemetry archive is set.
    public var archivedEveryTick: [Int] {
        get { alarmIO.fullRate }
        set { alarmIO.fullRate = newValue }
    }

    /// The batches recorded since the last call, oldest first.
    public mutating func takeAlarmBatches() -> [AlarmTickBatch] {
        defer { alarmIO.outbox.removeAll(keepingCapacity: true) }
        return alarmIO.outbox
    }

    /// The KPIs from the first tick to now, alarms named by satellite id.
    public func alarmKPIs() -> AlarmKPIs {
        let ids = alarmSubjectIDs
        return alarms.kpis { ids.indices.contains($0) ? ids[$0] : "#\($0)" }
    }

    /// Samples every watched route's latency (NaN when unreachable) and reachability into
    /// its alarm subject `firstSubject + route`.
    private mutating func evaluateRouteAlarms(firstSubject: Int) {
        let table = routes
        guard table.tick >= 0, firstSubject + table.routes.count <= alarms.satelliteCount else { return }
        for (r, route) in table.routes.enumerated() {
            alarms.evaluate(satellite: firstSubject + r, parameter: .routeLatency, value: route.latencyMs)
            alarms.evaluate(satellite: firstSubject + r, parameter: .routeUnreachable, value: route.reachable ? 0 : 1)
        }
    }

    /// Alarm subject names: satellite ids, then route names (`Paris>Luanda`).
    public var alarmSubjectIDs: [String] {
        fleet.ids + scenario.routing.routes.map { scenario.routing.name(of: $0) }
    }

    /// Suppression by design for a satellite in `mode`.
    static func suppression(of mode: OperatingMode) -> AlarmSuppression {
        switch mode {
        case .failed: .failed
        case .safe: .safe
        case .nominal, .degraded: .none
        }
    }

    /// The alarm book with every class's limits, and empty alarm I/O.
    static func makeAlarms(scenario: Scenario, fleet: Fleet) -> (AlarmBook, SimulationAlarmIO) {
        let routes = scenario.routing.routes
        var book = AlarmBook(satelliteCount: fleet.count + routes.count)
        book.beginTick(0, simSeconds: 0)  // the KPI span starts at the epoch, as the journal's session does
        for (index, spacecraft) in scenario.spacecraft.enumerated() where spacecraft.limits != .default {
            book.setLimits(spacecraft.limits, forSatellites: fleet.spacecraftClass.indices.lazy.filter {
                fleet.spacecraftClass[$0] == Int32(index)
            })
        }
        for (r, route) in routes.enumerated() {
            book.setLimits(.route(warningMs: route.warningMs, highMs: route.highMs), forSatellites: [fleet.count + r])
        }
        return (book, SimulationAlarmIO())
    }
}

/// The simulation's alarm plumbing that is not the book itself.
struct SimulationAlarmIO: Sendable {
    /// Commands waiting for the start of the next tick.
    var queuedCommands: [AlarmCommand] = []
    /// Batches not yet taken by the journal.
    var outbox: [AlarmTickBatch] = []
    var records = false
    var archive: TelemetryArchivePolicy?
    /// Satellites archived every tick (`archivedEveryTick`).
    var fullRate: [Int] = []
    var columnsOverride: (samples: [[Double]], modes: [OperatingMode])?
}
