import Foundation

/// Conical Earth shadow with penumbra: the fraction of the solar disk a satellite sees.
///
/// Montenbruck & Gill, *Satellite Orbits* (2000), §3.4.2 "Conical shadow model": the
/// sun and the Earth are disks on the satellite's sky with apparent radii
/// a = asin(R☉ / |s − r|) and b = asin(R⊕ / |r|), their centres c apart, where
/// cos c = −r · (s − r) / (|r| |s − r|). Then
/// - c ≥ a + b: fully lit (1);
/// - c ≤ b − a: umbra (0);
/// - c ≤ a − b: annular eclipse, 1 − b²/a² (only far beyond the Earth);
/// - otherwise penumbra: the overlap area of the two disks,
///   A = a² acos(x/a) + b² acos((c − x)/b) − c y with x = (c² + a² − b²) / 2c and
///   y = √(a² − x²), and the lit fraction is 1 − A / (π a²).
///
/// The Earth is a sphere of the WGS-84 equatorial radius (6378.137 km), with no
/// atmosphere (refraction and extinction near the limb are ignored). The two region
/// tests use cosines only, so a satellite in full sun or full umbra costs no
/// trigonometric call; only the few seconds of penumbra evaluate `acos`.
/// Unlike the "dot product < 0" test this gives the right eclipse length at any β and
/// a smooth 0…1 transition of ≈ 8–10 s in LEO.
public enum Shadow {
    /// The fraction of the solar disk visible from `satelliteKm`, 0 (umbra) … 1 (full sun).
    ///
    /// - Parameters:
    ///   - satelliteKm: geocentric inertial position of the satellite, km.
    ///   - sunKm: geocentric position of the sun in the same frame, km.
    /// A satellite at or below the Earth's surface is reported as in shadow.
    @inlinable
    public static func litFraction(satelliteKm r: SIMD3<Double>, sunKm s: SIMD3<Double>) -> Double {
        let earthRadiusKm = WGS84.equatorialRadiusKm
        let toSun = s - r
        let satDistance = (r * r).sum().squareRoot()
        let sunDistance = (toSun * toSun).sum().squareRoot()
        guard satDistance > earthRadiusKm else { return 0 }
        guard sunDistance > SolarConstants.sunRadiusKm else { return 1 }

        let sinA = SolarConstants.sunRadiusKm / sunDistance
        let sinB = earthRadiusKm / satDistance
        let cosA = (1 - sinA * sinA).squareRoot()
        let cosB = (1 - sinB * sinB).squareRoot()
        let cosC = -(r * toSun).sum() / (satDistance * sunDistance)

        // c ≥ a + b  ⇔  cos c ≤ cos(a + b)   (all angles in [0, π]).
        if cosC <= cosA * cosB - sinA * sinB { return 1 }
        // c ≤ |b − a|  ⇔  cos c ≥ cos(b − a).
        if cosC >= cosA * cosB + sinA * sinB {
            return sinB >= sinA ? 0 : annular(sinA, sinB)
        }
        let a = asin(sinA), b = asin(sinB), c = acos(min(1, max(-1, cosC)))
        let x = (c * c + a * a - b * b) / (2 * c)
        let y = max(0, a * a - x * x).squareRoot()
        let overlap = a * a * acos(min(1, max(-1, x / a)))
            + b * b * acos(min(1, max(-1, (c - x) / b)))
            - c * y
        return min(1, max(0, 1 - overlap / (.pi * a * a)))
    }

    /// Lit fraction of an annular eclipse (Earth disk entirely inside the sun disk).
    @inlinable
    static func annular(_ sinA: Double, _ sinB: Double) -> Double {
        let a = asin(sinA), b = asin(sinB)
        return 1 - (b * b) / (a * a)
    }
}
