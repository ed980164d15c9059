import Foundation

/// Greenwich mean sidereal time (IAU-82), radians in [0, 2π), from a UT1 Julian date.
///
/// This is the GMST that relates the TEME frame of SGP4 to the Earth-fixed frame
/// (Vallado et al. 2006, "Revisiting Spacetrack Report #3", §"Coordinate frames").
public func greenwichMeanSiderealTime(_ jdUT1: Double) -> Double {
    let t = (jdUT1 - TimeConstants.j2000) / 36_525.0
    var seconds = -6.2e-6 * t * t * t + 0.093_104 * t * t
        + (876_600.0 * 3600.0 + 8_640_184.812_866) * t + 67_310.548_41
    seconds = (seconds * .pi / 180.0 / 240.0).truncatingRemainder(dividingBy: 2 * .pi)
    if seconds < 0 { seconds += 2 * .pi }
    return seconds
}

/// Rotates an inertial (TEME / true-of-date) position into the Earth-fixed frame
/// by the sidereal angle `gmst` (polar motion ignored).
@inline(__always)
public func inertialToEarthFixed(_ r: SIMD3<Double>, gmst: Double) -> SIMD3<Double> {
    inertialToEarthFixed(r, EarthRotation(gmst: gmst))
}

/// The sidereal rotation of one instant, its sine and cosine computed once.
public struct EarthRotation: Sendable {
    public let cosGMST: Double, sinGMST: Double

    @inline(__always)
    public init(gmst: Double) {
        cosGMST = cos(gmst)
        sinGMST = sin(gmst)
    }
}

/// `inertialToEarthFixed(_:gmst:)` with the rotation's sine and cosine given.
@inline(__always)
public func inertialToEarthFixed(_ r: SIMD3<Double>, _ rotation: EarthRotation) -> SIMD3<Double> {
    let c = rotation.cosGMST, s = rotation.sinGMST
    return SIMD3(c * r.x + s * r.y, -s * r.x + c * r.y, r.z)
}

/// Earth-fixed velocity from inertial position and velocity: rotate, then remove ω × r.
@inline(__always)
public func inertialToEarthFixedVelocity(_ r: SIMD3<Double>, _ v: SIMD3<Double>, gmst: Double) -> SIMD3<Double> {
    let rEF = inertialToEarthFixed(r, gmst: gmst)
    let vRot = inertialToEarthFixed(v, gmst: gmst)
    let w = WGS84.rotationRateRadPerS
    return SIMD3(vRot.x + w * rEF.y, vRot.y - w * rEF.x, vRot.z)
}

/// A WGS-84 geodetic position.
public struct Geodetic: Sendable, Hashable {
    /// Geodetic latitude, degrees, −90…90.
    public var latitudeDeg: Double
    /// Longitude, degrees, −180…180 (east positive).
    public var longitudeDeg: Double
    /// Height above the ellipsoid, km.
    public var altitudeKm: Double

    public init(latitudeDeg: Double, longitudeDeg: Double, altitudeKm: Double) {
        self.latitudeDeg = latitudeDeg
        self.longitudeDeg = longitudeDeg
        self.altitudeKm = altitudeKm
    }

    /// Geodetic coordinates of an Earth-fixed position in km (iterative, converges to
    /// well below a millimetre in five passes for any altitude above the crust).
    public init(earthFixed r: SIMD3<Double>) {
        self = Geodetic.closedForm(r)
    }

    /// Heikkinen's exact closed-form conversion (Heikkinen 1982, as given by Zhu 1994,
    /// "Conversion of Earth-centered Earth-fixed coordinates to geodetic coordinates",
    /// IEEE Trans. AES 30(3)): one cube root, six square roots and two arctangents instead
    /// of an iteration; below 0.1 mm and 1e-9° from the iterated solution from the centre
    /// of the Earth to GEO and beyond (tested).
    @inline(__always)
    static func closedForm(_ r: SIMD3<Double>) -> Geodetic {
        let a = WGS84.equatorialRadiusKm, e2 = WGS84.eccentricitySquared
        let b2 = a * a * (1 - e2), ep2 = (a * a - b2) / b2
        let z = r.z, z2 = z * z
        let p2 = r.x * r.x + r.y * r.y, p = p2.squareRoot()
        let f = 54 * b2 * z2
        let g = p2 + (1 - e2) * z2 - e2 * (a * a - b2)
        let c = e2 * e2 * f * p2 / (g * g * g)
        let s = cbrt(1 + c + (c * c + 2 * c).squareRoot())
        let k = s + 1 + 1 / s
        let bigP = f / (3 * k * k * g * g)
        let q = (1 + 2 * e2 * e2 * bigP).squareRoot()
        let radicand = 0.5 * a * a * (1 + 1 / q) - bigP * (1 - e2) * z2 / (q * (1 + q)) - 0.5 * bigP * p2
        let r0 = -(bigP * e2 * p) / (1 + q) + max(0, radicand).squareRoot()
        let d = p - e2 * r0
        let u = (d * d + z2).squareRoot()
        let v = (d * d + (1 - e2) * z2).squareRoot()
        let z0 = b2 * z / (a * v)
        let h = u * (1 - b2 / (a * v))
        let lat = atan2(z + ep2 * z0, p)
        let lon = atan2(r.y, r.x)
        return Geodetic(latitudeDeg: degrees(lat), longitudeDeg: degrees(lon), altitudeKm: h)
    }

    /// The iterated conversion (five fixed-point steps on the latitude): the reference the
    /// closed form is tested against.
    static func iterated(_ r: SIMD3<Double>) -> Geodetic {
        let a = WGS84.equatorialRadiusKm, e2 = WGS84.eccentricitySquared
        let p = (r.x * r.x + r.y * r.y).squareRoot()
        let lon = atan2(r.y, r.x)
        var lat = atan2(r.z, p * (1 - e2))
        var h = 0.0
        for _ in 0..<5 {
            let s = sin(lat)
            let n = a / (1 - e2 * s * s).squareRoot()
            if abs(lat) < radians(80) {
                h = p / cos(lat) - n
            } else {
                h = r.z / s - n * (1 - e2)
            }
            lat = atan2(r.z, p * (1 - e2 * n / (n + h)))
        }
        return Geodetic(latitudeDeg: degrees(lat), longitudeDeg: degrees(lon), altitudeKm: h)
    }

    /// The Earth-fixed position of this point, km.
    public var earthFixed: SIMD3<Double> {
        let a = WGS84.equatorialRadiusKm, e2 = WGS84.eccentricitySquared
        let lat = radians(latitudeDeg), lon = radians(longitudeDeg)
        let n = a / (1 - e2 * sin(lat) * sin(lat)).squareRoot()
        return SIMD3(
            (n + altitudeKm) * cos(lat) * cos(lon),
            (n + altitudeKm) * cos(lat) * sin(lon),
            (n * (1 - e2) + altitudeKm) * sin(lat))
    }
}
