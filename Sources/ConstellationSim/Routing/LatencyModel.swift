import Foundation

/// The latency model's constants and the terrestrial lower bound.
///
/// Light travels at c in vacuum (laser and radio links) and at c / 1.468 in fibre
/// (group index of standard single-mode fibre, ≈ 4.9 µs/km). The fibre bound is the
/// great-circle distance between the two ends at fibre speed: no terrestrial route can
/// be shorter (Handley, "Delay is not an option", HotNets 2018).
public enum LatencyModel {
    /// Speed of light in vacuum, km/s (exact, SI).
    public static let lightKmPerS = 299_792.458
    /// Group refractive index of fibre.
    public static let fibreIndex = 1.468
    /// Mean Earth radius for great-circle distances, km (IUGG R1).
    public static let meanEarthRadiusKm = 6_371.0088

    /// One-way time of `km` at c, ms.
    @inline(__always)
    public static func vacuumMs(km: Double) -> Double { km / lightKmPerS * 1000 }

    /// Great-circle distance between two points (haversine on the mean sphere), km.
    public static func greatCircleKm(latitude1Deg: Double, longitude1Deg: Double,
                                     latitude2Deg: Double, longitude2Deg: Double) -> Double {
        let p1 = latitude1Deg * .pi / 180, p2 = latitude2Deg * .pi / 180
        let dp = p2 - p1, dl = (longitude2Deg - longitude1Deg) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * meanEarthRadiusKm * asin(min(1, h.squareRoot()))
    }

    /// One-way time of the great-circle distance in fibre, ms.
    public static func fibreMs(from a: RoutingUser, to b: RoutingUser) -> Double {
        greatCircleKm(latitude1Deg: a.latitudeDeg, longitude1Deg: a.longitudeDeg,
                      latitude2Deg: b.latitudeDeg, longitude2Deg: b.longitudeDeg) * fibreIndex / lightKmPerS * 1000
    }
}
