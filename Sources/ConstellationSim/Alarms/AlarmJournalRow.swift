import Foundation

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

    /// The values of `columnNames` as text (empty for NULL), at full precision, for CSV
    /// and JSON lines: sim_time in seconds since the scenario start, wall_time as ISO 8601
    /// UTC with milliseconds (`2026-11-22T03:44:18.039Z`), value and limit as stored.
    public var columnValues: [String] {
        [
            Self.number(simSeconds), Self.iso8601(unixSeconds: wallTime), alarm ?? "", satellite ?? "", parameter ?? "",
            severity ?? "", fromState ?? "", toState ?? "", Self.number(value), Self.number(limit),
            operatorName ?? "", comment ?? "",
        ]
    }

    /// `columnValues` for the aligned table: the same, with value and limit rounded to
    /// 2 decimals (`25.50`).
    public var tableColumnValues: [String] {
        var cells = columnValues
        cells[8] = Self.rounded(value)
        cells[9] = Self.rounded(limit)
        return cells
    }

    /// `600`, `25.5`: whole numbers without a fraction, others in full (shortest round-trip).
    public static func number(_ x: Double?) -> String {
        guard let x else { return "" }
        return x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    /// `25.50`: two decimals; empty for nil.
    static func rounded(_ x: Double?) -> String {
        guard let x else { return "" }
        return String(format: "%.2f", x)
    }

    /// Unix seconds as ISO 8601 UTC with milliseconds, `2023-11-14T22:13:20.500Z`
    /// (proleptic Gregorian calendar; days to civil date after H. Hinnant, "chrono-
    /// compatible low-level date algorithms").
    public static func iso8601(unixSeconds: Double) -> String {
        guard unixSeconds.isFinite, abs(unixSeconds) < 1e13 else { return number(unixSeconds) }
        let totalMs = Int64((unixSeconds * 1000).rounded())
        let msPerDay: Int64 = 86_400_000
        var days = totalMs / msPerDay
        var msOfDay = totalMs % msPerDay
        if msOfDay < 0 {
            msOfDay += msPerDay
            days -= 1
        }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let seconds = msOfDay / 1000
        return String(format: "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", year, month, day,
                      seconds / 3600, seconds / 60 % 60, seconds % 60, msOfDay % 1000)
    }
}

/// Which journal rows to read.
public struct AlarmJournalFilter: Sendable, Equatable {
    /// Only rows at or after this simulation time, seconds.
    public var sinceSimSeconds: Double?
    /// Only rows at or before this simulation time, seconds.
    public var untilSimSeconds: Double? = nil
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
