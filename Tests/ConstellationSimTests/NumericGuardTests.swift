import Foundation
import Testing
@testable import ConstellationSim

/// Issue 14 D1, D4–D6: the engine's conversions from Double to Int survive any value a
/// file or flag can produce (they used to trap).
@Suite struct NumericGuardTests {
    /// D6: a huge, infinite or NaN mean gives a count in range instead of a trap.
    @Test(arguments: [1e300, Double.infinity, 1e13])
    func poissonCapsHugeMeans(_ lambda: Double) {
        let random = CounterRandom(seed: 1)
        #expect(random.poisson(mean: lambda, satellite: 0, tick: 1, stream: .correctableUpsets) == Int(poissonMeanLimit))
    }

    @Test func poissonOfNaNIsZero() {
        #expect(CounterRandom(seed: 1).poisson(mean: .nan, satellite: 0, tick: 1, stream: .correctableUpsets) == 0)
    }

    /// Below the cap the sampler is unchanged: a mean of 10⁹ draws within 10 σ of it.
    @Test func poissonBelowTheCapStaysNearTheMean() {
        let k = CounterRandom(seed: 1).poisson(mean: 1e9, satellite: 0, tick: 1, stream: .correctableUpsets)
        #expect(abs(Double(k) - 1e9) < 10 * 1e9.squareRoot())
    }

    /// D4/D5: a non-finite local time or latitude means no demand, not a trap.
    @Test func diurnalAndPopulationWeightTolerateNonFiniteInput() {
        #expect(InferenceDemandModel.diurnal(localSolarHours: .nan) == 0)
        #expect(InferenceDemandModel.diurnal(localSolarHours: .infinity) == 0)
        #expect(InferenceDemandModel.populationWeight(latitudeDeg: .nan) == 0)
        #expect(InferenceDemandModel.populationWeight(latitudeDeg: 1e308) == InferenceDemandModel.populationWeight(latitudeDeg: 90))
    }

    /// D1: durations past 100 years are not durations; formatting any Double is safe.
    @Test func durationTextBoundsAndFormatsHugeValues() {
        #expect(DurationText.seconds("1e308d") == nil)
        #expect(DurationText.seconds("99999999999999999999d") == nil)
        #expect(DurationText.seconds("36525d") == 3_155_760_000.0)
        #expect(DurationText.format(1e308) == "1e+308s")
        #expect(DurationText.format(.infinity) == "infs")
    }

    /// D1/D9: a run past `maximumTicks` is refused before any count becomes an Int; an
    /// interval past the run takes the first sample only.
    @Test func headlessRunBoundsItsTickCount() throws {
        let scenario = try ScenarioFile.parse("shells:\n  - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2}",
                                              source: "mine.yaml")
        #expect(throws: HeadlessRunError.tooManyTicks(durationS: 1e15, tickS: 10, limit: HeadlessRun.maximumTicks)) {
            try HeadlessRun(scenario: scenario, durationS: 1e15, everyS: 600)
        }
        let run = try HeadlessRun(scenario: scenario, durationS: 3600, everyS: 1e308)
        #expect(run.totalTicks == 360)
        #expect(run.ticksPerSample == HeadlessRun.maximumTicks + 1)
    }
}

/// Calendar fields of any Julian date, however damaged, convert without a trap.
@Suite struct JulianDateGuardTests {
    @Test(arguments: [1e300, -1e300, Double.nan, Double.infinity])
    func utcComponentsOfAbsurdDatesDoNotTrap(_ day: Double) {
        let c = JulianDate(day: day, fraction: 0).utcComponents
        #expect(c.hour == 0 && c.minute == 0)
    }
}
