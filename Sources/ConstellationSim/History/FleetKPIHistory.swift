/// The fleet totals after every tick (`FleetSeries`), in a ring of single-precision
/// values: 24 h at a 10 s tick in 311 kB.
struct FleetKPIHistory: Sendable {
    static let capacity = 8_640

    private var times: [Double] = []
    private var values: [Float] = []
    private var next = 0
    private var lastTick: UInt64?

    mutating func record(_ simulation: Simulation) {
        guard lastTick != simulation.tick else { return }
        lastTick = simulation.tick
        let k = FleetSeries.allCases.count
        if times.count < Self.capacity {
            times.append(simulation.simSeconds)
            for series in FleetSeries.allCases { values.append(Float(series.value(simulation))) }
        } else {
            times[next] = simulation.simSeconds
            for series in FleetSeries.allCases { values[next * k + series.rawValue] = Float(series.value(simulation)) }
            next = (next + 1) % Self.capacity
        }
    }

    /// Calls `body(time, series, value)` for every sample oldest first at or after `from`.
    func forEach(from: Double, _ body: (Double, Int, Double) -> Void) {
        let n = times.count, k = FleetSeries.allCases.count
        for j in 0..<n {
            let slot = (next + j) % n
            guard times[slot] >= from else { continue }
            for s in 0..<k { body(times[slot], s, Double(values[slot * k + s])) }
        }
    }
}
