/// The sparse part of an alarm's state, kept only while the alarm is not NORMAL.
package struct AlarmRecord: Sendable, Equatable, Codable {
    /// An operator's shelve.
    package enum Shelf: Sendable, Equatable, Codable {
        case none
        /// Until `untilSeconds`.
        case timed(untilSeconds: Double)
        /// Until the condition clears, at the latest `untilSeconds`.
        case oneShot(untilSeconds: Double)

        var untilSeconds: Double? {
            switch self {
            case .none: nil
            case .timed(let until), .oneShot(let until): until
            }
        }
    }

    /// Annunciation-cycle state: normal, unacked, acked, rtnUnacked or latched.
    /// Held at `.normal` while the alarm is shelved, suppressed or out of service.
    package var cycle: AlarmState = .normal
    /// Severity of the active level (or of the level that last cleared).
    package var severity: AlarmSeverity = .watch
    /// Value at the last process change.
    package var value: Double?
    /// The limit crossed (or, after a return, the limit of the level that cleared).
    package var limit: Double?
    /// When the alarm was last annunciated (entered UNACKED), simulation seconds.
    package var raisedSeconds = 0.0
    package var shelf: Shelf = .none
    package var outOfService = false
    /// The state the operator saw after the last change (`displayed` then), kept so
    /// readers of a published copy need neither the limit trackers nor suppression.
    package var shown: AlarmState = .normal
    /// The operator's comment on the last acknowledge, shelve or removal that carried one.
    package var comment: String?

    package init() {}

    /// Whether an overlay hides the alarm.
    package func isMasked(suppressed: Bool) -> Bool { outOfService || shelf != .none || suppressed }

    /// The state the operator sees, given the committed limit level and suppression.
    package func displayed(level: Int8, suppressed: Bool) -> AlarmState {
        if outOfService { return .outOfService }
        if shelf != .none { return .shelved }
        if suppressed { return level != 0 ? .suppressed : .normal }
        return cycle
    }

    /// Leaves the overlays the way ISA-18.2 prescribes: UNACKED if the condition is still
    /// active, NORMAL otherwise (only when no overlay remains).
    package mutating func reconcile(level: Int8, suppressed: Bool, at simSeconds: Double) {
        guard !isMasked(suppressed: suppressed) else {
            cycle = .normal
            return
        }
        cycle = level != 0 ? .unacked : .normal
        if level != 0 { raisedSeconds = simSeconds }
    }
}
