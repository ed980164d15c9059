import Foundation

/// Astronomical constants of the sun model.
public enum SolarConstants {
    /// Astronomical unit, km (IAU 2012).
    public static let astronomicalUnitKm = 149_597_870.7
    /// Solar photospheric radius, km (IAU 2015 nominal).
    public static let sunRadiusKm = 695_700.0
    /// Total solar irradiance at 1 AU, W/m² (REFERENCE.md: 1361 W/m²).
    public static let solarConstantWm2 = 1361.0
}

/// The sun as seen from the Earth's centre at one instant.
///
/// Frame: inertial, equator and mean equinox of date. At the 0.01° accuracy of the
/// low-precision ephemeris this is treated as the same frame as TEME (the SGP4 frame;
/// they differ by nutation in longitude, < 0.005°).
public struct SunPosition: Sendable, Hashable {
    /// Geocentric position of the sun, km.
    public var positionKm: SIMD3<Double>
    /// Unit vector from the Earth's centre towards the sun.
    public var direction: SIMD3<Double>
    /// Earth–sun distance, AU.
    public var distanceAU: Double
    /// Ecliptic longitude of the sun, radians in [0, 2π).
    public var eclipticLongitudeRad: Double
    /// Right ascension, radians in [0, 2π).
    public var rightAscensionRad: Double
    /// Declination, radians (−ε…ε).
    public var declinationRad: Double

    @inlinable
    public init(
        positionKm: SIMD3<Double>, direction: SIMD3<Double>, distanceAU: Double,
        eclipticLongitudeRad: Double, rightAscensionRad: Double, declinationRad: Double
    ) {
        self.positionKm = positionKm
        self.direction = direction
        self.distanceAU = distanceAU
        self.eclipticLongitudeRad = eclipticLongitudeRad
        self.rightAscensionRad = rightAscensionRad
        self.declinationRad = declinationRad
    }

    /// Earth–sun distance, km.
    @inlinable public var distanceKm: Double { distanceAU * SolarConstants.astronomicalUnitKm }
}

/// Low-precision solar ephemeris of the Astronomical Almanac (section C, "Low precision
/// formulas for the Sun"), good to 0.01° in direction over 1950–2050.
///
/// With n = JD − 2451545.0 (days from J2000.0):
/// - mean longitude L = 280.460° + 0.9856474° n,
/// - mean anomaly g = 357.528° + 0.9856003° n,
/// - ecliptic longitude λ = L + 1.915° sin g + 0.020° sin 2g (ecliptic latitude ≈ 0),
/// - obliquity ε = 23.439° − 0.0000004° n,
/// - distance R = 1.00014 − 0.01671 cos g − 0.00014 cos 2g AU,
///
/// and the equatorial vector is R (cos λ, cos ε sin λ, sin ε sin λ).
/// The Julian date may be UTC or TT: the 69 s between them move the sun by 0.0008°.
public enum SunEphemeris {
    /// The sun's geocentric position at Julian date `julianDate`.
    @inlinable
    public static func position(julianDate: Double) -> SunPosition {
        let n = julianDate - TimeConstants.j2000
        let deg = Double.pi / 180.0
        let meanLongitudeDeg = (280.460 + 0.985_647_4 * n).truncatingRemainder(dividingBy: 360.0)
        let meanAnomaly = ((357.528 + 0.985_600_3 * n).truncatingRemainder(dividingBy: 360.0)) * deg
        var lambda = (meanLongitudeDeg + 1.915 * sin(meanAnomaly) + 0.020 * sin(2 * meanAnomaly)) * deg
        lambda = lambda.truncatingRemainder(dividingBy: 2 * .pi)
        if lambda < 0 { lambda += 2 * .pi }
        let epsilon = (23.439 - 4.0e-7 * n) * deg
        let distanceAU = 1.000_14 - 0.016_71 * cos(meanAnomaly) - 0.000_14 * cos(2 * meanAnomaly)

        let sinLambda = sin(lambda)
        let direction = SIMD3(cos(lambda), cos(epsilon) * sinLambda, sin(epsilon) * sinLambda)
        var rightAscension = atan2(direction.y, direction.x)
        if rightAscension < 0 { rightAscension += 2 * .pi }
        return SunPosition(
            positionKm: direction * (distanceAU * SolarConstants.astronomicalUnitKm),
            direction: direction,
            distanceAU: distanceAU,
            eclipticLongitudeRad: lambda,
            rightAscensionRad: rightAscension,
            declinationRad: asin(direction.z)
        )
    }

    /// The sun's geocentric position at `date`.
    @inlinable
    public static func position(at date: JulianDate) -> SunPosition {
        position(julianDate: date.value)
    }
}
