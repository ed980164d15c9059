import Foundation
import Testing
@testable import ConstellationSim

@Suite struct CounterRandomTests {
    /// Random123 kat_vectors (Salmon et al. 2011), "philox4x32 10": counter[4] key[2] → output[4].
    static let knownAnswers: [(SIMD4<UInt32>, SIMD2<UInt32>, SIMD4<UInt32>)] = [
        (SIMD4(0, 0, 0, 0), SIMD2(0, 0), SIMD4(0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8)),
        (SIMD4(0xffff_ffff, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff), SIMD2(0xffff_ffff, 0xffff_ffff),
         SIMD4(0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd)),
        (SIMD4(0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344), SIMD2(0xa409_3822, 0x299f_31d0),
         SIMD4(0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1)),
    ]

    @Test func philoxMatchesPublishedKnownAnswers() {
        for (counter, key, expected) in Self.knownAnswers {
            #expect(CounterRandom.philox4x32(counter: counter, key: key) == expected)
        }
    }

    @Test func keyLayoutPutsSeedInKeyAndSatelliteStreamTickInCounter() {
        // Seed 0x299f31d0_a4093822, satellite 0x243f6a88, stream 0x85a308d3, tick 0x7344_13198a2e,
        // draw 0x0370 is exactly the third known-answer input.
        let r = CounterRandom(seed: 0x299f_31d0_a409_3822)
        let b = r.block(satellite: 0x243f_6a88, tick: 0x7344_1319_8a2e, stream: 0x85a3_08d3, draw: 0x0370)
        #expect(b == Self.knownAnswers[2].2)
    }

    @Test func drawsDoNotDependOnOrder() {
        let r = CounterRandom(seed: 42)
        var forward: [UInt64] = []
        for s in 0..<50 { for t in UInt64(0)..<20 { forward.append(r.uint64(satellite: s, tick: t, stream: .scenario)) } }
        var shuffled = [UInt64](repeating: 0, count: forward.count)
        var order = Array(forward.indices)
        var g = SystemRandomNumberGenerator()
        order.shuffle(using: &g)
        for i in order { shuffled[i] = r.uint64(satellite: i / 20, tick: UInt64(i % 20), stream: .scenario) }
        #expect(shuffled == forward)
        #expect(Set(forward).count == forward.count)
        // Any change of seed, satellite, tick, stream or draw changes the word.
        let base = r.uint64(satellite: 3, tick: 7, stream: .randomFaults)
        #expect(CounterRandom(seed: 43).uint64(satellite: 3, tick: 7, stream: .randomFaults) != base)
        #expect(r.uint64(satellite: 4, tick: 7, stream: .randomFaults) != base)
        #expect(r.uint64(satellite: 3, tick: 8, stream: .randomFaults) != base)
        #expect(r.uint64(satellite: 3, tick: 7, stream: .faultDetail) != base)
        #expect(r.uint64(satellite: 3, tick: 7, stream: .randomFaults, draw: 1) != base)
    }

    @Test func uniformsHaveTheoreticalMeanAndVariance() {
        // U(0,1): mean 1/2, variance 1/12. Standard errors for n draws: sqrt(1/12/n) for the
        // mean, sqrt((1/80 − 1/144)/n) for the variance (fourth central moment 1/80). Bound: 5σ.
        let r = CounterRandom(seed: 7)
        let n = 200_000
        var sum = 0.0, sumSq = 0.0, minU = 1.0, maxU = 0.0
        for i in 0..<n {
            let u = r.uniform(satellite: i % 1000, tick: UInt64(i / 1000), stream: .scenario)
            sum += u; sumSq += u * u; minU = min(minU, u); maxU = max(maxU, u)
        }
        let mean = sum / Double(n), variance = sumSq / Double(n) - mean * mean
        #expect(abs(mean - 0.5) < 5 * (1.0 / 12 / Double(n)).squareRoot())
        #expect(abs(variance - 1.0 / 12) < 5 * ((1.0 / 80 - 1.0 / 144) / Double(n)).squareRoot())
        #expect(minU >= 0 && maxU < 1)
    }

    @Test(arguments: [0.05, 0.5, 3.0, 9.5, 10.0, 30.0, 250.0])
    func poissonHasMeanAndVarianceLambda(lambda: Double) {
        // Poisson(λ): mean λ, variance λ; SE(mean) = sqrt(λ/n); SE(variance) ≈ sqrt((μ4 − σ⁴)/n)
        // with μ4 = λ + 3λ², i.e. sqrt((λ + 2λ²)/n). Bound: 5σ.
        let r = CounterRandom(seed: 2026)
        let n = 40_000
        var sum = 0.0, sumSq = 0.0
        for i in 0..<n {
            let k = Double(r.poisson(mean: lambda, satellite: i, tick: 1, stream: .scenario))
            sum += k; sumSq += k * k
        }
        let mean = sum / Double(n), variance = sumSq / Double(n) - mean * mean
        #expect(abs(mean - lambda) < 5 * (lambda / Double(n)).squareRoot())
        #expect(abs(variance - lambda) < 5 * ((lambda + 2 * lambda * lambda) / Double(n)).squareRoot())
    }

    @Test(arguments: [(3.0, 2), (30.0, 30), (30.0, 25), (250.0, 250)])
    func poissonProbabilityOfOneValueMatchesPmf(lambda: Double, k: Int) {
        // P(K = k) = e^−λ λ^k / k!, computed in logs; the frequency over n draws has binomial
        // SE sqrt(p(1−p)/n). Bound: 5σ. This checks the shape of PTRS, not only its moments.
        let p = exp(-lambda + Double(k) * log(lambda) - lgamma(Double(k) + 1))
        let r = CounterRandom(seed: 99)
        let n = 60_000
        var hits = 0
        for i in 0..<n where r.poisson(mean: lambda, satellite: i, tick: 5, stream: .scenario) == k { hits += 1 }
        #expect(abs(Double(hits) / Double(n) - p) < 5 * (p * (1 - p) / Double(n)).squareRoot())
    }

    @Test func exponentialHasItsMean() {
        // Exp(mean m): SE of the sample mean m/sqrt(n). Bound: 5σ.
        let r = CounterRandom(seed: 11)
        let n = 100_000, m = 3600.0
        var sum = 0.0
        for i in 0..<n { sum += r.exponential(mean: m, satellite: i, tick: 0, stream: .scenario) }
        #expect(abs(sum / Double(n) - m) < 5 * m / Double(n).squareRoot())
    }

    @Test func poissonOfZeroRateIsZero() {
        #expect(CounterRandom(seed: 1).poisson(mean: 0, satellite: 0, tick: 0, stream: .scenario) == 0)
    }
}
