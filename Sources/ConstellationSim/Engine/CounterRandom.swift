import Foundation

/// Named random streams, so that two models never draw the same numbers for the same
/// satellite and tick. Values are part of the recorded history: never renumber them.
public enum RandomStream: UInt32, Sendable, CaseIterable {
    /// Correctable single-event upsets (radiation).
    case correctableUpsets = 1
    /// Uncorrectable single-event upsets (radiation).
    case uncorrectableUpsets = 2
    /// Random hardware failures, one draw per fault kind.
    case randomFaults = 3
    /// Which unit of a kind failed (e.g. the laser terminal direction).
    case faultDetail = 4
    /// Free for scenario-level use (tests, studies).
    case scenario = 100
}

/// A stateless, counter-based random number generator: Philox-4x32-10.
///
/// Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy as 1, 2, 3",
/// SC'11 (doi:10.1145/2063384.2063405). Each output block is a pure function of a
/// 128-bit counter and a 64-bit key, so any satellite's numbers for any tick can be
/// drawn in any order, on any thread, and are always the same.
///
/// Key = the scenario seed (low word, high word). Counter words:
/// `(satellite, stream, tick low 32 bits, tick high 16 bits | draw << 16)`.
/// `draw` numbers the successive 128-bit blocks one (satellite, tick, stream) may need
/// (rejection samplers); ticks must stay below 2^48 (≈ 9e7 years at 10 s).
public struct CounterRandom: Sendable, Hashable {
    /// The scenario seed.
    public var seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    // MARK: Philox-4x32-10 block function

    /// One Philox-4x32-10 block: four 32-bit outputs for a counter and a key.
    @inline(__always)
    public static func philox4x32(counter: SIMD4<UInt32>, key: SIMD2<UInt32>) -> SIMD4<UInt32> {
        let m0: UInt64 = 0xD251_1F53, m1: UInt64 = 0xCD9E_8D57
        let w0: UInt32 = 0x9E37_79B9, w1: UInt32 = 0xBB67_AE85
        var x = counter
        var k0 = key.x, k1 = key.y
        for round in 0..<10 {
            if round > 0 {
                k0 &+= w0
                k1 &+= w1
            }
            let p0 = m0 &* UInt64(x.x)
            let p1 = m1 &* UInt64(x.z)
            let hi0 = UInt32(truncatingIfNeeded: p0 >> 32), lo0 = UInt32(truncatingIfNeeded: p0)
            let hi1 = UInt32(truncatingIfNeeded: p1 >> 32), lo1 = UInt32(truncatingIfNeeded: p1)
            x = SIMD4(hi1 ^ x.y ^ k0, lo1, hi0 ^ x.w ^ k1, lo0)
        }
        return x
    }

