/// Operator actions on the alarms that a scenario scripts at fixed times (the YAML
/// `operator:` list): drills, regression studies and replays run headless with an
/// "operator" that acknowledges, shelves and resets like a person at the console.
///
/// Each action is applied in the tick that contains its time (tick k covers
/// [(k−1)·dt, k·dt)), stamped with that tick's time, and journaled like an operator
/// command: with `operatorName` and the action's comment.
public struct OperatorScript: Sendable, Hashable {
    /// The operator name journaled with every scripted action (YAML `operator_name`).
    public var operatorName: String
    /// The actions in time order (file order among equal times); sorted by `init`.
    public private(set) var actions: [ScriptedAlarmAction]

    public init(operatorName: String = "script", actions: [ScriptedAlarmAction] = []) {
        self.operatorName = operatorName
        self.actions = actions.enumerated()
            .sorted { ($0.element.atSimSeconds, $0.offset) < ($1.element.atSimSeconds, $1.offset) }
            .map(\.element)
    }
}

/// One scripted operator action: what, on which alarm(s), when.
public struct ScriptedAlarmAction: Sendable, Hashable {
    /// The actions as the scenario file spells them.
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case acknowledge
        case acknowledgeAll = "acknowledge_all"
        case acknowledgeGroup = "acknowledge_group"
        case shelve
        case shelveOneShot = "shelve_one_shot"
        case unshelve
        case resetLatched = "reset_latched"
        case removeFromService = "remove_from_service"
        case returnToService = "return_to_service"

        /// Whether the action names one alarm (`alarm: SATELLITE:PARAMETER`).
        public var targetsOneAlarm: Bool { self != .acknowledgeAll && self != .acknowledgeGroup }

        /// Whether the alarm book journals a comment with this action.
        public var takesComment: Bool { self != .unshelve && self != .resetLatched && self != .returnToService }
    }

    /// Which alarms the action concerns.
    public enum Target: Sendable, Hashable {
        /// One alarm: a satellite id (`P02-S03`) and a parameter.
        case alarm(satellite: String, parameter: AlarmParameter)
        /// Every alarm awaiting acknowledgement.
        case all
        /// Every alarm of one parameter and severity awaiting acknowledgement (a flood group).
        case group(AlarmParameter, AlarmSeverity)
    }

    /// Seconds after the epoch.
    public var atSimSeconds: Double
    public var kind: Kind
    public var target: Target
    /// Shelve duration, seconds (`shelve` only; bounded by the book's maximum shelve time).
    public var durationSeconds: Double?
    public var comment: String?

    public init(atSimSeconds: Double, kind: Kind, target: Target, durationSeconds: Double? = nil, comment: String? = nil) {
        self.atSimSeconds = atSimSeconds
        self.kind = kind
        self.target = target
        self.durationSeconds = durationSeconds
        self.comment = comment
    }

    /// The alarm-book command, with the target satellite resolved to its fleet index by
    /// `satelliteIndex`; nil when the satellite is unknown or the action is inconsistent
    /// (a one-alarm action without an alarm, a shelve without a duration).
    public func command(satelliteIndex: (String) -> Int?) -> AlarmCommand.Action? {
        switch (kind, target) {
        case (.acknowledgeAll, .all):
            return .acknowledgeAll(comment: comment)
        case (.acknowledgeGroup, .group(let parameter, let severity)):
            return .acknowledgeGroup(parameter, severity, comment: comment)
        case (_, .alarm(let satellite, let parameter)):
            guard let index = satelliteIndex(satellite) else { return nil }
            let key = AlarmKey(satellite: index, parameter: parameter)
            switch kind {
            case .acknowledge: return .acknowledge(key, comment: comment)
            case .shelve:
                guard let durationSeconds else { return nil }
                return .shelve(key, durationSeconds: durationSeconds, comment: comment)
            case .shelveOneShot: return .shelveOneShot(key, comment: comment)
            case .unshelve: return .unshelve(key)
            case .resetLatched: return .resetLatched(key)
            case .removeFromService: return .removeFromService(key, comment: comment)
            case .returnToService: return .returnToService(key)
            case .acknowledgeAll, .acknowledgeGroup: return nil
            }
        default:
            return nil
        }
    }
}
