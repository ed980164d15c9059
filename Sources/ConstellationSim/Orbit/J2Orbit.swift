import Foundation

/// Which propagator flies a satellite.
public enum OrbitKind: UInt8, Sendable, Hashable, Codable {
    /// The designed shell's analytic J2 orbit from the epoch (`Fleet`).
    case j2
    /// SGP4/SDP4 from the satellite's element set (catalog satellites until they burn).
    case sgp4
    /// A J2 orbit that replaced the original at a manoeuvre (`Simulation.manoeuvredOrbits`).
    case manoeuvred
}

/// An analytic J2 orbit with its own epoch: the propagator's elements hold at
/// `epochSimSeconds` (seconds since the scenario epoch). Replacing a satellite's orbit at
/// a tick (a manoeuvre) builds a new one from the state at that tick.
public struct J2Orbit: Sendable, Hashable, Codable {
    public var propagator: J2Propagator
    /// Simulated time at which `propagator`'s elements hold, s since the scenario epoch.
    public var epochSimSeconds: Double

    public init(_ propagator: J2Propagator, epochSimSeconds: Double = 0) {
        self.propagator = propagator
        self.epochSimSeconds = epochSimSeconds
    }

    /// Inertial position (km) and velocity (km/s) at `t` seconds since the scenario epoch.
    @inlinable
    public func state(atSimSeconds t: Double) -> (position: SIMD3<Double>, velocity: SIMD3<Double>) {
        propagator.state(atSecondsSinceEpoch: t - epochSimSeconds)
    }

    /// The orbit through the inertial state (`positionKm`, `velocityKmS`) at `t`: its
    /// osculating two-body elements taken as the mean elements of the J2 model. The new
    /// orbit passes exactly through the position at `t`; its velocity there is the J2
    /// model's, whose mean motion n̄ differs from the two-body n by the J2 rate (up to
    /// ≈ 0.1 %, a few m/s in LEO) — the price of flying an SGP4 satellite on J2 after a burn. Nil for a state that is not a
    /// bound, non-degenerate ellipse (e ≥ 1, r = 0, or angular momentum 0).
    public init?(positionKm r: SIMD3<Double>, velocityKmS v: SIMD3<Double>, atSimSeconds t: Double) {
        guard let elements = OrbitalElements(positionKm: r, velocityKmS: v) else { return nil }
        self.init(J2Propagator(elements), epochSimSeconds: t)
    }

    /// The orbit after an impulsive burn of `deltaVKmS` (inertial, km/s) at `t`.
    ///
    /// The change is carried in non-singular elements (a, e cos ω, e sin ω, i, Ω,
    /// λ = ω + M): the two-body elements of (r, v + Δv) minus those of (r, v), with (r, v)
    /// this orbit's own state at `t`, are added to this orbit's elements re-epoched to
    /// `t`. A zero burn therefore leaves the orbit as it was, the burn changes it by its
    /// two-body effect, and the position is continuous to second order in the element
    /// change (well under a metre for burns of a few m/s). Nil
    /// when either state is not a bound ellipse or the result is not (e ≥ 1).
    public func applyingImpulse(deltaVKmS: SIMD3<Double>, atSimSeconds t: Double) -> J2Orbit? {
        let (r, v) = state(atSimSeconds: t)
        guard let before = NonSingularElements(OrbitalElements(positionKm: r, velocityKmS: v)),
              let after = NonSingularElements(OrbitalElements(positionKm: r, velocityKmS: v + deltaVKmS))
        else { return nil }
        // This orbit's mean elements at t (secular drift applied).
        let dt = t - epochSimSeconds
        var now = propagator.elements
        now.raanRad += propagator.rates.raanRadPerS * dt
        now.argumentOfPerigeeRad += propagator.rates.argumentOfPerigeeRadPerS * dt
        now.meanAnomalyRad += propagator.rates.meanAnomalyRadPerS * dt
        guard let current = NonSingularElements(now),
              let elements = (current + (after - before)).classical else { return nil }
        return J2Orbit(J2Propagator(elements), epochSimSeconds: t)
    }
}

