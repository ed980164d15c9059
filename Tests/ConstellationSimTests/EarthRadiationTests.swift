import Foundation
import Testing
@testable import ConstellationSim

@Suite struct EarthRadiationTests {
    // Hand values at 550 km: r = 6928.137 km, F = (6378.137 / 6928.137)² = 0.847 529.
    private let viewFactor550 = 0.847_529_36

    @Test func viewFactorAndInfraredAt550Km() {
        #expect(abs(EarthRadiation.viewFactor(radiusKm: 6928.137) - viewFactor550) < 1e-6)
        // 237 × 0.84752936 = 200.8645 W/m².
        #expect(abs(EarthRadiation.infraredFluxWm2(radiusKm: 6928.137) - 200.8645) < 1e-3)
    }

    @Test func albedoFollowsTheSunZenithUnderTheSatellite() {
        // 0.30 × 1361 × 0.84752936 = 346.046 W/m² at local noon; half at 60° zenith; none at night.
        #expect(abs(EarthRadiation.albedoFluxWm2(radiusKm: 6928.137, cosSunZenith: 1, solarFluxWm2: 1361) - 346.046) < 0.01)
        #expect(abs(EarthRadiation.albedoFluxWm2(radiusKm: 6928.137, cosSunZenith: 0.5, solarFluxWm2: 1361) - 173.02) < 0.01)
        #expect(EarthRadiation.albedoFluxWm2(radiusKm: 6928.137, cosSunZenith: -0.3, solarFluxWm2: 1361) == 0)
    }

    @Test func radiantEnvironmentAtTheSubsolarPoint() {
        let sun = SunPosition(
            positionKm: SIMD3(CircularOrbitFixture.auKm, 0, 0), direction: SIMD3(1, 0, 0), distanceAU: 1,
            eclipticLongitudeRad: 0, rightAscensionRad: 0, declinationRad: 0
        )
        let noon = RadiantEnvironment(satelliteKm: SIMD3(6928.137, 0, 0), sun: sun)
        #expect(noon.litFraction == 1)
        #expect(noon.cosSunZenith == 1)
        // 1361 × (1 AU / (1 AU − 6928.137 km))² = 1361 × (1 + 9.26e-5) = 1361.126 W/m².
        #expect(abs(noon.solarFluxWm2 - 1361.126) < 1e-3)
        #expect(abs(noon.albedoFluxWm2 - 0.30 * 1361.126 * viewFactor550) < 1e-3)
        let midnight = RadiantEnvironment(satelliteKm: SIMD3(-6928.137, 0, 0), sun: sun)
        #expect(midnight.litFraction == 0)
        #expect(midnight.albedoFluxWm2 == 0)
        #expect(abs(midnight.earthIRFluxWm2 - 200.8645) < 1e-3)
    }

    @Test(arguments: [0.0, 23.0, -45.0, 67.0, 89.0])
    func betaAngleOfATiltedOrbit(betaDeg: Double) {
        // The test orbit is built with its normal at (sin β, 0, cos β) to a sun on +x;
        // velocity is the derivative of the position with respect to u.
        let beta = radians(betaDeg)
        let r = CircularOrbitFixture.position(altitudeKm: 550, betaRad: beta, uRad: 0.3)
        let ahead = CircularOrbitFixture.position(altitudeKm: 550, betaRad: beta, uRad: 0.3 + 1e-6)
        let v = (ahead - r) / 1e-6
        #expect(abs(degrees(BetaAngle.radians(positionKm: r, velocityKmPerS: v, sunDirection: SIMD3(1, 0, 0))) - betaDeg) < 1e-6)
    }

    @Test func dawnDuskBetaAtTheEquinox() {
        // Normal of an orbit with RAAN Ω, inclination i: (sin Ω sin i, −cos Ω sin i, cos i).
        // With Ω = α☉ + 90° and δ☉ = 0: n̂ · ŝ = sin i ⇒ β = 180° − 97.99° = 82.01°.
        let i = radians(97.99), raan = Double.pi / 2
        let normal = SIMD3(sin(raan) * sin(i), -cos(raan) * sin(i), cos(i))
        #expect(abs(degrees(BetaAngle.radians(orbitNormal: normal, sunDirection: SIMD3(1, 0, 0))) - 82.01) < 1e-9)
    }

    @Test func switchesDefaultOnAndAllOffIsOff() {
        #expect(EnvironmentSwitches() == EnvironmentSwitches(albedo: true, earthIR: true, solarHeating: true))
        #expect(!EnvironmentSwitches.allOff.albedo && !EnvironmentSwitches.allOff.earthIR && !EnvironmentSwitches.allOff.solarHeating)
    }
}
