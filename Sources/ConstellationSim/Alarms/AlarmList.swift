/// One alarm in the console's alarm list.
public struct AlarmListEntry: Sendable, Equatable {
    public var key: AlarmKey
    public var state: AlarmState
    public var severity: AlarmSeverity
    /// Value at the last process change and the limit crossed.
    public var value: Double?
    public var limit: Double?
    /// When the alarm was last annunciated, simulation seconds.
    public var raisedSeconds: Double
    /// Whether this is the first-out alarm of the current burst.
    public var isFirstOut: Bool
    /// When a shelve ends, simulation seconds (nil: not shelved).
    public var shelvedUntilSeconds: Double?
    /// The operator's last comment on the alarm (acknowledge, shelve), if any.
    public var comment: String?
    /// Which cause the alarm belongs to when its parameter has several (MODE_CHANGE).
    public var causeClass: AlarmCauseClass?

    public init(
        key: AlarmKey, state: AlarmState, severity: AlarmSeverity, value: Double?, limit: Double?,
        raisedSeconds: Double, isFirstOut: Bool, shelvedUntilSeconds: Double? = nil, comment: String? = nil,
        causeClass: AlarmCauseClass? = nil
    ) {
        self.shelvedUntilSeconds = shelvedUntilSeconds
        self.comment = comment
        self.causeClass = causeClass
        self.key = key
        self.state = state
        self.severity = severity
        self.value = value
        self.limit = limit
        self.raisedSeconds = raisedSeconds
        self.isFirstOut = isFirstOut
    }
}

/// What separates alarms of one parameter and severity into unrelated causes. Only
/// MODE_CHANGE has several: the mode entered and why, so a radiator failure and an
/// energy short never fold into one group.
public struct AlarmCauseClass: Sendable, Hashable {
    public var mode: OperatingMode
    public var cause: ModeCause

    public init(mode: OperatingMode, cause: ModeCause) {
        self.mode = mode
        self.cause = cause
    }
}

/// Alarms of one parameter, severity and cause class raised on many satellites, shown as one line
/// (`SEU_RATE WARNING ×312 satellites`) and acknowledgeable as one
/// (`AlarmCommand.Action.acknowledgeGroup`).
public struct AlarmGroup: Sendable, Equatable {
    public var parameter: AlarmParameter
    public var severity: AlarmSeverity
    /// The members' cause class (nil for parameters with one cause).
    public var causeClass: AlarmCauseClass?
    /// Members in list order (in a snapshot, possibly only the first few: see
    /// `memberCount` and `ViewRequest.alarmGroupMemberLimit`).
    public private(set) var members: [AlarmListEntry]
    /// Members in the whole group.
    public private(set) var memberCount: Int
    /// Members still awaiting acknowledgement, in the whole group.
    public private(set) var unacknowledgedCount: Int
    /// The earliest-raised member (the group's own first-out).
    public private(set) var firstMember: AlarmListEntry?

    public init(parameter: AlarmParameter, severity: AlarmSeverity, causeClass: AlarmCauseClass? = nil,
                members: [AlarmListEntry]) {
        self.parameter = parameter
        self.severity = severity
        self.causeClass = causeClass
        self.members = members
        memberCount = members.count
        unacknowledgedCount = members.count { $0.state.needsAcknowledgement }
        firstMember = members.min { ($0.raisedSeconds, $0.key) < ($1.raisedSeconds, $1.key) }
    }

    /// Keeps only the members `keep` accepts; the counts and `firstMember` then describe
    /// them (an alarm-list filter).
    public mutating func keepMembers(where keep: (AlarmListEntry) -> Bool) {
        self = AlarmGroup(parameter: parameter, severity: severity, causeClass: causeClass, members: members.filter(keep))
    }

    /// Keeps only the first `limit` members; the counts and `firstMember` still describe
    /// the whole group (a snapshot never copies a flood of hundreds of thousands).
    public mutating func truncateMembers(to limit: Int) {
        if members.count > limit { members.removeSubrange(max(0, limit)...) }
    }

    /// The line shown to the operator, e.g. `SEU_RATE WARNING ×312 satellites`.
    public var title: String { "\(parameter.displayName) \(severity.displayName) ×\(memberCount) satellites" }
}

/// A line of the alarm list: one alarm, or a group of alarms.
public enum AlarmListLine: Sendable, Equatable {
    case alarm(AlarmListEntry)
    case group(AlarmGroup)

    /// Whether anything on the line awaits acknowledgement.
    public var needsAcknowledgement: Bool {
        switch self {
        case .alarm(let e): e.state.needsAcknowledgement
        case .group(let g): g.unacknowledgedCount > 0
        }
    }

    public var severity: AlarmSeverity {
        switch self {
        case .alarm(let e): e.severity
        case .group(let g): g.severity
        }
    }

    /// Latest annunciation on the line, simulation seconds.
    public var raisedSeconds: Double {
        switch self {
        case .alarm(let e): e.raisedSeconds
        case .group(let g): g.members.map(\.raisedSeconds).max() ?? 0
        }
    }

    fileprivate var firstKey: AlarmKey? {
        switch self {
        case .alarm(let e): e.key
        case .group(let g): g.members.first?.key
        }
    }

    /// List order: awaiting acknowledgement first, then most severe, then newest, then id.
    static func inListOrder(_ a: AlarmListLine, _ b: AlarmListLine) -> Bool {
        if a.needsAcknowledgement != b.needsAcknowledgement { return a.needsAcknowledgement }
        if a.severity != b.severity { return a.severity > b.severity }
        if a.raisedSeconds != b.raisedSeconds { return a.raisedSeconds > b.raisedSeconds }
        guard let ka = a.firstKey, let kb = b.firstKey else { return false }
        return ka < kb
    }
}

/// What the console's header shows (as Yamcs publishes): counts and the highest
/// unacknowledged severity.
public struct AlarmSummary: Sendable, Equatable {
    public var unacknowledged = 0
    public var highestUnacknowledged: AlarmSeverity?
    public var active = 0
    public var shelved = 0
    public var suppressed = 0
    public var outOfService = 0
    public var isFlooding = false
}
