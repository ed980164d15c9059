import Testing
@testable import ConstellationSim

@Suite struct ComputeTests {
    @Test(arguments: [
        (90.0, 6.0, 12.0),      // 6 h + 90°/15 = 12 h
        (-75.0, 2.0, 21.0),     // 2 h − 5 h = −3 h → 21 h
        (180.0, 12.0, 0.0),     // 12 h + 12 h = 24 h → 0 h
        (-180.0, 12.0, 0.0),
        (7.5, 23.75, 0.25),     // 23.75 + 0.5 = 24.25 → 0.25
    ])
    func localSolarTimeFromLongitudeAndUTC(longitudeDeg: Double, utcHours: Double, expected: Double) {
        #expect(abs(LocalSolarTime.hours(longitudeDeg: longitudeDeg, utcHours: utcHours) - expected) < 1e-12)
    }

    @Test func utcHoursOfAJulianDate() {
        // 2026-03-20 18:30:00 UTC → 18.5 h; 12:00 → 12 h (JD boundary); moved 7 h → 01:30.
        let jd = JulianDate(year: 2026, month: 3, day: 20, hour: 18, minute: 30)
        #expect(abs(LocalSolarTime.utcHours(jd) - 18.5) < 1e-6)
        #expect(abs(LocalSolarTime.utcHours(JulianDate(year: 2026, month: 3, day: 20, hour: 12)) - 12) < 1e-6)
        #expect(abs(LocalSolarTime.utcHours(jd.adding(seconds: 7 * 3600)) - 1.5) < 1e-6)
    }

    @Test func diurnalCurveInterpolatesTheHourlyTable() {
        #expect(InferenceDemandModel.diurnal(localSolarHours: 21) == 1)
        #expect(abs(InferenceDemandModel.diurnal(localSolarHours: 4.5) - 0.36) < 1e-12)    // (0.35 + 0.37)/2
        #expect(abs(InferenceDemandModel.diurnal(localSolarHours: 23.5) - 0.70) < 1e-12)   // (0.78 + 0.62)/2
        #expect(abs(InferenceDemandModel.diurnal(localSolarHours: 24.25) - 0.59) < 1e-12)  // 0.62 − 0.25·0.12
    }

    @Test func populationWeightsByBand() {
        #expect(InferenceDemandModel.populationWeight(latitudeDeg: 25) == 1)                 // 20–30° N
        #expect(abs(InferenceDemandModel.populationWeight(latitudeDeg: 35) - 0.21 / 0.25) < 1e-15)
        #expect(abs(InferenceDemandModel.populationWeight(latitudeDeg: -45) - 0.002 / 0.25) < 1e-15)
        #expect(InferenceDemandModel.populationWeight(latitudeDeg: 90) == 0)
        #expect(InferenceDemandModel.populationWeight(latitudeDeg: -90) == 0)
        let shares = InferenceDemandModel.populationShareByBand
        #expect(abs(shares.reduce(0, +) - 1) < 0.01)
        #expect(abs(shares[9...].reduce(0, +) - 0.87) < 0.01)   // ≈ 87 % in the north
    }

    @Test func inferenceDemandByHand() {
        // Peak 0.9 at 25° N; longitude 30° E at 18:00 UTC → 20:00 LST (0.99); at 35° N: × 0.21/0.25 = 0.84.
        let m = InferenceDemandModel(peakUtilization: 0.9)
        #expect(abs(m.demand(latitudeDeg: 25, longitudeDeg: 30, utcHours: 18) - 0.891) < 1e-12)
        #expect(abs(m.demand(latitudeDeg: 35, longitudeDeg: 30, utcHours: 18) - 0.891 * 0.21 / 0.25) < 1e-12)
    }
}
