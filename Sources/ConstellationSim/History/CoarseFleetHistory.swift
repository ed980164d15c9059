/// A few samples of every satellite, at a coarse interval, in a ring: what lets the
/// console show any satellite's past after the selection moves, at any fleet size.
///
/// Budget: each sample is one IEEE half-precision value (2 bytes, 11 significant bits:
/// 0.05 % of full scale) per `SatelliteSeries`, powers stored in kW so they fit the
/// half-precision range. The sample times are shared by the whole fleet (every
/// satellite is sampled on the same tick). Bytes per satellite = 2 × series × capacity:
/// with the default 128 MB budget, 1,000,000 satellites keep 9 samples (126 B each,
/// one every 3 h: 24 h), 15,000 keep the full 288 (one every 5 min: 24 h).
struct CoarseFleetHistory: Sendable {
    static let seriesCount = SatelliteSeries.allCases.count
    static let bytesPerSample = 2 * seriesCount
    /// Most samples per satellite (a 5-minute interval over 24 hours).
    static let maximumCapacity = 288
    /// The span the ring aims to cover, seconds.
    static let spanSeconds = 86_400.0

    let satellites: Int
    /// Samples per satellite, and ticks between two samples.
    let capacity: Int
    let everyTicks: UInt64
    /// Sample times (simulated seconds) in ring order; `count` of them are valid.
    private var times: [Double]
    /// `values[(slot × satellites + i) × seriesCount + series]`.
    private var values: [Float16]
    private var next = 0
    private(set) var count = 0

    /// A ring for `satellites` within `budgetBytes`, sampling on multiples of a tick of
    /// `dtSeconds` so that `capacity` samples cover a day (at least 2 samples).
    init(satellites: Int, dtSeconds: Double, budgetBytes: Int) {
        self.satellites = satellites
        (capacity, everyTicks) = Self.layout(satellites: satellites, dtSeconds: dtSeconds, budgetBytes: budgetBytes)
        times = Array(repeating: .nan, count: capacity)
        values = Array(repeating: .nan, count: capacity * satellites * Self.seriesCount)
    }

    /// Samples per satellite and ticks between samples for a fleet within a budget (at
    /// least 2 samples; the interval makes them span a day).
    static func layout(satellites: Int, dtSeconds: Double, budgetBytes: Int) -> (capacity: Int, everyTicks: UInt64) {
        let perSatellite = satellites > 0 ? budgetBytes / (bytesPerSample * satellites) : maximumCapacity
        let capacity = max(2, min(maximumCapacity, perSatellite))
        let intervalTicks = (spanSeconds / Double(capacity) / max(dtSeconds, 1e-9)).rounded(.up)
        return (capacity, UInt64(max(1, min(1e9, intervalTicks.isFinite ? intervalTicks : 1))))
    }

    /// Bytes the ring holds per satellite.
    var bytesPerSatellite: Int { capacity * Self.bytesPerSample }

    /// Seconds between samples.
    func intervalSeconds(dtSeconds: Double) -> Double { Double(everyTicks) * dtSeconds }

    /// Records every satellite when `tick` is a sampling tick.
    mutating func record(_ world: WorldState, tick: UInt64, simSeconds: Double) {
        guard tick % everyTicks == 0, world.count >= satellites else { return }
        let n = satellites, k = Self.seriesCount, slot = next
        let all = SatelliteSeries.allCases
        values.withUnsafeMutableBufferPointer { out in
            var o = slot * n * k
            for i in 0..<n {
                for series in all {
                    var v = series.value(world, i)
                    if series == .generatedW || series == .loadW { v /= 1000 }
                    out[o] = Float16(Float(v))
                    o += 1
                }
            }
        }
        times[slot] = simSeconds
        next = (next + 1) % capacity
        count = min(capacity, count + 1)
    }

    /// Samples of satellite `i` oldest first, before `before` seconds: times and one
    /// array per series (engine units).
    func samples(of i: Int, before: Double = .infinity) -> (times: [Double], values: [[Double]]) {
        guard (0..<satellites).contains(i) else { return ([], []) }
        var t: [Double] = []
        var v = Array(repeating: [Double](), count: Self.seriesCount)
        let first = (next - count + capacity) % capacity
        for j in 0..<count {
            let slot = (first + j) % capacity
            guard times[slot] < before else { continue }
            t.append(times[slot])
            let base = (slot * satellites + i) * Self.seriesCount
            for s in 0..<Self.seriesCount {
                var x = Double(values[base + s])
                if s == SatelliteSeries.generatedW.rawValue || s == SatelliteSeries.loadW.rawValue { x *= 1000 }
                v[s].append(x)
            }
        }
        return (t, v)
    }
}
