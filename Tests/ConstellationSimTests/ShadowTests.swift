import Foundation
import Testing
@testable import ConstellationSim

/// Circular-orbit geometry built inside the tests (the J2 propagator lives elsewhere).
enum CircularOrbitFixture {
    static let earthRadiusKm = 6378.137
    static let muKm3PerS2 = 398_600.4418
    static let auKm = 149_597_870.7

    static func periodS(altitudeKm: Double) -> Double {
        let r = earthRadiusKm + altitudeKm
        return 2 * Double.pi * (r * r * r / muKm3PerS2).squareRoot()
    }

    /// Position at argument `u` on an orbit whose plane is tilted so that a sun on +x
    /// makes beta angle β with it: normal n̂ = (sin β, 0, cos β), in-plane axes
    /// (0, 1, 0) and n̂ × (0, 1, 0) = (−cos β, 0, sin β). u = 90° is orbit midnight.
    static func position(altitudeKm: Double, betaRad: Double, uRad: Double) -> SIMD3<Double> {
        let r = earthRadiusKm + altitudeKm
        return r * (cos(uRad) * SIMD3(0, 1, 0) + sin(uRad) * SIMD3(-cos(betaRad), 0, sin(betaRad)))
    }

    /// Position from classical elements of a circular orbit: RAAN Ω, inclination i,
    /// argument of latitude u.
    static func position(altitudeKm: Double, raanRad: Double, inclinationRad: Double, uRad: Double) -> SIMD3<Double> {
        let r = earthRadiusKm + altitudeKm
        let (cO, sO, ci, si, cu, su) = (cos(raanRad), sin(raanRad), cos(inclinationRad), sin(inclinationRad), cos(uRad), sin(uRad))
        return r * SIMD3(cO * cu - sO * su * ci, sO * cu + cO * su * ci, su * si)
    }

    static let sunOnXKm = SIMD3(auKm, 0, 0)

    /// Mean unlit fraction (∫(1 − lit) / period) over one orbit sampled at `samples` points.
    static func eclipseFraction(altitudeKm: Double, betaRad: Double, samples: Int = 36_000) -> Double {
        var dark = 0.0
        for k in 0..<samples {
            let u = 2 * Double.pi * Double(k) / Double(samples)
            dark += 1 - Shadow.litFraction(satelliteKm: position(altitudeKm: altitudeKm, betaRad: betaRad, uRad: u), sunKm: sunOnXKm)
        }
        return dark / Double(samples)
    }

    /// Cylindrical-shadow eclipse fraction, written out independently of the library:
    /// the orbit is dark while the satellite's distance from the shadow axis is below R⊕
    /// on the night side, i.e. for |u − 90°| < φ with cos φ = √(r² − R²) / (r cos β).
    static func cylindricalFraction(altitudeKm h: Double, betaRad: Double) -> Double {
        let r = earthRadiusKm + h
        let cosPhi = (r * r - earthRadiusKm * earthRadiusKm).squareRoot() / (r * cos(betaRad))
        return cosPhi >= 1 ? 0 : acos(cosPhi) / Double.pi
    }
}

@Suite struct ShadowTests {
    /// REFERENCE.md, worst-case (β = 0) eclipse, cylindrical: fraction of the orbit.
    @Test(arguments: [(400.0, 0.390), (550.0, 0.372), (650.0, 0.362), (1000.0, 0.332)])
    func betaZeroEclipseMatchesCylindricalWithinOnePercent(altitudeKm: Double, referenceFraction: Double) {
        let cylindrical = CircularOrbitFixture.cylindricalFraction(altitudeKm: altitudeKm, betaRad: 0)
        #expect(abs(cylindrical - referenceFraction) < 0.0006)  // the table is rounded to 0.1 %
        #expect(abs(BetaAngle.cylindricalEclipseFraction(altitudeKm: altitudeKm, betaRad: 0) - cylindrical) < 1e-12)
        let conical = CircularOrbitFixture.eclipseFraction(altitudeKm: altitudeKm, betaRad: 0)
        #expect(abs(conical - cylindrical) < 0.01 * cylindrical)
    }

    @Test func eclipseShortensWithBetaLikeTheCylinder() {
        let beta = radians(40)
        let cylindrical = CircularOrbitFixture.cylindricalFraction(altitudeKm: 550, betaRad: beta)
        let conical = CircularOrbitFixture.eclipseFraction(altitudeKm: 550, betaRad: beta)
        #expect(abs(conical - cylindrical) < 0.01 * cylindrical)
    }

    @Test func noEclipseAboveBetaStar() {
        // β* = asin(R⊕ / (R⊕ + h)): REFERENCE.md 550 km 67.0°, 650 km 65.2°.
        #expect(abs(degrees(BetaAngle.noEclipseLimitRad(altitudeKm: 550)) - 67.0) < 0.05)
        #expect(abs(degrees(BetaAngle.noEclipseLimitRad(altitudeKm: 650)) - 65.2) < 0.05)
        let betaStar = asin(6378.137 / (6378.137 + 550))
        #expect(CircularOrbitFixture.eclipseFraction(altitudeKm: 550, betaRad: betaStar + radians(0.5), samples: 7200) == 0)
        #expect(CircularOrbitFixture.eclipseFraction(altitudeKm: 550, betaRad: betaStar - radians(2), samples: 7200) > 0)
    }

