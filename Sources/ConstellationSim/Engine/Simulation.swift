/// The mutable world of one run: the fleet and the clock. Advances only in whole
/// ticks of `scenario.dtSeconds`; its state after tick N depends on nothing but
/// the scenario and N.
public struct Simulation: Sendable {
    public let scenario: Scenario
    public private(set) var fleet: Fleet
    /// Ticks run since the epoch.
    public private(set) var tick: UInt64 = 0
    /// ALARMS: the alarm book of every satellite × parameter (see Simulation+Alarms.swift).
    public internal(set) var alarms: AlarmBook
    /// ALARMS: queued commands, journal outbox and stand-in telemetry (Simulation+Alarms.swift).
    var alarmIO: SimulationAlarmIO

    public init(scenario: Scenario) {
        self.scenario = scenario
        self.fleet = Fleet(scenario: scenario)
        (alarms, alarmIO) = Self.makeAlarms(scenario: scenario, fleet: fleet)  // ALARMS
        updateState()
    }

    /// Simulated seconds since the epoch.
    public var simSeconds: Double { Double(tick) * scenario.dtSeconds }

    /// The current UTC instant.
    public var time: JulianDate { scenario.epoch.adding(seconds: simSeconds) }

    /// Runs one tick.
    public mutating func advance() {
        tick += 1
        updateState()
        // ALARMS — merge: change the arguments to `samples: spacecraft.alarmSamples, modes: spacecraft.mode`
        tickAlarms(samples: alarmIO.standInSamples, modes: alarmIO.standInModes)
    }

    /// Runs `count` ticks.
    public mutating func advance(ticks count: Int) {
        for _ in 0..<count { advance() }
    }

    private mutating func updateState() {
        let now = time
        fleet.propagate(toSecondsSinceEpoch: simSeconds, time: now, gmst: greenwichMeanSiderealTime(now.value))
    }
}
