/// What caused an alarm transition.
public enum AlarmTransitionCause: String, CaseIterable, Sendable, Hashable, Codable {
    /// The condition became active (from normal, or from low to high side).
    case activated = "ACTIVATED"
    /// The condition moved to a more severe level.
    case escalated = "ESCALATED"
    /// The condition moved to a less severe, still active level.
    case deescalated = "DEESCALATED"
    /// The condition returned to normal.
    case returned = "RETURNED"
    case acknowledged = "ACKNOWLEDGED"
    case shelved = "SHELVED"
    /// Unshelved by the operator.
    case unshelved = "UNSHELVED"
    /// A timed shelve ran out, a shelve reached its maximum, or a one-shot shelve ended
    /// because the condition cleared.
    case shelveEnded = "SHELVE_ENDED"
    case suppressed = "SUPPRESSED"
    case unsuppressed = "UNSUPPRESSED"
    case removedFromService = "REMOVED_FROM_SERVICE"
    case returnedToService = "RETURNED_TO_SERVICE"
    /// A latched alarm was reset by the operator.
    case reset = "RESET"

    /// Whether the transition was caused by an operator command.
    public var isOperator: Bool {
        switch self {
        case .acknowledged, .shelved, .unshelved, .removedFromService, .returnedToService, .reset: true
        default: false
        }
    }
}

/// One change of an alarm, as a value: recorded in the journal, fed to the KPIs and
/// shown to the operator.
public struct AlarmTransition: Sendable, Equatable, Codable {
    /// Engine tick during which it happened.
    public var tick: Int
    /// Simulation time, seconds since the scenario start.
    public var simSeconds: Double
    public var key: AlarmKey
    /// Severity of the alarm (for a return to normal: of the level that cleared).
    public var severity: AlarmSeverity
    public var from: AlarmState
    public var to: AlarmState
    public var cause: AlarmTransitionCause
    /// Sampled value at the last process change, in the parameter's unit.
    public var value: Double?
    /// The limit crossed (or, on a return, the limit of the level that cleared).
    public var limit: Double?
    /// Operator who caused it, for operator commands.
    public var operatorName: String?
    public var comment: String?

    public init(
        tick: Int, simSeconds: Double, key: AlarmKey, severity: AlarmSeverity,
        from: AlarmState, to: AlarmState, cause: AlarmTransitionCause,
        value: Double? = nil, limit: Double? = nil, operatorName: String? = nil, comment: String? = nil
    ) {
        self.tick = tick
        self.simSeconds = simSeconds
        self.key = key
        self.severity = severity
        self.from = from
        self.to = to
        self.cause = cause
        self.value = value
        self.limit = limit
        self.operatorName = operatorName
        self.comment = comment
    }

    /// The alarm id (`key.id`).
    public var alarmID: Int { key.id }

    /// Whether this transition annunciates a new alarm to the operator (enters UNACKED
    /// from another state): the events counted by the alarm rate and flood detection.
    public var isAnnunciation: Bool { to == .unacked && from != .unacked }
}
