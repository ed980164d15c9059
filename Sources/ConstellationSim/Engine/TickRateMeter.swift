/// Ticks per wall-clock second over the last couple of seconds.
struct TickRateMeter: Sendable {
    private var samples: [(wallNs: UInt64, tick: UInt64)] = []
    private let windowNs: UInt64 = 2_000_000_000

    mutating func record(wallNs: UInt64, tick: UInt64) {
        samples.append((wallNs, tick))
        // Keep one sample older than the window as the baseline.
        while samples.count > 2, wallNs - samples[1].wallNs > windowNs { samples.removeFirst() }
    }

    mutating func reset() { samples.removeAll(keepingCapacity: true) }

    var ticksPerSecond: Double {
        guard let first = samples.first, let last = samples.last, last.wallNs > first.wallNs else { return 0 }
        return Double(last.tick - first.tick) / (Double(last.wallNs - first.wallNs) / 1e9)
    }
}
