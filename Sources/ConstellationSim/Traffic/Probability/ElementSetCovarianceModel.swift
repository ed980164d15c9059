import Foundation

/// The default position uncertainty of an object known only by an element set (TLE or
/// OMM), when no covariance comes with it: a diagonal RTN covariance whose standard
/// deviations depend on the orbit regime and grow linearly with the element-set age.
///
/// Source and assumption: Flohrer, Krag & Klinkrad (2008), "Assessment and categorization
/// of TLE orbit errors for the US SSN catalogue" (AMOS 2008), found TLE errors near epoch
/// of order 0.1 km radial, 0.5 km along-track and 0.15 km cross-track in LEO, larger
/// for eccentric and geosynchronous orbits, and dominated by the along-track component;
/// the same and later studies (e.g. Vallado & Cefola 2012) report along-track growth of
/// about 1 km per day in LEO. The values below are of those magnitudes, rounded; they are
/// an assumption for screening, not a fitted model. The README lists them.
public struct ElementSetCovarianceModel: Sendable, Hashable {
    /// Orbit regimes the model tells apart.
    public enum Regime: String, Sendable, Hashable, CaseIterable {
        /// Perigee below 2000 km, eccentricity below 0.1.
        case leo
        /// Eccentricity 0.1 or more (GTO, Molniya, debris on eccentric orbits).
        case eccentric
        /// Period 1300–1600 min, eccentricity below 0.1.
        case geo
        /// Everything else (MEO, navigation constellations).
        case meo
    }

    /// 1-σ RTN sigmas at epoch and their growth, km and km/day.
    public struct Sigmas: Sendable, Hashable {
        public var atEpochKm: SIMD3<Double>
        public var growthKmPerDay: SIMD3<Double>

        public init(atEpochKm: SIMD3<Double>, growthKmPerDay: SIMD3<Double>) {
            self.atEpochKm = atEpochKm
            self.growthKmPerDay = growthKmPerDay
        }
    }

    /// Sigmas by regime.
    public var sigmas: [Regime: Sigmas]

    /// The documented default.
    public static let standard = ElementSetCovarianceModel(sigmas: [
        .leo: Sigmas(atEpochKm: SIMD3(0.1, 0.5, 0.15), growthKmPerDay: SIMD3(0.05, 1.0, 0.05)),
        .eccentric: Sigmas(atEpochKm: SIMD3(0.5, 2.0, 0.5), growthKmPerDay: SIMD3(0.2, 2.0, 0.2)),
        .meo: Sigmas(atEpochKm: SIMD3(0.3, 1.0, 0.3), growthKmPerDay: SIMD3(0.05, 0.3, 0.05)),
        .geo: Sigmas(atEpochKm: SIMD3(0.5, 2.0, 1.0), growthKmPerDay: SIMD3(0.1, 0.5, 0.1)),
    ])

    public init(sigmas: [Regime: Sigmas]) { self.sigmas = sigmas }

    /// The regime of an element set.
    public static func regime(of set: ElementSet) -> Regime {
        if set.eccentricity >= 0.1 { return .eccentric }
        let periodMin = 1440.0 / set.meanMotionRevPerDay
        if (1300...1600).contains(periodMin) { return .geo }
        let aKm = pow(WGS72.muKm3PerS2 * pow(periodMin * 60 / (2 * Double.pi), 2), 1.0 / 3.0)
        let perigeeAltitudeKm = aKm * (1 - set.eccentricity) - WGS72.equatorialRadiusKm
        return perigeeAltitudeKm < 2000 ? .leo : .meo
    }

    /// Diagonal RTN covariance, km², of `set` at `time` (age counted either side of the epoch).
    public func rtnCovarianceKm2(for set: ElementSet, at time: JulianDate) -> Matrix3 {
        let ageDays = abs(time.seconds(since: set.epoch)) / 86_400
        let s = sigmas[Self.regime(of: set)] ?? Self.fallback
        let sigma = s.atEpochKm + s.growthKmPerDay * ageDays
        return Matrix3(diagonal: sigma * sigma)
    }

    private static let fallback = Sigmas(atEpochKm: SIMD3(1, 5, 1), growthKmPerDay: SIMD3(0.5, 5, 0.5))
}
