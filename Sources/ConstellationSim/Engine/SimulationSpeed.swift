/// How fast simulated time runs against the wall clock. The speed never changes
/// results, only how often ticks run.
public enum SimulationSpeed: Sendable, Hashable, Codable {
    /// A multiple of real time (1 = real time).
    case multiple(Double)
    /// As fast as the CPU allows.
    case max

    /// The steps `+` and `-` move along.
    public static let ladder: [SimulationSpeed] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000]
        .map { .multiple(Double($0)) } + [.max]

    /// Accepted range of a multiple.
    public static let multipleRange: ClosedRange<Double> = 1...10_000

    /// The next faster step of the ladder (`max` stays `max`).
    public var faster: SimulationSpeed {
        switch self {
        case .max: return .max
        case .multiple(let x):
            return Self.ladder.first { if case .multiple(let y) = $0 { return y > x } else { return true } } ?? .max
        }
    }

    /// The next slower step of the ladder (×1 stays ×1).
    public var slower: SimulationSpeed {
        switch self {
        case .max: return .multiple(10_000)
        case .multiple(let x):
            return Self.ladder.last { if case .multiple(let y) = $0 { return y < x } else { return false } } ?? .multiple(1)
        }
    }


}
