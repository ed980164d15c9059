import Foundation

/// The selected satellite's orbit for the detail view.
public struct SelectedOrbit: Sendable, Hashable {
    public var altitudeKm: Double
    public var inclinationDeg: Double
    /// Orbital period from the osculating semi-major axis (vis-viva), s.
    public var periodSeconds: Double
    /// Sun elevation above the orbit plane, degrees.
    public var betaDeg: Double
    /// Sunlit fraction now, 0…1.
    public var litFraction: Double
    /// Minutes until the next shadow entry (lit fraction < 0.5) within two periods;
    /// nil when none (full-sun orbit) or already in shadow.
    public var nextEclipseMinutes: Double?
}

extension EngineFrame {
    /// Orbit elements of satellite `i` from its inertial state, and the next shadow
    /// entry found by two-body propagation in the orbit plane at 30 s steps (at most
    /// two periods, ≤ 1,000 shadow evaluations) with the sun held where it is now.
    public func selectedOrbit(_ i: Int) -> SelectedOrbit? {
        guard (0..<count).contains(i), let state = inertialState(satellite: i, secondsSinceEpoch: simSeconds, at: time)
        else { return nil }
        let r = state.position, v = state.velocity
        let mu = WGS84.muKm3PerS2
        let rNorm = (r * r).sum().squareRoot(), vNorm2 = (v * v).sum()
        let h = SIMD3(r.y * v.z - r.z * v.y, r.z * v.x - r.x * v.z, r.x * v.y - r.y * v.x)
        let hNorm = (h * h).sum().squareRoot()
        let a = 1 / (2 / rNorm - vNorm2 / mu)
        let period = a > 0 ? 2 * Double.pi * (a * a * a / mu).squareRoot() : .nan
        let inclination = hNorm > 0 ? degrees(acos(max(-1, min(1, h.z / hNorm)))) : .nan
        let sun = SunEphemeris.position(at: time).positionKm
        let lit = Shadow.litFraction(satelliteKm: r, sunKm: sun)
        var next: Double?
        if lit >= 0.5, period.isFinite, hNorm > 0, rNorm > 0 {
            // Rotate r about the orbit normal at the mean motion (circular approximation).
            let k = h / hNorm, u = r / rNorm
            let w = SIMD3(k.y * u.z - k.z * u.y, k.z * u.x - k.x * u.z, k.x * u.y - k.y * u.x)
            let n = 2 * Double.pi / period
            let step = 30.0
            let steps = 2 * period / step < 1_000 ? Int(2 * period / step) : 1_000
            for s in stride(from: 1, through: steps, by: 1) {
                let angle = n * step * Double(s)
                let p = (u * cos(angle) + w * sin(angle)) * rNorm
                if Shadow.litFraction(satelliteKm: p, sunKm: sun) < 0.5 {
                    next = step * Double(s) / 60
                    break
                }
            }
        }
        return SelectedOrbit(altitudeKm: columns.altitudeKm[i], inclinationDeg: inclination, periodSeconds: period,
                             betaDeg: columns.betaDeg[i], litFraction: lit, nextEclipseMinutes: next)
    }
}
