import Foundation

/// Mean Keplerian elements at an epoch, in the inertial (true-of-date / TEME) frame.
public struct OrbitalElements: Sendable, Hashable, Codable {
    /// Semi-major axis, km.
    public var semiMajorAxisKm: Double
    public var eccentricity: Double
    public var inclinationRad: Double
    /// Right ascension of the ascending node, rad.
    public var raanRad: Double
    /// Argument of perigee, rad.
    public var argumentOfPerigeeRad: Double
    /// Mean anomaly at epoch, rad.
    public var meanAnomalyRad: Double

    public init(semiMajorAxisKm: Double, eccentricity: Double, inclinationRad: Double,
                raanRad: Double, argumentOfPerigeeRad: Double, meanAnomalyRad: Double) {
        self.semiMajorAxisKm = semiMajorAxisKm
        self.eccentricity = eccentricity
        self.inclinationRad = inclinationRad
        self.raanRad = raanRad
        self.argumentOfPerigeeRad = argumentOfPerigeeRad
        self.meanAnomalyRad = meanAnomalyRad
    }

    /// A circular orbit at `altitudeKm` above the WGS-84 equatorial radius.
    public static func circular(altitudeKm: Double, inclinationDeg: Double, raanDeg: Double,
                                argumentOfLatitudeDeg: Double) -> OrbitalElements {
        OrbitalElements(semiMajorAxisKm: WGS84.equatorialRadiusKm + altitudeKm, eccentricity: 0,
                        inclinationRad: radians(inclinationDeg), raanRad: radians(raanDeg),
                        argumentOfPerigeeRad: 0, meanAnomalyRad: radians(argumentOfLatitudeDeg))
    }

    /// Two-body mean motion, rad/s.
    public var keplerianMeanMotionRadPerS: Double {
        (WGS84.muKm3PerS2 / (semiMajorAxisKm * semiMajorAxisKm * semiMajorAxisKm)).squareRoot()
    }
}

/// The inclination (degrees) of a circular sun-synchronous orbit at `altitudeKm`:
/// the J2 nodal regression equals the sun's mean motion, 360° per tropical year.
///
/// From Ω̇ = −(3/2) J2 (R/a)² n cos i with n the two-body mean motion.
public func sunSynchronousInclinationDeg(altitudeKm: Double) -> Double {
    let a = WGS84.equatorialRadiusKm + altitudeKm
    let n = (WGS84.muKm3PerS2 / (a * a * a)).squareRoot()
    let sunRate = 2 * Double.pi / (TimeConstants.tropicalYearDays * TimeConstants.secondsPerDay)
    let ratio = WGS84.equatorialRadiusKm / a
    let cosI = -sunRate / (1.5 * WGS84.j2 * ratio * ratio * n)
    return degrees(acos(cosI))
}
