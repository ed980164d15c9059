/// The views of the console, in the order of their number keys.
public enum ConsoleView: Int, Sendable, Hashable, CaseIterable {
    case overview = 1, map, constellation, alarms, detail
    /// 6: time plots of the selected satellite (or the fleet); 7: the event log.
    case plots = 6, events = 7
    /// 8: route latency.
    case latency = 8
    /// Catalog objects (not ours), key 0; last in Tab order.
    case catalog = 0

    /// The name shown in the footer's view tabs.
    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .map: return "Map"
        case .constellation: return "Constellation"
        case .alarms: return "Alarms"
        case .detail: return "Satellite"
        case .plots: return "Plots"
        case .events: return "Events"
        case .latency: return "Latency"
        case .catalog: return "Catalog"
        }
    }

    /// The view's short name in the help overlay.
    var helpName: String {
        switch self {
        case .constellation: return "heatmap"
        default: return title.lowercased()
        }
    }

    /// The next view, wrapping (Tab), or the previous one (Shift-Tab).
    public func cycled(by step: Int) -> ConsoleView {
        let all = Self.allCases, n = all.count
        let i = all.firstIndex(of: self) ?? 0
        return all[((i + step) % n + n) % n]
    }
}
