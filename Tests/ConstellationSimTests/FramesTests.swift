import Foundation
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

@Suite struct GeodeticClosedFormTests {
    /// Bowring's two-step conversion agrees with the iterated conversion from deep inside
    /// the Earth to beyond GEO, at every latitude including the poles' neighbourhood.
    @Test func closedFormMatchesIteration() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let radius = Double.random(in: 6_000...45_000, using: &generator)
            let lat = Double.random(in: -89.9...89.9, using: &generator) * .pi / 180
            let lon = Double.random(in: -.pi ... .pi, using: &generator)
            let r = SIMD3(radius * cos(lat) * cos(lon), radius * cos(lat) * sin(lon), radius * sin(lat))
            let fast = Geodetic.closedForm(r), slow = Geodetic.iterated(r)
            #expect(abs(fast.latitudeDeg - slow.latitudeDeg) < 1e-11)
            #expect(abs(fast.longitudeDeg - slow.longitudeDeg) < 1e-12)
            #expect(abs(fast.altitudeKm - slow.altitudeKm) < 1e-8)
        }
    }

    /// A point given geodetically comes back to itself (hand-checkable round trip).
    @Test(arguments: [(0.0, 0.0, 0.0), (90.0, 0.0, 500.0), (-90.0, 0.0, 0.0), (45.0, 10.0, 550.0), (-33.4, -70.7, 0.5), (78.2, 15.4, 1200.0),
                      (89.99, 100.0, 35_786.0)])
    func roundTripsAGeodeticPoint(_ lat: Double, _ lon: Double, _ h: Double) {
        let g = Geodetic(earthFixed: Geodetic(latitudeDeg: lat, longitudeDeg: lon, altitudeKm: h).earthFixed)
        #expect(abs(g.latitudeDeg - lat) < 1e-9 && abs(g.longitudeDeg - lon) < 1e-9 && abs(g.altitudeKm - h) < 1e-7)
    }
}
