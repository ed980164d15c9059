/// What one engine tick (or one operator command between ticks) did to the alarms:
/// the unit the journal writes in one transaction, with a `tick` row that counts it.
public struct AlarmTickBatch: Sendable, Equatable {
    /// Whether the batch is a whole engine tick or commands applied between ticks.
    public enum Kind: String, Sendable, Equatable {
        /// The tick's commands and transitions; exactly one per tick, ticks 1, 2, 3…
        case tick
        /// Operator commands applied after tick `tick` completed (e.g. while paused).
        case commands
    }

    public var kind: Kind
    /// The engine tick (for `.commands`: the last completed tick).
    public var tick: Int
    /// Simulation seconds of that tick.
    public var simSeconds: Double
    public var commands: [AlarmCommand]
    public var transitions: [AlarmTransition]
    /// The fleet totals after the tick (`.tick` batches of a simulation), archived with it.
    public var fleet: FleetAggregates?
    /// Every satellite's telemetry after the tick, when the archive samples this tick.
    public var satellites: SatelliteSamples?

    public init(kind: Kind, tick: Int, simSeconds: Double, commands: [AlarmCommand], transitions: [AlarmTransition],
                fleet: FleetAggregates? = nil) {
        self.kind = kind
        self.tick = tick
        self.simSeconds = simSeconds
        self.commands = commands
        self.transitions = transitions
        self.fleet = fleet
    }

    /// Journal rows the batch writes into `event`.
    public var eventCount: Int { commands.count + transitions.count }
}
