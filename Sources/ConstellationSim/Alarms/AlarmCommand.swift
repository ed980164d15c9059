/// An operator command on the alarm book, stamped with the simulation time at which it
/// takes effect and the operator's name; journaled as is.
public struct AlarmCommand: Sendable, Hashable, Codable {
    /// What the operator asked for.
    public enum Action: Sendable, Hashable, Codable {
        case acknowledge(AlarmKey, comment: String? = nil)
        case acknowledgeAll(comment: String? = nil)
        /// Acknowledge every alarm of one parameter and severity (a flood group line).
        case acknowledgeGroup(AlarmParameter, AlarmSeverity, comment: String? = nil)
        /// Shelve for a duration, bounded by the book's maximum shelve time.
        case shelve(AlarmKey, durationSeconds: Double, comment: String? = nil)
        /// Shelve until the condition clears, bounded by the maximum shelve time. On an
        /// alarm whose condition is already clear it ends at the next tick.
        case shelveOneShot(AlarmKey, comment: String? = nil)
        case unshelve(AlarmKey)
        /// Reset a latched alarm whose condition has cleared.
        case resetLatched(AlarmKey)
        case removeFromService(AlarmKey, comment: String? = nil)
        case returnToService(AlarmKey)

        /// The command's name in the journal.
        public var name: String {
            switch self {
            case .acknowledge: "ACK"
            case .acknowledgeAll: "ACK_ALL"
            case .acknowledgeGroup: "ACK_GROUP"
            case .shelve: "SHELVE"
            case .shelveOneShot: "SHELVE_ONE_SHOT"
            case .unshelve: "UNSHELVE"
            case .resetLatched: "RESET"
            case .removeFromService: "OUT_OF_SERVICE"
            case .returnToService: "RETURN_TO_SERVICE"
            }
        }

        /// The alarm the command targets, if it targets one.
        public var key: AlarmKey? {
            switch self {
            case .acknowledge(let key, _), .shelve(let key, _, _), .shelveOneShot(let key, _), .unshelve(let key),
                .resetLatched(let key), .removeFromService(let key, _), .returnToService(let key):
                key
            case .acknowledgeAll, .acknowledgeGroup: nil
            }
        }

        /// The operator's comment, if any.
        public var comment: String? {
            switch self {
            case .acknowledge(_, let c), .acknowledgeAll(let c), .acknowledgeGroup(_, _, let c),
                .shelve(_, _, let c), .shelveOneShot(_, let c), .removeFromService(_, let c):
                c
            case .unshelve, .resetLatched, .returnToService: nil
            }
        }
    }

    /// Simulation time at which the command applies, seconds since the scenario start.
    public var simSeconds: Double
    /// Name of the operator who gave it.
    public var operatorName: String
    public var action: Action

    public init(simSeconds: Double, operatorName: String, action: Action) {
        self.simSeconds = simSeconds
        self.operatorName = operatorName
        self.action = action
    }
}
