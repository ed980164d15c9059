/// The views of the console, in the order of their number keys.
public enum ConsoleView: Int, Sendable, Hashable, CaseIterable {
    case overview = 1, map, constellation, alarms, detail
    case latency = 8

    /// The name shown in the footer's view tabs.
    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .map: return "Map"
        case .constellation: return "Constellation"
        case .alarms: return "Alarms"
        case .detail: return "Satellite"
        case .latency: return "Latency"
        }
    }

    /// The next view, wrapping (Tab), or the previous one (Shift-Tab).
    public func cycled(by step: Int) -> ConsoleView {
        let all = Self.allCases, n = all.count
        let here = all.firstIndex(of: self) ?? 0
        return all[((here + step) % n + n) % n]
    }
}
