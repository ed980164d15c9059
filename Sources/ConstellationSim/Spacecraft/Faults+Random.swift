import Foundation

extension FaultState {
    /// Draws this tick's random failures: each kind k fails independently with probability
    /// pₖ = 1 − exp(−dt·rₖ), rₖ = m / MTBFₖ (m = `acceleratorHazardMultiplier` for
    /// accelerator boards, from the radiation dose; 1 otherwise).
    ///
    /// Sampled exactly but cheaply from the counter RNG (stream `randomFaults`): word a of
    /// block 0 decides whether anything fails, P(any) = 1 − exp(−dt·Σrₖ); only then word b
    /// picks the first failing kind k in `FaultKind.ordered` with
    /// P(first ≤ k | any) = (1 − exp(−dt·Σ_{j≤k} rⱼ)) / P(any), and the kinds after it fail
    /// independently with their own pⱼ (block draw 1 + j). One Philox block per satellite
    /// per tick in the common case. A failed laser terminal is chosen uniformly among the
    /// healthy ones (stream `faultDetail`). Kinds with no healthy unit left change nothing.
    /// Returns the kinds that failed in this tick.
    ///
    /// `hazards` must be `FaultHazards(parameters)`; build it once per scenario, not per call.
    @inline(__always)
    public mutating func stepRandomFailures(
        dtS: Double, parameters p: FaultParameters, hazards: FaultHazards, acceleratorHazardMultiplier: Double = 1,
        random: CounterRandom, satellite: Int, tick: UInt64
    ) -> FaultKinds {
        var rates = hazards.perSecond
        rates[FaultKind.acceleratorBoard.index] *= max(acceleratorHazardMultiplier, 0)
        let total = rates.sum()
        let pAny = -expm1(-dtS * total)
        let (a, b) = random.uniforms(satellite: satellite, tick: tick, stream: .randomFaults)
        guard a < pAny else { return [] }
        let v = b * pAny
        var first = -1, last = -1, cumulative = 0.0
        for k in 0..<FaultKind.ordered.count where rates[k] > 0 {
            last = k
            cumulative += rates[k]
            if first < 0 && v < -expm1(-dtS * cumulative) { first = k }
        }
        if first < 0 { first = last }   // only if rounding put v at the very top
        var failed = FaultKinds()
        fail(FaultKind.ordered[first], into: &failed, parameters: p, random: random, satellite: satellite, tick: tick)
        for k in (first + 1)..<FaultKind.ordered.count where rates[k] > 0 {
            let u = random.uniform(satellite: satellite, tick: tick, stream: .randomFaults, draw: UInt32(1 + k))
            if u < -expm1(-dtS * rates[k]) {
                fail(FaultKind.ordered[k], into: &failed, parameters: p, random: random, satellite: satellite, tick: tick)
            }
        }
        return failed
    }

    private mutating func fail(_ kind: FaultKind, into failed: inout FaultKinds, parameters p: FaultParameters,
                               random: CounterRandom, satellite: Int, tick: UInt64) {
        let unit = kind == .laserTerminal ? healthyLaserPick(random: random, satellite: satellite, tick: tick) : nil
        if apply(kind, unit: unit, parameters: p) { failed.insert(kind.bit) }
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

/// Per-second failure hazards of every kind (index `FaultKind.index`), precomputed once
/// from the parameters for the per-tick draw.
public struct FaultHazards: Sendable, Hashable {
    public let perSecond: SIMD8<Double>

    public init(_ p: FaultParameters) {
        var rates = SIMD8<Double>(repeating: 0)
        for kind in FaultKind.ordered { rates[kind.index] = p.hazardPerSecond(kind) }
        perSecond = rates
    }
}

/// Fault injections in time order, consumed as simulated time passes. Scenario scripts
/// and console commands feed the same schedule.
public struct FaultSchedule: Sendable, Hashable, Codable {
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
