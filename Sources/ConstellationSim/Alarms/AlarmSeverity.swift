/// Alarm severity, ordered from least to most severe (the Yamcs levels).
public enum AlarmSeverity: UInt8, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case watch, warning, distress, critical, severe

    /// The name shown to operators and written to the journal, e.g. `WARNING`.
    public var displayName: String {
        switch self {
        case .watch: "WATCH"
        case .warning: "WARNING"
        case .distress: "DISTRESS"
        case .critical: "CRITICAL"
        case .severe: "SEVERE"
        }
    }

    /// The severity with this display name, case-insensitive.
    public init?(displayName: String) {
        let upper = displayName.uppercased()
        guard let match = Self.allCases.first(where: { $0.displayName == upper }) else { return nil }
        self = match
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
