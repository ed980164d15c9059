import Foundation

extension FaultState {
    /// Draws this tick's random failures: each kind fails independently with probability
    /// 1 − exp(−dt·m / MTBF) (m = `acceleratorHazardMultiplier` for accelerator boards,
    /// from the radiation dose; 1 otherwise), from 53-bit uniforms of the counter RNG
    /// (stream `randomFaults`, draws 0–2, two kinds per block). A failed laser terminal is
    /// chosen uniformly among the healthy ones (stream `faultDetail`). Kinds with no healthy
    /// unit left draw but change nothing. Returns the kinds that failed in this tick.
    @inline(__always)
    public mutating func stepRandomFailures(
        dtS: Double, parameters p: FaultParameters, acceleratorHazardMultiplier: Double = 1,
        random: CounterRandom, satellite: Int, tick: UInt64
    ) -> FaultKinds {
        var failed = FaultKinds()
        for pair in 0..<3 {
            let (a, b) = random.uniforms(satellite: satellite, tick: tick, stream: .randomFaults, draw: UInt32(pair))
            for half in 0..<2 {
                let kind = FaultKind.ordered[2 * pair + half]
                let m = kind == .acceleratorBoard ? acceleratorHazardMultiplier : 1
                if (half == 0 ? a : b) < p.failureProbability(kind, dtS: dtS, hazardMultiplier: m) {
                    let unit = kind == .laserTerminal ? healthyLaserPick(random: random, satellite: satellite, tick: tick) : nil
                    if apply(kind, unit: unit, parameters: p) { failed.insert(kind.bit) }
                }
            }
        }
        return failed
    }

    /// A uniformly chosen healthy laser direction (raw value), or nil when none is left.
    private func healthyLaserPick(random: CounterRandom, satellite: Int, tick: UInt64) -> Int? {
        let healthy = ~failedLaserTerminals & 0x0F
        let count = healthy.nonzeroBitCount
        guard count > 0 else { return nil }
        let u = random.uniform(satellite: satellite, tick: tick, stream: .faultDetail)
        var pick = min(Int(u * Double(count)), count - 1)
        for direction in 0..<4 where healthy & (1 << UInt8(direction)) != 0 {
            if pick == 0 { return direction }
            pick -= 1
        }
        return nil
    }
}

/// Fault injections in time order, consumed as simulated time passes. Scenario scripts
/// and console commands feed the same schedule.
public struct FaultSchedule: Sendable, Hashable {
    /// Pending injections, sorted by time (stable for equal times: insertion order).
    public private(set) var pending: [FaultInjection]
    private var next = 0

    public init(_ injections: [FaultInjection] = []) {
        pending = injections.enumerated()
            .sorted { ($0.element.atSimSeconds, $0.offset) < ($1.element.atSimSeconds, $1.offset) }
            .map(\.element)
    }

    /// Adds an injection (e.g. from the console); it keeps time order, after equal times.
    public mutating func add(_ injection: FaultInjection) {
        var i = pending.count
        while i > next && pending[i - 1].atSimSeconds > injection.atSimSeconds { i -= 1 }
        pending.insert(injection, at: max(i, next))
    }

    /// The next injection due strictly before `simSeconds` (the end of the tick), if any.
    public mutating func nextDue(before simSeconds: Double) -> FaultInjection? {
        guard next < pending.count, pending[next].atSimSeconds < simSeconds else { return nil }
        defer { next += 1 }
        return pending[next]
    }
}
