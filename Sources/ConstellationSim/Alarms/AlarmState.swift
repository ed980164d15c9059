/// The state of one alarm as the operator sees it (ISA-18.2 / IEC 62682 state model).
///
/// `normal`, `unacked`, `acked`, `rtnUnacked` and `latched` form the annunciation
/// cycle. `shelved`, `suppressed` and `outOfService` are overlays that hide the alarm;
/// when an overlay ends the alarm re-enters the cycle from the process condition
/// (`unacked` if the condition is still active, `normal` otherwise).
public enum AlarmState: UInt8, CaseIterable, Sendable, Hashable, Codable {
    /// Process normal, nothing to acknowledge.
    case normal
    /// Condition active, not acknowledged.
    case unacked
    /// Condition active, acknowledged.
    case acked
    /// Condition cleared before it was acknowledged.
    case rtnUnacked
    /// Latching alarm whose condition cleared; stays until the operator resets it.
    case latched
    /// Hidden by an operator, timed or one-shot, with a maximum duration.
    case shelved
    /// Hidden by design (the satellite is FAILED or SAFE).
    case suppressed
    /// Removed from service (maintenance).
    case outOfService

    /// The name shown to operators and written to the journal, e.g. `RTN_UNACKED`.
    public var displayName: String {
        switch self {
        case .normal: "NORMAL"
        case .unacked: "UNACKED"
        case .acked: "ACKED"
        case .rtnUnacked: "RTN_UNACKED"
        case .latched: "LATCHED"
        case .shelved: "SHELVED"
        case .suppressed: "SUPPRESSED"
        case .outOfService: "OUT_OF_SERVICE"
        }
    }

    /// Whether the operator still has to acknowledge this alarm.
    public var needsAcknowledgement: Bool { self == .unacked || self == .rtnUnacked }

    /// Whether the alarm is annunciated as active (a standing alarm).
    public var isActive: Bool { self == .unacked || self == .acked }

    /// The state with this display name, case-insensitive.
    public init?(displayName: String) {
        let upper = displayName.uppercased()
        guard let match = Self.allCases.first(where: { $0.displayName == upper }) else { return nil }
        self = match
    }
}
