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

    /// Geodetic coordinates of an Earth-fixed position in km (Bowring's method, see
    /// `closedForm`).
    public init(earthFixed r: SIMD3<Double>) {
        self = Geodetic.closedForm(r)
    }

    /// Bowring's method (Bowring 1976, "Transformation from spatial to geographical
    /// coordinates", Survey Review 23(181)) with two iterations on the reduced latitude:
    /// square roots and divisions only, then one arctangent each for latitude and
    /// longitude. Below 1e-13° and 1e-10 km from the converged iteration from the centre of
    /// the Earth to beyond GEO (tested against the iterated solution); the height comes
    /// from h = p cos φ + z sin φ − a²/N, which stays accurate at every latitude.
    @inline(__always)
    static func closedForm(_ r: SIMD3<Double>) -> Geodetic {
        let a = WGS84.equatorialRadiusKm, e2 = WGS84.eccentricitySquared
        let b = a * (1 - e2).squareRoot(), ep2 = e2 / (1 - e2)
        let z = r.z
        let p = (r.x * r.x + r.y * r.y).squareRoot()
        let lon = degrees(atan2(r.y, r.x))
        guard p > 1e-9 * max(1, abs(z)) else {
            return Geodetic(latitudeDeg: z >= 0 ? 90 : -90, longitudeDeg: lon, altitudeKm: abs(z) - b)
        }
        var tanReduced = z * a / (p * b)
        var tanLat = 0.0
        for _ in 0..<2 {
            let c = 1 / (1 + tanReduced * tanReduced).squareRoot(), s = tanReduced * c
            tanLat = (z + ep2 * b * s * s * s) / (p - e2 * a * c * c * c)
            tanReduced = (b / a) * tanLat
        }
        let cosLat = 1 / (1 + tanLat * tanLat).squareRoot(), sinLat = tanLat * cosLat
        let n = a / (1 - e2 * sinLat * sinLat).squareRoot()
        let h = p * cosLat + z * sinLat - a * a / n
        return Geodetic(latitudeDeg: degrees(atan(tanLat)), longitudeDeg: lon, altitudeKm: h)
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
