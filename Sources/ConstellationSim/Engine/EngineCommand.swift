/// An operator's request to the engine. Every command travels one path: the engine
/// host stamps it with the tick at whose start it takes effect, appends it to the
/// durable command log (the journal) and only then applies it, between two ticks.
/// Time control acts on the host; the others change the world through
/// `Simulation.apply(_:operatorName:)`, which is also what replay calls.
public enum EngineCommand: Sendable, Hashable, Codable {
    case pause
    case resume
    case togglePause
    /// Runs exactly n ticks; accepted only while paused. The ticks run as ordinary pump
    /// bursts (the console keeps drawing, `StepProgress` in the frame); `.pause` or
    /// `.togglePause` stops the step between two ticks, other commands wait for its end.
    case step(Int)
    case setSpeed(SimulationSpeed)
    case speedUp
    case speedDown
    /// An operator action on the alarm book, applied at once (running or paused),
    /// stamped with the simulation time of the last completed tick and the host's
    /// operator name (see `Simulation.applyAlarmCommand`).
    case alarm(AlarmCommand.Action)
    /// Fails one unit of `kind` on fleet satellite `satellite` at the current simulated
    /// time (operator training); it takes effect in the next tick. Refused for an
    /// unknown index.
    case injectFault(satellite: Int, kind: FaultKind)
    /// An impulsive burn: the satellite's orbit is replaced now, the next tick flies it.
    case manoeuvre(Manoeuvre)

    /// Whether the command ends a step in progress (Space); other commands sent during a
    /// step wait for its end.
    public var interruptsStep: Bool {
        switch self {
        case .pause, .togglePause: true
        default: false
        }
    }

    /// The fleet index of the satellite the command acts on (nil: none, or many).
    public var targetSatellite: Int? {
        switch self {
        case .injectFault(let satellite, _): satellite
        case .manoeuvre(let burn): burn.satellite
        case .alarm(let action): action.key?.satellite
        default: nil
        }
    }

    /// Whether the command changes the world (as opposed to the host's clock).
    public var changesWorld: Bool {
        switch self {
        case .alarm, .injectFault, .manoeuvre: true
        case .pause, .resume, .togglePause, .step, .setSpeed, .speedUp, .speedDown: false
        }
    }
}

/// A command as the engine took it: the tick at whose start it took effect (the number
/// of ticks completed, plus one) and the simulated time of that instant. Scenario, seed,
/// program version and these reproduce a run bit for bit.
public struct JournaledCommand: Sendable, Hashable {
    /// The tick at whose start the command took effect: it acted after tick − 1 ticks had
    /// completed, before tick `tick` ran.
    public var tick: UInt64
    /// Simulated seconds at that instant ((tick − 1) × dt).
    public var simSeconds: Double
    public var command: EngineCommand
    /// False when the command was refused (a step while running, an unknown satellite) or,
    /// for an alarm command, changed no alarm (nothing to acknowledge…); logged either way.
    public var applied: Bool
    /// Who sent it.
    public var operatorName: String

    public init(tick: UInt64, simSeconds: Double, command: EngineCommand, applied: Bool, operatorName: String = "operator") {
        self.tick = tick
        self.simSeconds = simSeconds
        self.command = command
        self.applied = applied
        self.operatorName = operatorName
    }
}

extension Simulation {
    /// Applies a command that changes the world, now, between two ticks: the one path of
    /// alarm actions, fault injections and manoeuvres, for the live host and for replay.
    /// Returns whether it changed anything (false also for time control, which is the
    /// host's business).
    @discardableResult
    public mutating func apply(_ command: EngineCommand, operatorName: String) -> Bool {
        switch command {
        case .alarm(let action):
            return !applyAlarmCommand(action, operatorName: operatorName).transitions.isEmpty
        case .injectFault(let satellite, let kind):
            return injectFault(satellite: satellite, kind: kind)
        case .manoeuvre(let burn):
            do {
                try apply(burn)
                return true
            } catch {
                return false
            }
        case .pause, .resume, .togglePause, .step, .setSpeed, .speedUp, .speedDown:
            return false
        }
    }
}
