/// How the solar array is pointed, which sets the cosine between its normal and the sun.
public enum ArrayPointing: String, Sendable, Hashable, Codable, CaseIterable {
    /// Gimballed array that keeps its cells square to the sun: cosine factor 1.
    case sunTracking
    /// Array fixed to a nadir-pointing body with its cells facing zenith (away from the
    /// Earth): cosine factor max(0, r̂ · ŝ), the cosine of the sun's zenith angle at the
    /// sub-satellite point. 1 at local noon, 0 at the terminator and beyond; its mean over
    /// the sunlit arc of a β = 0 orbit is ≈ 2/π of the tracking array's.
    case nadirFixed
}

/// Solar array sizing and ageing.
///
/// Generated power, W = area × cell efficiency × flux × lit fraction × pointing factor
/// × (1 − degradation per year × years in orbit), the last factor floored at 0.
/// Defaults: 100 m² (Starlink V2 mini ≈ 105–120 m²), 30 % triple-junction cells, 1 %/yr
/// (REFERENCE.md: 0.5–1.5 %/yr in LEO), sun-tracking.
public struct SolarArrayParameters: Sendable, Hashable, Codable {
    /// Cell area facing the sun, m².
    public var areaM2: Double
    /// Beginning-of-life conversion efficiency, 0…1.
    public var cellEfficiency: Double
    /// Fraction of beginning-of-life output lost per year in orbit (linear), 0…1.
    public var degradationPerYear: Double
    /// Pointing law.
    public var pointing: ArrayPointing

    public init(
        areaM2: Double = 100, cellEfficiency: Double = 0.30,
        degradationPerYear: Double = 0.01, pointing: ArrayPointing = .sunTracking
    ) {
        self.areaM2 = areaM2
        self.cellEfficiency = cellEfficiency
        self.degradationPerYear = degradationPerYear
        self.pointing = pointing
    }

    /// Problems with these values, one sentence each (empty when usable).
    public var validationIssues: [String] {
        var issues: [String] = []
        if !(areaM2 >= 0) { issues.append("areaM2 must be ≥ 0 (got \(areaM2))") }
        if !(cellEfficiency > 0 && cellEfficiency <= 1) { issues.append("cellEfficiency must be in (0, 1] (got \(cellEfficiency))") }
        if !(degradationPerYear >= 0 && degradationPerYear < 1) {
            issues.append("degradationPerYear must be in [0, 1) (got \(degradationPerYear))")
        }
        return issues
    }

    /// Cosine factor of the pointing law (see ``ArrayPointing``).
    ///
    /// - Parameters:
    ///   - cosSunZenith: r̂ · ŝ at the satellite (``RadiantEnvironment/cosSunZenith``).
    @inlinable
    public func pointingFactor(cosSunZenith: Double) -> Double {
        switch pointing {
        case .sunTracking: 1
        case .nadirFixed: max(0, cosSunZenith)
        }
    }

    /// Remaining fraction of beginning-of-life output after `yearsInOrbit`, 0…1.
    @inlinable
    public func ageingFactor(yearsInOrbit: Double) -> Double {
        min(1, max(0, 1 - degradationPerYear * yearsInOrbit))
    }

    /// Electrical power generated, W.
    ///
    /// - Parameters:
    ///   - solarFluxWm2: irradiance at the satellite, W/m² (``SolarFlux``).
    ///   - litFraction: visible fraction of the solar disk, 0…1 (``Shadow``).
    ///   - cosSunZenith: r̂ · ŝ, used only by `.nadirFixed`.
    ///   - yearsInOrbit: time since launch, years.
    @inlinable
    public func generatedPowerW(
        solarFluxWm2: Double, litFraction: Double, cosSunZenith: Double, yearsInOrbit: Double
    ) -> Double {
        areaM2 * cellEfficiency * solarFluxWm2 * min(1, max(0, litFraction))
            * pointingFactor(cosSunZenith: cosSunZenith) * ageingFactor(yearsInOrbit: yearsInOrbit)
    }

    /// Electrical power generated in `environment`, W.
    @inlinable
    public func generatedPowerW(in environment: RadiantEnvironment, yearsInOrbit: Double) -> Double {
        generatedPowerW(
            solarFluxWm2: environment.solarFluxWm2, litFraction: environment.litFraction,
            cosSunZenith: environment.cosSunZenith, yearsInOrbit: yearsInOrbit
        )
    }
}
