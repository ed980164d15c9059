/// Scripted and interactive fault injections due in the tick (serial: there are few).
/// Tick k covers [t − dt, t); an injection at time T is applied in the tick that contains
/// T, so it is visible in the state at the end of that tick.
struct InjectionPhase: SerialPhase {
    static let name = "injections"
    static let reads: [WorldColumn] = [.faultSchedule]
    static let writes: [WorldColumn] = [.faults, .faultSchedule]

    func run(_ simulation: inout Simulation, tick e: TickEnvironment) {
        simulation.applyDueInjections(before: e.dtS > 0 ? e.nowSimSeconds : 0)
    }
}

/// Training jobs advance (checkpoints, preemptions on upsets) and hold every member to
/// the job's slowest grant; inference restarts are counted.
struct WorkloadPhase: SerialPhase {
    static let name = "workload"
    static let reads: [WorldColumn] = [.uncorrectableThisTick, .utilization]
    static let writes: [WorldColumn] = [.workload, .utilization]

    func run(_ simulation: inout Simulation, tick e: TickEnvironment) {
        // Writes the world's column in place, through the engine-only mutable view.
        var utilization = WritableColumn(simulation.world.utilization)
        simulation.lastWorkloadResult = simulation.workload.advance(
            dtS: e.dtS, nowSimSeconds: e.nowSimSeconds, utilization: &utilization,
            uncorrectableUpsets: simulation.world.uncorrectableThisTick,
            peakPFLOPSPerSatellite: simulation.jobPeakPFLOPS)
    }
}

/// Fleet totals, summed serially in fleet order (bit-identical for any chunking).
struct AggregatePhase: SerialPhase {
    static let name = "aggregates"
    static let reads: [WorldColumn] = [.mode, .litFraction, .solarW, .loadW, .utilization, .demand, .batterySOC,
                                       .acceleratorTempC, .workload]
    static let writes: [WorldColumn] = [.aggregates]

    func run(_ simulation: inout Simulation, tick e: TickEnvironment) {
        let result = simulation.lastWorkloadResult
        simulation.aggregates = FleetAggregates(simulation, tickPreemptions: result.preemptions,
                                                tickLostWorkPFLOP: result.lostWorkPFLOP)
    }
}

/// The alarm step: the scenario's scripted operator actions due in the tick are queued,
/// then limits, suppression by mode and the ISA-18.2 state machine run on the alarm
/// sample columns (or on the synthetic override while set). Skipped at the epoch.
struct AlarmPhase: SerialPhase {
    static let name = "alarms"
    static let reads: [WorldColumn] = [.alarmSamples, .mode]
    static let writes: [WorldColumn] = [.alarmBook]

    func run(_ simulation: inout Simulation, tick e: TickEnvironment) {
        guard e.dtS > 0 else { return }
        simulation.enqueueScriptedOperatorActions()
        simulation.tickAlarms()
    }
}
