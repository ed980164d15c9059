/// How far back the plots view reaches (`[` shorter, `]` longer).
public enum PlotWindow: Int, Sendable, Hashable, CaseIterable {
    case orbit, sixHours, day

    /// The window's length, seconds; one orbit of the selected satellite (95 min when
    /// its period is unknown).
    public func seconds(orbitSeconds: Double?) -> Double {
        switch self {
        case .orbit:
            guard let orbitSeconds, orbitSeconds.isFinite, orbitSeconds > 0 else { return 95 * 60 }
            return orbitSeconds
        case .sixHours: return 6 * 3600
        case .day: return 24 * 3600
        }
    }

    /// The label in the view's title.
    public var label: String {
        switch self {
        case .orbit: return "1 orbit"
        case .sixHours: return "6 h"
        case .day: return "24 h"
        }
    }

    /// The next shorter and longer windows (stopping at the ends).
    public var shorter: PlotWindow { PlotWindow(rawValue: max(0, rawValue - 1)) ?? .orbit }
    public var longer: PlotWindow { PlotWindow(rawValue: min(Self.allCases.count - 1, rawValue + 1)) ?? .day }
}
