import Testing
@testable import ConstellationSim

@Suite struct RadiationTests {
    @Test func defaultsReproduceReferenceOrbitAverages() {
        // Assumed 7 % of the time inside the SAA. REFERENCE: 4e-7 upsets/bit/day;
        // 750 rad(Si) over 5 years = 750 / 1826.25 = 0.41068 rad(Si)/day.
        let p = RadiationParameters()
        let upsets = 0.07 * p.upsetsPerBitPerDayInsideSAA + 0.93 * p.upsetsPerBitPerDayOutsideSAA
        #expect(abs(upsets / 4e-7 - 1) < 1e-3)
        let fiveYearDose = (0.07 * p.doseRadSiPerDayInsideSAA + 0.93 * p.doseRadSiPerDayOutsideSAA) * 5 * 365.25
        #expect(abs(fiveYearDose / 750 - 1) < 1e-3)
        // 80 % of upsets inside: 0.07 · 4.571e-6 / 4e-7 = 0.800.
        #expect(abs(0.07 * p.upsetsPerBitPerDayInsideSAA / upsets - 0.8) < 1e-3)
    }

    @Test func doseAccumulatesByHand() {
        // 100 ticks of 60 s outside + 20 ticks of 60 s inside:
        // 6000 s · 0.1325/86400 + 1200 s · 4.107/86400 = 0.0092014 + 0.0570417 = 0.0662431 rad(Si).
        var state = RadiationState(doseRadSi: 0)
        let p = RadiationParameters(), rng = CounterRandom(seed: 1)
        for t in 0..<120 {
            _ = state.step(inSAA: t >= 100, dtS: 60, parameters: p, random: rng, satellite: 0, tick: UInt64(t))
        }
        #expect(abs(state.doseRadSi - 0.066_243_1) < 1e-7)
    }

    @Test(arguments: [(4e9, 20_000), (4e10, 2_000)])
    func upsetCountsMatchPoissonMeanOverManyTicks(bits: Double, ticks: Int) {
        // 4e9 bits inside the SAA, dt 10 s: λ = 4e9 · 4.571e-6 · 10 / 86400 = 2.11620 per tick.
        // Over 20,000 ticks the total is Poisson(42,324), σ = 205.7; with u = 0.1 the
        // uncorrectable total is Poisson(4,232.4), σ = 65.1. Bound: 5σ. Ten times the bits for a
        // tenth of the ticks gives the same totals through the λ ≥ 10 (PTRS, two-stream) path.
        var p = RadiationParameters()
        p.sensitiveBits = bits
        p.uncorrectableFraction = 0.1
        var state = RadiationState()
        let rng = CounterRandom(seed: 5)
        for t in 0..<ticks {
            _ = state.step(inSAA: true, dtS: 10, parameters: p, random: rng, satellite: 3, tick: UInt64(t))
        }
        let total = Double(state.correctableUpsets + state.uncorrectableUpsets)
        #expect(abs(total - 42_324) < 5 * 205.7)
        #expect(abs(Double(state.uncorrectableUpsets) - 4_232.4) < 5 * 65.1)
    }

    @Test func outsideTheAnomalyTheRateIsLower() {
        // λ outside = 4e9 · 8.602e-8 · 10 / 86400 = 0.039824 per tick; 20,000 ticks → 796.5, σ 28.2.
        var p = RadiationParameters()
        p.sensitiveBits = 4e9
        var state = RadiationState()
        for t in 0..<20_000 {
            _ = state.step(inSAA: false, dtS: 10, parameters: p, random: CounterRandom(seed: 6), satellite: 0, tick: UInt64(t))
        }
        #expect(abs(Double(state.correctableUpsets + state.uncorrectableUpsets) - 796.5) < 5 * 28.2)
    }

    @Test(arguments: [(0.0, 1.0, 1.0), (2_000.0, 1.0, 1.0), (8_500.0, 0.95, 1.0), (15_000.0, 0.90, 1.0),
                      (17_000.0, 0.90, 3.0), (25_000.0, 0.90, 11.0)])
    func degradationThresholds(doseRadSi: Double, throughput: Double, hazard: Double) {
        // Throughput: 1 − 0.10 · (D − 2000)/13000 between 2 and 15 krad, then 0.90.
        // Hazard: 1 + 1.0 · (D − 15000)/1000 above 15 krad.
        let p = RadiationParameters()
        #expect(abs(p.throughputFactor(doseRadSi: doseRadSi) - throughput) < 1e-12)
        #expect(abs(p.acceleratorHazardMultiplier(doseRadSi: doseRadSi) - hazard) < 1e-12)
    }
}
