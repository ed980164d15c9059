import Foundation

/// Secular J2 rates of an orbit: the first-order effect of Earth's oblateness on
/// the mean anomaly, the node and the perigee (Vallado, Fundamentals of
/// Astrodynamics, §9.6; Kozai 1959).
///
/// With p = a (1 − e²), k = (3/2) J2 (R⊕/p)²:
/// - Ṁ = n₀ [1 + (k/2) √(1 − e²) (3 cos² i − 1)]
/// - Ω̇ = −k n̄ cos i
/// - ω̇ = (k/2) n̄ (5 cos² i − 1)
/// where n₀ is the two-body mean motion and n̄ = Ṁ the J2-corrected one.
public struct J2SecularRates: Sendable, Hashable, Codable {
    /// Rate of the mean anomaly, rad/s.
    public var meanAnomalyRadPerS: Double
    /// Nodal regression (negative for prograde orbits), rad/s.
    public var raanRadPerS: Double
    /// Apsidal rotation, rad/s.
    public var argumentOfPerigeeRadPerS: Double

    public init(_ elements: OrbitalElements) {
        let e2 = elements.eccentricity * elements.eccentricity
        let p = elements.semiMajorAxisKm * (1 - e2)
        let ratio = WGS84.equatorialRadiusKm / p
        let k = 1.5 * WGS84.j2 * ratio * ratio
        let cosI = cos(elements.inclinationRad)
        let n0 = elements.keplerianMeanMotionRadPerS
        let nBar = n0 * (1 + 0.5 * k * (1 - e2).squareRoot() * (3 * cosI * cosI - 1))
        meanAnomalyRadPerS = nBar
        raanRadPerS = -k * nBar * cosI
        argumentOfPerigeeRadPerS = 0.5 * k * nBar * (5 * cosI * cosI - 1)
    }

    /// Nodal period (ascending node to ascending node), seconds.
    public var nodalPeriodS: Double { 2 * .pi / (meanAnomalyRadPerS + argumentOfPerigeeRadPerS) }
}

/// Analytic propagator with J2 secular drift: fast, allocation-free, exact for
/// the secular part. The fast propagator for designed shells (SGP4 serves TLE input).
public struct J2Propagator: Sendable, Hashable, Codable {
    public let elements: OrbitalElements
    public let rates: J2SecularRates
    /// cos i and sin i, fixed (J2 has no secular effect on the inclination).
    @usableFromInline let cosI: Double, sinI: Double

    public init(_ elements: OrbitalElements) {
        self.elements = elements
        self.rates = J2SecularRates(elements)
        cosI = cos(elements.inclinationRad)
        sinI = sin(elements.inclinationRad)
    }

    /// Inertial position (km) and velocity (km/s) `seconds` after the elements' epoch.
    @inlinable
    public func state(atSecondsSinceEpoch t: Double) -> (position: SIMD3<Double>, velocity: SIMD3<Double>) {
        let e = elements.eccentricity
        let raan = elements.raanRad + rates.raanRadPerS * t
        let cO = cos(raan), sO = sin(raan)
        if e < 1e-9 {
            // Circular: the argument of latitude θ = ω + M places the satellite directly.
            let theta = (elements.argumentOfPerigeeRad + elements.meanAnomalyRad
                + (rates.argumentOfPerigeeRadPerS + rates.meanAnomalyRadPerS) * t)
                .truncatingRemainder(dividingBy: 2 * .pi)
            let c = cos(theta), s = sin(theta)
            let a = elements.semiMajorAxisKm, speed = a * rates.meanAnomalyRadPerS
            let position = SIMD3(cO * c - sO * s * cosI, sO * c + cO * s * cosI, s * sinI) * a
            let velocity = SIMD3(-cO * s - sO * c * cosI, -sO * s + cO * c * cosI, c * sinI) * speed
            return (position, velocity)
        }
        let argp = elements.argumentOfPerigeeRad + rates.argumentOfPerigeeRadPerS * t
        let meanAnomaly = elements.meanAnomalyRad + rates.meanAnomalyRadPerS * t
        let a = elements.semiMajorAxisKm
        // Position and velocity in the perifocal frame.
        let n = rates.meanAnomalyRadPerS
        let E = solveKepler(meanAnomaly: meanAnomaly, eccentricity: e)
        let cE = cos(E), sE = sin(E)
        let root = (1 - e * e).squareRoot()
        let rP = SIMD2(a * (cE - e), a * root * sE)
        let eDot = n / (1 - e * cE)
        let vP = SIMD2(-a * sE * eDot, a * root * cE * eDot)
        let cw = cos(argp), sw = sin(argp)
        let ci = cosI, si = sinI
        // Columns of the perifocal-to-inertial rotation R3(−Ω) R1(−i) R3(−ω).
        let pAxis = SIMD3(cO * cw - sO * sw * ci, sO * cw + cO * sw * ci, sw * si)
        let qAxis = SIMD3(-cO * sw - sO * cw * ci, -sO * sw + cO * cw * ci, cw * si)
        return (pAxis * rP.x + qAxis * rP.y, pAxis * vP.x + qAxis * vP.y)
    }
}

/// Eccentric anomaly from mean anomaly by Newton's method (e < 1), rad.
@inlinable
public func solveKepler(meanAnomaly: Double, eccentricity e: Double) -> Double {
    let m = meanAnomaly.truncatingRemainder(dividingBy: 2 * .pi)
    var E = e < 0.8 ? m : .pi
    for _ in 0..<30 {
        let f = E - e * sin(E) - m
        let step = f / (1 - e * cos(E))
        E -= step
        if abs(step) < 1e-13 { break }
    }
    return E
}
