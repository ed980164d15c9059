/// Inference demand that follows the people under a satellite.
///
/// demand = `peakUtilization` × diurnal(local solar time) × population(latitude band).
/// Both curves are coarse, hand-drawn shapes (no dataset), normalized to a peak of 1:
/// - diurnal: the usual shape of residential internet traffic, a trough of 35 % of peak
///   at 04:00 local time, a plateau through the day, the peak at 21:00; hourly values,
///   interpolated linearly.
/// - population: approximate shares of the world's people per 10° band of latitude
///   (≈ 87 % north of the equator; the 20–30° N band the largest, ≈ 25 %; rough
///   estimates by the author, not taken from a dataset), divided by
///   the largest share. A step function; longitude is ignored, on the view that laser
///   links carry requests along a band, so a satellite over the Pacific at 25° N still
///   sees Asian and American demand.
public struct InferenceDemandModel: Sendable, Hashable, Codable {
    /// Demand at the peak hour over the most populous band, fraction of the satellite's
    /// accelerators 0…1.
    public var peakUtilization: Double = 0.9

    public init(peakUtilization: Double = 0.9) { self.peakUtilization = peakUtilization }

    /// Demand relative to the daily peak at local solar hour 0, 1, …, 23.
    public static let diurnalByHour: [Double] = [
        0.62, 0.50, 0.42, 0.37, 0.35, 0.37, 0.43, 0.52, 0.62, 0.71, 0.77, 0.80,
        0.82, 0.82, 0.82, 0.83, 0.85, 0.88, 0.92, 0.96, 0.99, 1.00, 0.93, 0.78,
    ]

    /// Approximate share of world population per 10° latitude band, from −90…−80 (index 0)
    /// to 80…90 (index 17).
    public static let populationShareByBand: [Double] = [
        0, 0, 0, 0.0003, 0.002, 0.015, 0.03, 0.03, 0.05,
        0.09, 0.14, 0.25, 0.21, 0.11, 0.065, 0.004, 0.0003, 0,
    ]
    private static let largestShare = 0.25

    /// Diurnal factor 0…1 at local solar time `hours` (linear between whole hours, wrapping).
    @inline(__always)
    public static func diurnal(localSolarHours hours: Double) -> Double {
        guard hours.isFinite else { return 0 }  // a NaN position: no demand rather than a trap
        let h = hours.truncatingRemainder(dividingBy: 24)
        let t = h < 0 ? h + 24 : h
        let i = min(Int(t), 23)
        let f = t - Double(i)
        return diurnalByHour[i] * (1 - f) + diurnalByHour[(i + 1) % 24] * f
    }

    /// Population weight 0…1 of the 10° band holding `latitudeDeg` (90° falls in the top band).
    @inline(__always)
    public static func populationWeight(latitudeDeg: Double) -> Double {
        guard latitudeDeg.isFinite else { return 0 }
        let band = Int(min(max(((latitudeDeg + 90) / 10).rounded(.down), 0), 17))
        return populationShareByBand[band] / largestShare
    }

    /// Inference demand, fraction of the satellite's accelerators 0…1.
    @inline(__always)
    public func demand(latitudeDeg: Double, longitudeDeg: Double, utcHours: Double) -> Double {
        let lst = LocalSolarTime.hours(longitudeDeg: longitudeDeg, utcHours: utcHours)
        return min(max(peakUtilization * Self.diurnal(localSolarHours: lst) * Self.populationWeight(latitudeDeg: latitudeDeg), 0), 1)
    }
}
