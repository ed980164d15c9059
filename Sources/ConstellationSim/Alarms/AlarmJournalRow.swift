/// One row of the alarm journal: an alarm transition or an operator command.
public struct AlarmJournalRow: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case transition, command
    }

    /// The columns shown by `orbitops journal`, in order.
    public static let columnNames = [
        "sim_time", "wall_time", "alarm", "satellite", "parameter", "severity",
        "from_state", "to_state", "value", "limit", "operator", "comment",
    ]

    public var id: Int64
    public var sessionID: Int64
    public var tick: Int
    /// Simulation seconds since the scenario start.
    public var simSeconds: Double
    /// Unix seconds when the row was written.
    public var wallTime: Double
    public var kind: Kind
    /// The transition cause (`ACTIVATED`, `ACKNOWLEDGED`…) or the command (`ACK_ALL`…).
    public var event: String
    /// `P03-S07:BATTERY_SOC`; nil for commands on many alarms.
    public var alarm: String?
    public var satellite: String?
    public var parameter: String?
    public var severity: String?
    public var fromState: String?
    public var toState: String?
    public var value: Double?
    public var limit: Double?
    public var operatorName: String?
    public var comment: String?

    /// The values of `columnNames` as text (empty for NULL); times as numbers of seconds.
    public var columnValues: [String] {
        func num(_ x: Double?) -> String {
            guard let x else { return "" }
            return x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
        }
        return [
            num(simSeconds), String(wallTime), alarm ?? "", satellite ?? "", parameter ?? "", severity ?? "",
            fromState ?? "", toState ?? "", num(value), num(limit), operatorName ?? "", comment ?? "",
        ]
    }
}

/// Which journal rows to read.
public struct AlarmJournalFilter: Sendable, Equatable {
    /// Only rows at or after this simulation time, seconds.
    public var sinceSimSeconds: Double?
    /// Only rows of at least this severity (commands without severity are left out).
    public var minimumSeverity: AlarmSeverity?
    /// Only rows of this satellite id (`P03-S07`).
    public var satellite: String?
    /// Whether operator command rows are included.
    public var includeCommands: Bool
    /// Only the first `limit` rows.
    public var limit: Int?

    public init(
        sinceSimSeconds: Double? = nil, minimumSeverity: AlarmSeverity? = nil, satellite: String? = nil,
        includeCommands: Bool = true, limit: Int? = nil
    ) {
        self.sinceSimSeconds = sinceSimSeconds
        self.minimumSeverity = minimumSeverity
        self.satellite = satellite
        self.includeCommands = includeCommands
        self.limit = limit
    }
}

/// One engine run recorded in a journal.
public struct AlarmJournalSession: Sendable, Equatable {
    public var id: Int64
    /// Unix seconds when the run started.
    public var startedWallTime: Double
    public var startSimSeconds: Double
    /// Simulation time of the last tick written.
    public var endSimSeconds: Double?
    public var lastTick: Int?
    /// The scenario epoch (simulation time 0), if known.
    public var epoch: JulianDate?
    public var scenario: String
}
