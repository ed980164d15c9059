import Foundation

/// The beta angle: the angle between the sun direction and an orbit plane.
///
/// β = asin(n̂ · ŝ), with n̂ the unit orbit normal (r × v) and ŝ the unit sun direction;
/// positive when the sun is on the side of the orbit normal. |β| = 90° is a noon–midnight
/// view of the orbit seen face-on from the sun (never eclipsed); β = 0 has the sun in
/// the orbit plane (longest eclipse).
public enum BetaAngle {
    /// β, radians, from an orbit normal (any length) and a sun direction (any length).
    @inlinable
    public static func radians(orbitNormal n: SIMD3<Double>, sunDirection s: SIMD3<Double>) -> Double {
        let sine = (n * s).sum() / ((n * n).sum() * (s * s).sum()).squareRoot()
        return asin(min(1, max(-1, sine)))
    }

    /// β, radians, from an inertial state (km, km/s) and the sun direction.
    @inlinable
    public static func radians(
        positionKm r: SIMD3<Double>, velocityKmPerS v: SIMD3<Double>, sunDirection s: SIMD3<Double>
    ) -> Double {
        let n = SIMD3(r.y * v.z - r.z * v.y, r.z * v.x - r.x * v.z, r.x * v.y - r.y * v.x)
        return radians(orbitNormal: n, sunDirection: s)
    }

    /// β* = asin(R⊕ / (R⊕ + h)), radians: above it a circular orbit at `altitudeKm` is
    /// never eclipsed (REFERENCE.md: 550 km 67.0°, 650 km 65.2°).
    @inlinable
    public static func noEclipseLimitRad(altitudeKm: Double) -> Double {
        asin(WGS84.equatorialRadiusKm / (WGS84.equatorialRadiusKm + altitudeKm))
    }

    /// Fraction of a circular orbit spent in the cylindrical shadow at beta angle `betaRad`,
    /// for planning and display: (1/π) acos(√(h² + 2R⊕h) / ((R⊕ + h) cos β)), zero when
    /// |β| ≥ β*. At β = 0 (REFERENCE.md): 400 km 39.0 %, 550 km 37.2 %, 650 km 36.2 %,
    /// 1000 km 33.2 %. The engine itself uses ``Shadow`` (conical, with penumbra).
    @inlinable
    public static func cylindricalEclipseFraction(altitudeKm h: Double, betaRad: Double) -> Double {
        let earthRadiusKm = WGS84.equatorialRadiusKm
        let cosBeta = cos(betaRad)
        let ratio = (h * h + 2 * earthRadiusKm * h).squareRoot() / ((earthRadiusKm + h) * cosBeta)
        return ratio >= 1 ? 0 : acos(ratio) / .pi
    }
}
