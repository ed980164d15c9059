import Testing
@testable import ConstellationSim

@Suite struct JulianDateTests {
    @Test func j2000IsTheKnownJulianDate() {
        // 2000-01-01 12:00 UTC is JD 2451545.0 by definition.
        #expect(JulianDate(year: 2000, month: 1, day: 1, hour: 12).value == 2_451_545.0)
    }

    @Test func vallado_example_3_4() {
        // Vallado, Fundamentals of Astrodynamics, Example 3-4: 1996-10-26 14:20:00 UTC → JD 2450383.09722222.
        let jd = JulianDate(year: 1996, month: 10, day: 26, hour: 14, minute: 20)
        #expect(abs(jd.value - 2_450_383.097_222_22) < 1e-8)
    }

    @Test func roundTripsThroughCalendarFields() {
        let jd = JulianDate(year: 2026, month: 3, day: 20, hour: 23, minute: 59, second: 30)
        #expect(jd.utcString == "2026-03-20 23:59:30")
        #expect(jd.adding(seconds: 45).utcString == "2026-03-21 00:00:15")
    }
}

@Suite struct FramesTests {
    @Test func gmstMatchesValladoExample_3_5() {
        // Vallado Example 3-5: 1992-08-20 12:14 UT1 → GMST 152.578787886°.
        let jd = JulianDate(year: 1992, month: 8, day: 20, hour: 12, minute: 14)
        #expect(abs(degrees(greenwichMeanSiderealTime(jd.value)) - 152.578_787_886) < 1e-6)
    }

    @Test func geodeticRoundTrip() {
        for (lat, lon, h) in [(0.0, 0.0, 0.0), (45.0, -120.0, 550.0), (-89.5, 10.0, 650.0), (89.99, 170.0, 2000.0)] {
            let g = Geodetic(latitudeDeg: lat, longitudeDeg: lon, altitudeKm: h)
            let back = Geodetic(earthFixed: g.earthFixed)
            #expect(abs(back.latitudeDeg - lat) < 1e-9)
            #expect(abs(back.longitudeDeg - lon) < 1e-9)
            #expect(abs(back.altitudeKm - h) < 1e-6)
        }
    }

    @Test func poleRadiusIsSemiMinorAxis() {
        // b = a (1 − f) = 6356.752314 km.
        let g = Geodetic(earthFixed: SIMD3(0, 0, 6356.752_314_245))
        #expect(abs(g.altitudeKm) < 1e-6)
        #expect(abs(g.latitudeDeg - 90) < 1e-9)
    }
}