    /// The 128-bit block for (satellite, tick, stream, draw), as four 32-bit words.
    @inline(__always)
    public func block(satellite: Int, tick: UInt64, stream: UInt32, draw: UInt32 = 0) -> SIMD4<UInt32> {
        precondition(tick < (1 << 48) && draw < (1 << 16), "tick or draw out of the counter's range")
        let counter = SIMD4<UInt32>(
            UInt32(truncatingIfNeeded: satellite),
            stream,
            UInt32(truncatingIfNeeded: tick),
            UInt32(truncatingIfNeeded: tick >> 32) | (draw << 16))
        let key = SIMD2<UInt32>(UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32))
        return Self.philox4x32(counter: counter, key: key)
    }

    /// Two independent 64-bit words for (satellite, tick, stream, draw).
    @inline(__always)
    public func words(satellite: Int, tick: UInt64, stream: RandomStream, draw: UInt32 = 0) -> (UInt64, UInt64) {
        let b = block(satellite: satellite, tick: tick, stream: stream.rawValue, draw: draw)
        return (UInt64(b.x) | UInt64(b.y) << 32, UInt64(b.z) | UInt64(b.w) << 32)
    }

    /// One 64-bit word (the first of `words`).
    @inline(__always)
    public func uint64(satellite: Int, tick: UInt64, stream: RandomStream, draw: UInt32 = 0) -> UInt64 {
        words(satellite: satellite, tick: tick, stream: stream, draw: draw).0
    }

    /// Two uniform doubles in [0, 1) (53 random bits each).
    @inline(__always)
    public func uniforms(satellite: Int, tick: UInt64, stream: RandomStream, draw: UInt32 = 0) -> (Double, Double) {
        let (a, b) = words(satellite: satellite, tick: tick, stream: stream, draw: draw)
        return (Self.unitDouble(a), Self.unitDouble(b))
    }

    /// A uniform double in [0, 1).
    @inline(__always)
    public func uniform(satellite: Int, tick: UInt64, stream: RandomStream, draw: UInt32 = 0) -> Double {
        Self.unitDouble(uint64(satellite: satellite, tick: tick, stream: stream, draw: draw))
    }

    /// An exponential sample with the given mean (inversion: −mean·ln(1 − U)).
    @inline(__always)
    public func exponential(mean: Double, satellite: Int, tick: UInt64, stream: RandomStream) -> Double {
        -mean * log1p(-uniform(satellite: satellite, tick: tick, stream: stream))
    }

    /// A Poisson(λ) sample for (satellite, tick, stream). See `poissonSample`.
    public func poisson(mean lambda: Double, satellite: Int, tick: UInt64, stream: RandomStream) -> Int {
        poissonSample(lambda) { draw in uniforms(satellite: satellite, tick: tick, stream: stream, draw: draw) }
    }

    /// 53 high bits of a word as a double in [0, 1).
    @inline(__always)
    public static func unitDouble(_ word: UInt64) -> Double {
        Double(word >> 11) * 0x1.0p-53
    }
}

/// A Poisson(λ) sample from a supply of uniform pairs, `uniforms(draw)` for draw 0, 1, ….
///
/// λ < 10: inversion by sequential search over the CDF (one uniform).
/// λ ≥ 10: PTRS, the transformed rejection method of W. Hörmann, "The transformed
/// rejection method for generating Poisson random variables", Insurance: Mathematics and
/// Economics 12 (1993) 39–45 (two uniforms per attempt, ≈ 90 % acceptance).
@inline(__always)
package func poissonSample(_ lambda: Double, uniforms: (UInt32) -> (Double, Double)) -> Int {
    guard lambda > 0 else { return 0 }  // also NaN
    // Past 10¹² the spread √λ is below a millionth of λ: the mean is the sample, and
    // larger (or infinite) means are capped so counts summed over a run stay in Int.
    guard lambda <= poissonMeanLimit else { return Int(poissonMeanLimit) }
    if lambda < 10 { return poissonByInversion(lambda, probabilityOfZero: exp(-lambda), uniform: uniforms(0).0) }
    let slam = lambda.squareRoot(), logLambda = log(lambda)
    let b = 0.931 + 2.53 * slam
    let a = -0.059 + 0.02483 * b
    let invAlpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    for draw in UInt32(0)..<UInt32(1 << 16) {
        let (u0, v0) = uniforms(draw)
        let u = u0 - 0.5
        let us = 0.5 - abs(u)
        guard us > 0 else { continue }
        let k = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
        if us >= 0.07 && v0 <= vr { return Int(k) }
        if k < 0 || (us < 0.013 && v0 > us) { continue }
        let v = v0 * invAlpha / (a / (us * us) + b)
        if log(v) <= -lambda + k * logLambda - lgamma(k + 1) { return Int(k) }
    }
    // Unreachable in practice (each attempt is accepted with probability ≈ 0.9).
    return Int(lambda.rounded())
}

/// Largest Poisson mean sampled; larger means return this value (see `poissonSample`).
package let poissonMeanLimit = 1e12

/// A Poisson(λ) sample for λ < 10 by inversion of the CDF with one uniform `u`;
/// `probabilityOfZero` is e^(−λ) (passed in so a caller can compute it once per tick).
@inline(__always)
package func poissonByInversion(_ lambda: Double, probabilityOfZero: Double, uniform u: Double) -> Int {
    guard lambda > 0 else { return 0 }
    var p = probabilityOfZero, cdf = p, k = 0
    while u > cdf && k < 1000 {
        k += 1
        p *= lambda / Double(k)
        cdf += p
    }
    return k
}
