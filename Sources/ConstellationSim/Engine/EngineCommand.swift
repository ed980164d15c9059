/// An operator's request to the engine. Commands travel to the engine host's
/// queue and take effect between ticks.
public enum EngineCommand: Sendable, Hashable {
    case pause
    case resume
    case togglePause
    /// Runs exactly n ticks; accepted only while paused.
    case step(Int)
    case setSpeed(SimulationSpeed)
    case speedUp
    case speedDown
    /// An operator action on the alarm book. The host applies it at once
    /// (running or paused), between ticks, stamped with the simulation time of the
    /// last completed tick and the host's operator name, journals it, and publishes a
    /// new snapshot (see `Simulation.applyAlarmCommand`).
    case alarm(AlarmCommand.Action)
    /// Fails one unit of `kind` on fleet satellite `satellite` at the current simulated
    /// time (operator training); it takes effect in the next tick. Refused for an
    /// unknown index.
    case injectFault(satellite: Int, kind: FaultKind)
}

/// A command as the engine applied it: the tick after which it took effect and
/// that tick's simulated time. The journal of these replays a session exactly.
public struct JournaledCommand: Sendable, Hashable {
    public var tick: UInt64
    public var simSeconds: Double
    public var command: EngineCommand
    /// False when the command was refused (a step while running) or, for an alarm
    /// command, changed no alarm (nothing to acknowledge…); it is journaled either way.
    public var applied: Bool
}
