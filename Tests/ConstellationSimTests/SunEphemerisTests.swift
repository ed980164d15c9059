import Foundation
import Testing
@testable import ConstellationSim

@Suite struct SunEphemerisTests {
    /// Angle difference in degrees, wrapped to −180…180.
    private func degreesApart(_ aRad: Double, _ bDeg: Double) -> Double {
        var d = degrees(aRad) - bDeg
        d -= 360 * (d / 360).rounded()
        return abs(d)
    }

    @Test func matchesMeeusExample25a() {
        // Meeus, Astronomical Algorithms (2nd ed.), Example 25.a: 1992 October 13.0 TD
        // (JD 2448908.5): apparent α = 198.38083° (13h13m31.4s), δ = −7.78507°,
        // R = 0.99766 AU. Hand computation with the Almanac formulas: n = −2636.5,
        // L = 201.8006°, g = 278.9928°, λ = 201.8006 + 1.915 sin g + 0.020 sin 2g = 199.9030°,
        // ε = 23.44005°, R = 1.00014 − 0.01671 cos g − 0.00014 cos 2g = 0.997661 AU.
        let sun = SunEphemeris.position(julianDate: 2_448_908.5)
        #expect(degreesApart(sun.eclipticLongitudeRad, 199.9030) < 1e-3)
        #expect(degreesApart(sun.rightAscensionRad, 198.38083) < 0.01)
        #expect(abs(degrees(sun.declinationRad) - -7.78507) < 0.01)
        #expect(abs(sun.distanceAU - 0.99766) < 1e-4)
    }

    @Test func positionVectorIsDistanceAlongDirection() {
        let sun = SunEphemeris.position(julianDate: 2_448_908.5)
        let lengthKm = (sun.positionKm * sun.positionKm).sum().squareRoot()
        #expect(abs(lengthKm - 0.997_661_21 * 149_597_870.7) < 5)  // R to 8 digits, by hand
        #expect(abs((sun.direction * sun.direction).sum() - 1) < 1e-12)
        // α, δ recomputed from the vector: tan α = y/x, sin δ = z/|r|.
        #expect(abs(sun.positionKm.z / lengthKm - sin(sun.declinationRad)) < 1e-12)
    }

    /// 2026 seasons (USNO / timeanddate, UTC): the declination is 0 at the equinoxes and
    /// ±ε (23.435° in 2026 by the Almanac's ε = 23.439° − 4e-7° n) at the solstices.
    @Test(arguments: [
        (2026, 3, 20, 14, 46, 0.0),
        (2026, 6, 21, 8, 24, 23.435),
        (2026, 9, 23, 0, 5, 0.0),
        (2026, 12, 21, 20, 50, -23.435),
    ])
    func declinationAtEquinoxesAndSolstices(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, declinationDeg: Double
    ) {
        let sun = SunEphemeris.position(at: JulianDate(year: year, month: month, day: day, hour: hour, minute: minute))
        #expect(abs(degrees(sun.declinationRad) - declinationDeg) < 0.02)
    }

    @Test func perihelionAndAphelion2021MatchDE405() {
        // neoprogrammics.com Earth perihelion/aphelion calculator (JPL DE405), 2021:
        // perihelion 2021-01-02 13:50:31 UT, 0.983257060 AU, α 283.4613390°, δ −22.859901°;
        // aphelion 2021-07-05 22:27:03 UT, 1.016729224 AU.
        let perihelion = SunEphemeris.position(at: JulianDate(year: 2021, month: 1, day: 2, hour: 13, minute: 50, second: 31))
        #expect(abs(perihelion.distanceAU - 0.983_257_060) < 1e-4)
        #expect(degreesApart(perihelion.rightAscensionRad, 283.461_339_0) < 0.01)
        #expect(abs(degrees(perihelion.declinationRad) - -22.859_901) < 0.01)
        let aphelion = SunEphemeris.position(at: JulianDate(year: 2021, month: 7, day: 5, hour: 22, minute: 27, second: 3))
        #expect(abs(aphelion.distanceAU - 1.016_729_224) < 1e-4)
    }

    @Test func fluxSpansTheReferenceRangeOverTheYear() {
        // REFERENCE.md: 1317–1408 W/m² over the year = 1361 / 1.0167² … 1361 / 0.9833².
        let january = SunEphemeris.position(at: JulianDate(year: 2026, month: 1, day: 3, hour: 17))
        let july = SunEphemeris.position(at: JulianDate(year: 2026, month: 7, day: 6, hour: 17))
        #expect(abs(SolarFlux.irradianceWm2(distanceAU: january.distanceAU) - 1408) < 1)
        #expect(abs(SolarFlux.irradianceWm2(distanceAU: july.distanceAU) - 1317) < 1)
        #expect(abs(SolarFlux.irradianceWm2(distanceAU: 1) - 1361) < 1e-9)
    }
}