    @Test func penumbraIsPartialMonotoneAndLastsTwoSunRadii() {
        // Shadow entry at β = 0, 550 km is at u = 90° − φ (φ from the cylinder); sample ±60 s
        // around it every 0.05 s.
        let h = 550.0
        let period = CircularOrbitFixture.periodS(altitudeKm: h)
        let rate = 2 * Double.pi / period
        let entry = Double.pi / 2 - Double.pi * CircularOrbitFixture.cylindricalFraction(altitudeKm: h, betaRad: 0)
        var previous = 1.0
        var partialSeconds = 0.0
        let stepS = 0.05
        for k in -1200...1200 {
            let u = entry + rate * Double(k) * stepS
            let lit = Shadow.litFraction(satelliteKm: CircularOrbitFixture.position(altitudeKm: h, betaRad: 0, uRad: u), sunKm: CircularOrbitFixture.sunOnXKm)
            #expect(lit <= previous + 1e-12)
            #expect(lit >= 0 && lit <= 1)
            if lit > 0 && lit < 1 { partialSeconds += stepS }
            previous = lit
        }
        #expect(previous == 0)
        // The apparent separation sweeps the 2a-wide penumbra (a = asin(R☉ / 1 AU) = 0.2665°)
        // at the orbital rate, to within the 0.003° parallax of the sun: 8.5 s at 550 km.
        let expectedS = 2 * asin(695_700 / CircularOrbitFixture.auKm) / rate
        #expect(abs(partialSeconds - expectedS) < 0.05 * expectedS)
    }

    @Test func halfTheSunIsHiddenWhenTheLimbCrossesItsCentre() {
        // Put the satellite where the Earth's limb passes through the sun's centre
        // (apparent separation c = Earth's apparent radius b), found by bisection on the
        // orbit; the covered part of the sun is then a half disk, less a sliver from the
        // limb's curvature (≈ 2a / (3π b) ≈ 0.1 %).
        let h = 550.0, sun = CircularOrbitFixture.sunOnXKm
        func excess(_ u: Double) -> Double {
            let r = CircularOrbitFixture.position(altitudeKm: h, betaRad: 0, uRad: u)
            let toSun = sun - r
            let c = acos(-(r * toSun).sum() / ((r * r).sum().squareRoot() * (toSun * toSun).sum().squareRoot()))
            return c - asin(6378.137 / (r * r).sum().squareRoot())
        }
        var lo = 0.0, hi = Double.pi / 2  // terminator (lit), orbit midnight (dark)
        for _ in 0..<80 {
            let mid = (lo + hi) / 2
            if excess(mid) > 0 { lo = mid } else { hi = mid }
        }
        let lit = Shadow.litFraction(satelliteKm: CircularOrbitFixture.position(altitudeKm: h, betaRad: 0, uRad: lo), sunKm: sun)
        #expect(abs(lit - 0.5) < 0.005)
    }

    @Test func dawnDuskOrbitIsSunlitAtTheMarchEquinox() {
        // 650 km, i = 97.99°, RAAN 90° east of the sun (18:00 ascending node).
        let sun = SunEphemeris.position(at: JulianDate(year: 2026, month: 3, day: 20, hour: 14, minute: 46))
        let raan = sun.rightAscensionRad + Double.pi / 2
        var minimum = 1.0
        for k in 0..<7200 {
            let u = 2 * Double.pi * Double(k) / 7200
            let r = CircularOrbitFixture.position(altitudeKm: 650, raanRad: raan, inclinationRad: radians(97.99), uRad: u)
            minimum = min(minimum, Shadow.litFraction(satelliteKm: r, sunKm: sun.positionKm))
        }
        #expect(minimum == 1)
    }

    @Test func dawnDuskEclipseSeasonMatchesReference() {
        // REFERENCE.md: a dawn–dusk SSO at 650 km eclipses only ≈ 85–90 days a year, at
        // most ≈ 20 min a revolution. RAAN is kept 90° east of the sun, as the
        // sun-synchronous precession does.
        let period = CircularOrbitFixture.periodS(altitudeKm: 650)
        let samples = 1200, dtS = period / Double(samples)
        var eclipseDays = 0
        var longestS = 0.0
        for day in 0..<365 {
            let date = JulianDate(year: 2026, month: 1, day: 1, hour: 12).adding(seconds: Double(day) * 86_400)
            let sun = SunEphemeris.position(at: date)
            let raan = sun.rightAscensionRad + Double.pi / 2
            var darkS = 0.0
            for k in 0..<samples {
                let u = 2 * Double.pi * Double(k) / Double(samples)
                let r = CircularOrbitFixture.position(altitudeKm: 650, raanRad: raan, inclinationRad: radians(97.99), uRad: u)
                darkS += (1 - Shadow.litFraction(satelliteKm: r, sunKm: sun.positionKm)) * dtS
            }
            if darkS > 0 { eclipseDays += 1 }
            longestS = max(longestS, darkS)
        }
        #expect((80...95).contains(eclipseDays))
        #expect(longestS > 18 * 60 && longestS < 21 * 60)
    }

    @Test func insideTheEarthIsDarkAndFarSunwardIsLit() {
        #expect(Shadow.litFraction(satelliteKm: SIMD3(1000, 0, 0), sunKm: CircularOrbitFixture.sunOnXKm) == 0)
        #expect(Shadow.litFraction(satelliteKm: SIMD3(7000, 0, 0), sunKm: CircularOrbitFixture.sunOnXKm) == 1)
        #expect(Shadow.litFraction(satelliteKm: SIMD3(-7000, 0, 0), sunKm: CircularOrbitFixture.sunOnXKm) == 0)
    }
}
