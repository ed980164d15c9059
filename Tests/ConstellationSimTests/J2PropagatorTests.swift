import Foundation
import Testing
@testable import ConstellationSim

@Suite struct J2PropagatorTests {
    @Test func periodAt550kmIsAbout95_6Minutes() {
        // Two-body: T = 2π √(a³/μ), a = 6928.137 km → 95.65 min; J2 shifts it by < 0.1 min.
        let elements = OrbitalElements.circular(altitudeKm: 550, inclinationDeg: 53, raanDeg: 0, argumentOfLatitudeDeg: 0)
        let a = 6928.137
        let keplerMinutes = 2 * Double.pi * (a * a * a / 398_600.4418).squareRoot() / 60
        #expect(abs(keplerMinutes - 95.65) < 0.01)
        let nodalMinutes = J2SecularRates(elements).nodalPeriodS / 60
        #expect(abs(nodalMinutes - 95.6) < 0.15)
    }

    @Test func nodalRegressionOf53DegreeShellAt550km() {
        // Ω̇ = −(3/2) J2 (R/a)² n cos i ≈ −4.5°/day for a 53°, 550 km circular orbit.
        let elements = OrbitalElements.circular(altitudeKm: 550, inclinationDeg: 53, raanDeg: 0, argumentOfLatitudeDeg: 0)
        let perDay = degrees(J2SecularRates(elements).raanRadPerS) * 86_400
        #expect(abs(perDay - (-4.5)) < 0.1)
    }

    @Test func sunSynchronousAt650kmPrecessesWithTheSun() {
        let inclination = sunSynchronousInclinationDeg(altitudeKm: 650)
        #expect(abs(inclination - 97.99) < 0.02)
        let elements = OrbitalElements.circular(altitudeKm: 650, inclinationDeg: 97.99, raanDeg: 0, argumentOfLatitudeDeg: 0)
        let perDay = degrees(J2SecularRates(elements).raanRadPerS) * 86_400
        // 360° / 365.2422 d = 0.9856°/day.
        #expect(abs(perDay - 0.9856) < 0.002)
    }

    @Test func circularOrbitKeepsRadiusAndSpeed() {
        let elements = OrbitalElements.circular(altitudeKm: 550, inclinationDeg: 53, raanDeg: 40, argumentOfLatitudeDeg: 10)
        let propagator = J2Propagator(elements)
        let n = propagator.rates.meanAnomalyRadPerS
        for t in stride(from: 0.0, through: 20_000, by: 1234.5) {
            let s = propagator.state(atSecondsSinceEpoch: t)
            #expect(abs((s.position * s.position).sum().squareRoot() - 6928.137) < 1e-9)
            #expect(abs((s.velocity * s.velocity).sum().squareRoot() - 6928.137 * n) < 1e-9)
            // Velocity is perpendicular to position on a circle.
            #expect(abs((s.position * s.velocity).sum()) < 1e-6)
        }
    }

    @Test func inclinationBoundsLatitude() {
        // The highest geocentric latitude reached equals the inclination.
        let elements = OrbitalElements.circular(altitudeKm: 550, inclinationDeg: 53, raanDeg: 0, argumentOfLatitudeDeg: 0)
        let propagator = J2Propagator(elements)
        var highest = 0.0
        for t in stride(from: 0.0, to: 5800, by: 5) {
            let r = propagator.state(atSecondsSinceEpoch: t).position
            highest = max(highest, degrees(asin(r.z / (r * r).sum().squareRoot())))
        }
        #expect(abs(highest - 53) < 0.01)
    }

    @Test func ellipticOrbitMatchesVisViva() {
        // Vis-viva: v² = μ (2/r − 1/a), at every point of a Molniya-like orbit.
        let elements = OrbitalElements(semiMajorAxisKm: 26_600, eccentricity: 0.74, inclinationRad: radians(63.4),
                                       raanRad: 1, argumentOfPerigeeRad: radians(270), meanAnomalyRad: 0.3)
        let propagator = J2Propagator(elements)
        for t in stride(from: 0.0, to: 43_000, by: 3001) {
            let s = propagator.state(atSecondsSinceEpoch: t)
            let r = (s.position * s.position).sum().squareRoot()
            let v2 = (s.velocity * s.velocity).sum()
            let visViva = 398_600.4418 * (2 / r - 1 / 26_600)
            // The J2-corrected mean motion makes speeds differ from two-body by O(J2).
            #expect(abs(v2 - visViva) / visViva < 2e-3)
            #expect(r >= 26_600 * (1 - 0.74) - 1e-6 && r <= 26_600 * (1 + 0.74) + 1e-6)
        }
    }
}

@Suite struct WalkerShellTests {
    @Test func layoutFollowsWalkerDelta() {
        let shell = WalkerShell(name: "t", altitudeKm: 550, inclinationDeg: 53, planes: 72, perPlane: 22, phasing: 17)
        #expect(shell.total == 1584)
        let e = shell.elements(plane: 3, slot: 5)
        #expect(abs(degrees(e.raanRad) - 15) < 1e-12)                     // 3 × 360/72
        #expect(abs(degrees(e.meanAnomalyRad) - (5 * 360.0 / 22 + 17 * 3 * 360.0 / 1584)) < 1e-12)
        #expect(shell.satelliteID(plane: 2, slot: 6) == "P03-S07")
        let big = WalkerShell(name: "b", altitudeKm: 550, inclinationDeg: 53, planes: 120, perPlane: 8, phasing: 1)
        #expect(big.satelliteID(plane: 0, slot: 0) == "P001-S01")
    }
}
