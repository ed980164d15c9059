/// Solar irradiance by the inverse-square law.
///
/// flux = 1361 W/m² × (1 AU / d)², with d the distance from the sun (REFERENCE.md:
/// solar constant 1361 W/m² at 1 AU, 1317–1408 W/m² over the year). The flux is the
/// irradiance on a surface facing the sun, before shadow (multiply by the lit fraction)
/// and pointing.
public enum SolarFlux {
    /// Irradiance at `distanceAU` from the sun, W/m².
    @inlinable
    public static func irradianceWm2(distanceAU: Double) -> Double {
        SolarConstants.solarConstantWm2 / (distanceAU * distanceAU)
    }

    /// Irradiance at a satellite, W/m², from its distance to the sun (not the Earth's).
    ///
    /// - Parameters:
    ///   - satelliteKm: geocentric inertial position of the satellite, km.
    ///   - sunKm: geocentric position of the sun, km.
    @inlinable
    public static func irradianceWm2(satelliteKm: SIMD3<Double>, sunKm: SIMD3<Double>) -> Double {
        let d = sunKm - satelliteKm
        let au = SolarConstants.astronomicalUnitKm
        return SolarConstants.solarConstantWm2 * au * au / (d * d).sum()
    }
}
