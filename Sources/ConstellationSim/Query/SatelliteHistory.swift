/// Recent values of one satellite, oldest first, as the engine retained them
/// (`RetainedHistory`): coarse samples from before it was selected or pinned, then
/// every tick since. The satellite detail view draws its sparklines from it.
public struct SatelliteHistory: Sendable, Hashable {
    /// How many samples the detail view is given.
    public static let capacity = 240

    /// A recorded power or health series (`SatelliteSeries`).
    public typealias Series = SatelliteSeries

    /// Fleet index the samples belong to (-1: none).
    public private(set) var satellite: Int
    /// Simulated seconds of each sample.
    public private(set) var seconds: [Double] = []
    private var series: [[Double]] = Array(repeating: [], count: Series.allCases.count)

    public init(satellite: Int = -1) {
        self.satellite = satellite
    }

    /// Appends one sample (values in `Series` order; missing ones are NaN).
    public mutating func append(seconds t: Double, values: [Double]) {
        seconds.append(t)
        for k in series.indices { series[k].append(k < values.count ? values[k] : .nan) }
    }

    /// Appends samples: `values[series][sample]`.
    mutating func append(times: [Double], values: [[Double]]) {
        seconds += times
        for k in series.indices {
            series[k] += k < values.count ? values[k] : Array(repeating: .nan, count: times.count)
        }
    }

    /// Drops all but the newest `limit` samples.
    mutating func keepNewest(_ limit: Int) {
        let drop = seconds.count - max(0, limit)
        guard drop > 0 else { return }
        seconds.removeFirst(drop)
        for k in series.indices { series[k].removeFirst(drop) }
    }

    /// Number of samples.
    public var count: Int { seconds.count }

    /// Samples of `which`, oldest first.
    public func values(_ which: Series) -> [Double] { series[which.rawValue] }
}