extension OrbitalElements {
    /// Classical two-body elements of an inertial state (Vallado, Fundamentals of
    /// Astrodynamics, algorithm 9 "RV2COE"), μ of WGS-84. Circular orbits measure the
    /// anomaly from the node (argument of latitude, ω = 0); equatorial orbits measure the
    /// node from the x axis (Ω = 0). Nil when the state is not a bound ellipse.
    public init?(positionKm r: SIMD3<Double>, velocityKmS v: SIMD3<Double>) {
        let mu = WGS84.muKm3PerS2
        let rNorm = length(r), v2 = dot(v, v)
        guard rNorm > 0, rNorm.isFinite, v2.isFinite else { return nil }
        let h = cross(r, v)
        let hNorm = length(h)
        guard hNorm > 0 else { return nil }
        let energy = v2 / 2 - mu / rNorm
        guard energy < 0 else { return nil }
        let a = -mu / (2 * energy)
        let eVector = (r * (v2 - mu / rNorm) - v * dot(r, v)) / mu
        let e = length(eVector)
        guard e < 1 else { return nil }
        let inclination = acos(max(-1, min(1, h.z / hNorm)))
        let node = SIMD3(-h.y, h.x, 0)
        let nodeNorm = length(node)
        let tiny = 1e-11
        let raan: Double
        if nodeNorm > tiny * hNorm {
            raan = angle(node.y >= 0 ? acos(clamp(node.x / nodeNorm)) : 2 * .pi - acos(clamp(node.x / nodeNorm)))
        } else {
            raan = 0
        }
        // Reference direction in the plane: the node, or x when equatorial.
        let reference = nodeNorm > tiny * hNorm ? node / nodeNorm : SIMD3(1, 0, 0)
        let along = cross(h / hNorm, reference)  // 90° ahead of the reference in the plane
        let argumentOfPerigee: Double, trueAnomaly: Double
        if e > tiny {
            let omega = atan2(dot(eVector, along), dot(eVector, reference))
            argumentOfPerigee = angle(omega)
            let p = eVector / e, q = cross(h / hNorm, p)
            trueAnomaly = atan2(dot(r, q), dot(r, p))
        } else {
            argumentOfPerigee = 0
            trueAnomaly = atan2(dot(r, along), dot(r, reference))
        }
        // True → eccentric → mean anomaly.
        let eccentricAnomaly = 2 * atan2((1 - e).squareRoot() * sin(trueAnomaly / 2),
                                         (1 + e).squareRoot() * cos(trueAnomaly / 2))
        let meanAnomaly = angle(eccentricAnomaly - e * sin(eccentricAnomaly))
        self.init(semiMajorAxisKm: a, eccentricity: e < tiny ? 0 : e, inclinationRad: inclination,
                  raanRad: raan, argumentOfPerigeeRad: argumentOfPerigee, meanAnomalyRad: meanAnomaly)
    }
}

@inline(__always) private func dot(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Double { (a * b).sum() }
@inline(__always) private func length(_ a: SIMD3<Double>) -> Double { dot(a, a).squareRoot() }
@inline(__always) private func cross(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> SIMD3<Double> {
    SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
}
@inline(__always) private func clamp(_ x: Double) -> Double { max(-1, min(1, x)) }
/// An angle in [0, 2π).
@inline(__always) private func angle(_ x: Double) -> Double {
    let y = x.truncatingRemainder(dividingBy: 2 * .pi)
    return y < 0 ? y + 2 * .pi : y
}

/// Elements without the circular singularity: a, (e cos ω, e sin ω), i, Ω and the mean
/// argument of latitude λ = ω + M. Differences of angles are taken on the circle.
struct NonSingularElements {
    var a, ex, ey, i, raan, lambda: Double

    init?(_ e: OrbitalElements?) {
        guard let e else { return nil }
        a = e.semiMajorAxisKm
        ex = e.eccentricity * cos(e.argumentOfPerigeeRad)
        ey = e.eccentricity * sin(e.argumentOfPerigeeRad)
        i = e.inclinationRad
        raan = e.raanRad
        lambda = e.argumentOfPerigeeRad + e.meanAnomalyRad
    }

    private init(a: Double, ex: Double, ey: Double, i: Double, raan: Double, lambda: Double) {
        (self.a, self.ex, self.ey, self.i, self.raan, self.lambda) = (a, ex, ey, i, raan, lambda)
    }

    static func - (x: Self, y: Self) -> Self {
        Self(a: x.a - y.a, ex: x.ex - y.ex, ey: x.ey - y.ey, i: x.i - y.i,
             raan: remainder(x.raan - y.raan, 2 * .pi), lambda: remainder(x.lambda - y.lambda, 2 * .pi))
    }

    static func + (x: Self, y: Self) -> Self {
        Self(a: x.a + y.a, ex: x.ex + y.ex, ey: x.ey + y.ey, i: x.i + y.i, raan: x.raan + y.raan,
             lambda: x.lambda + y.lambda)
    }

    /// Classical elements (ω = 0 when e = 0); nil unless 0 ≤ e < 1 and a > 0.
    var classical: OrbitalElements? {
        let e = (ex * ex + ey * ey).squareRoot()
        guard a > 0, e < 1, a.isFinite, lambda.isFinite else { return nil }
        let omega = e > 0 ? atan2(ey, ex) : 0
        return OrbitalElements(semiMajorAxisKm: a, eccentricity: e, inclinationRad: i, raanRad: angle(raan),
                               argumentOfPerigeeRad: angle(omega), meanAnomalyRad: angle(lambda - omega))
    }
}
