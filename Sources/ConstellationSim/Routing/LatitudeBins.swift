import Foundation

/// Satellites grouped by geocentric latitude in 1° bands, so a user's ground links are
/// looked for only among satellites that can be above its elevation mask.
///
/// A satellite at radius r is at or above elevation e from a point at radius R only
/// within the central angle θ = 90° − e − asin(R cos e / r); its latitude then differs
/// from the point's by at most θ. With r the largest satellite radius and R the smallest
/// surface radius (the polar radius), θ bounds every satellite; half a degree more covers
/// the geodetic vertical's tilt from the radial (≤ 0.2°).
struct LatitudeBins {
    /// Satellite indices band by band (south to north), ascending within a band.
    private(set) var order: [Int32] = []
    /// `order[start[b]..<start[b + 1]]` are the satellites of band b (latitude −90° + b…).
    private(set) var start: [Int32] = []
    /// Largest central angle between a user and a satellite in view, degrees.
    let reachDeg: Double

    static let bands = 180

    init(earthFixedKm p: UnsafeBufferPointer<SIMD3<Double>>, minimumElevationDeg: Double) {
        var band = [UInt8](repeating: 0, count: p.count)
        var count = [Int32](repeating: 0, count: Self.bands + 1)
        var rMax = 0.0
        for i in 0..<p.count {
            let r = (p[i] * p[i]).sum().squareRoot()
            rMax = max(rMax, r)
            let latitude = r > 0 ? asin(min(1, max(-1, p[i].z / r))) * 180 / .pi : 0
            let b = min(Self.bands - 1, max(0, Int((latitude + 90).rounded(.down))))
            band[i] = UInt8(b)
            count[b + 1] += 1
        }
        for b in 0..<Self.bands { count[b + 1] += count[b] }
        var fill = count
        var order = [Int32](repeating: 0, count: p.count)
        for i in 0..<p.count {
            let b = Int(band[i])
            order[Int(fill[b])] = Int32(i)
            fill[b] += 1
        }
        self.order = order
        start = count
        let e = minimumElevationDeg * .pi / 180, surface = WGS84.equatorialRadiusKm * (1 - WGS84.flattening)
        let theta = rMax > surface ? .pi / 2 - e - asin(min(1, surface * cos(e) / rMax)) : 0
        reachDeg = theta * 180 / .pi + 0.5
    }

    /// The satellites that may be in view of a point at geocentric latitude `latitudeDeg`.
    func candidates(latitudeDeg: Double) -> ArraySlice<Int32> {
        let low = min(Self.bands - 1, max(0, Int((latitudeDeg - reachDeg + 90).rounded(.down))))
        let high = min(Self.bands - 1, max(0, Int((latitudeDeg + reachDeg + 90).rounded(.down))))
        return order[Int(start[low])..<Int(start[high + 1])]
    }

    var bytes: Int { order.capacity * 4 + start.capacity * 4 }
}
