/// Every tick of one satellite (the selected or a pinned one), in a ring of single-
/// precision values: 28 B a tick, 24 h at a 10 s tick in 242 kB.
struct FullRateHistory: Sendable {
    /// Most ticks kept (24 h at a 10 s tick).
    static let capacity = 8_640

    private var times: [Double] = []
    private var values: [Float] = []
    private var next = 0
    /// The tick last recorded (to record each tick once).
    private(set) var lastTick: UInt64?

    var count: Int { times.count }

    /// Appends satellite `i`'s values after `tick`.
    mutating func record(_ world: WorldState, _ i: Int, tick: UInt64, simSeconds: Double) {
        guard lastTick != tick else { return }
        lastTick = tick
        let k = SatelliteSeries.allCases.count
        if times.count < Self.capacity {
            times.append(simSeconds)
            for series in SatelliteSeries.allCases { values.append(Float(series.value(world, i))) }
        } else {
            times[next] = simSeconds
            for series in SatelliteSeries.allCases { values[next * k + series.rawValue] = Float(series.value(world, i)) }
            next = (next + 1) % Self.capacity
        }
    }

    /// The oldest time held (nil: empty).
    var firstSeconds: Double? { times.isEmpty ? nil : times[next % times.count] }

    /// Calls `body(time, series, value)` for every sample oldest first at or after `from`.
    func forEach(from: Double, _ body: (Double, Int, Double) -> Void) {
        let n = times.count, k = SatelliteSeries.allCases.count
        for j in 0..<n {
            let slot = (next + j) % n
            guard times[slot] >= from else { continue }
            for s in 0..<k { body(times[slot], s, Double(values[slot * k + s])) }
        }
    }

    /// The newest `limit` samples: times and one array per series, oldest first.
    func newest(_ limit: Int) -> (times: [Double], values: [[Double]]) {
        let n = times.count, k = SatelliteSeries.allCases.count, m = min(limit, n)
        var t: [Double] = []
        var v = Array(repeating: [Double](), count: k)
        for j in (n - m)..<n {
            let slot = (next + j) % n
            t.append(times[slot])
            for s in 0..<k { v[s].append(Double(values[slot * k + s])) }
        }
        return (t, v)
    }
}
