import Foundation

/// Ground links of one user: every satellite at or above the elevation mask, with the
/// slant range. The elevation is measured from the local horizon (the plane normal to
/// the WGS-84 geodetic vertical): sin(el) = ρ · û / |ρ|, ρ = r_sat − r_user (Earth-fixed).
public struct GroundLinkFinder: Sendable {
    public let positionKm: SIMD3<Double>
    public let up: SIMD3<Double>
    private let sinMask: Double
    /// Geocentric latitude of the user, degrees.
    let geocentricLatitudeDeg: Double

    public init(user: RoutingUser, minimumElevationDeg: Double) {
        let station = GroundStation(name: user.name, latitudeDeg: user.latitudeDeg, longitudeDeg: user.longitudeDeg,
                                    altitudeKm: 0, elevationMaskDeg: minimumElevationDeg)
        positionKm = station.earthFixedKm
        up = station.up
        sinMask = sin(minimumElevationDeg * .pi / 180)
        let p = station.earthFixedKm
        geocentricLatitudeDeg = asin(p.z / (p * p).sum().squareRoot()) * 180 / .pi
    }

    /// The slant range to a satellite at Earth-fixed `satelliteKm` when it is at or above
    /// the mask, else nil.
    @inline(__always)
    public func slantRangeKm(to satelliteKm: SIMD3<Double>) -> Double? {
        let rho = satelliteKm - positionKm
        let along = (rho * up).sum()
        guard along > 0 else { return nil }
        let range2 = (rho * rho).sum()
        // sin(el) ≥ sin(mask) without a square root for the (many) satellites below it.
        guard along * along >= sinMask * sinMask * range2 else { return nil }
        return range2.squareRoot()
    }

    /// Every usable satellite in view among `candidates`, `(index, km)` in fleet order.
    func links(earthFixedKm: UnsafeBufferPointer<SIMD3<Double>>, candidates: ArraySlice<Int32>,
               usable: (Int) -> Bool) -> [(Int32, Double)] {
        var out: [(Int32, Double)] = []
        for index in candidates {
            let i = Int(index)
            if let km = slantRangeKm(to: earthFixedKm[i]), usable(i) { out.append((index, km)) }
        }
        out.sort { $0.0 < $1.0 }
        return out
    }
}
