/// The radiation a satellite sees at one instant: direct sun, shadow, albedo, Earth IR.
///
/// Computed once per satellite per tick from its position and the sun's
/// (``SunEphemeris``) and shared by the power and thermal models. Fluxes are before any
/// ``EnvironmentSwitches``: the thermal model applies them, the power model never does.
public struct RadiantEnvironment: Sendable, Hashable {
    /// Fraction of the solar disk visible (conical shadow with penumbra), 0…1.
    public var litFraction: Double
    /// Solar irradiance at the satellite's distance from the sun, W/m², ignoring shadow.
    public var solarFluxWm2: Double
    /// Cosine of the sun's zenith angle at the sub-satellite point, r̂ · ŝ (−1…1).
    public var cosSunZenith: Double
    /// Albedo flux on a nadir-facing plate, W/m² (see ``EarthRadiation``).
    public var albedoFluxWm2: Double
    /// Earth infrared flux on a nadir-facing plate, W/m².
    public var earthIRFluxWm2: Double

    @inlinable
    public init(
        litFraction: Double, solarFluxWm2: Double, cosSunZenith: Double,
        albedoFluxWm2: Double, earthIRFluxWm2: Double
    ) {
        self.litFraction = litFraction
        self.solarFluxWm2 = solarFluxWm2
        self.cosSunZenith = cosSunZenith
        self.albedoFluxWm2 = albedoFluxWm2
        self.earthIRFluxWm2 = earthIRFluxWm2
    }

    /// The environment of a satellite at `satelliteKm` (geocentric inertial, km).
    @inlinable
    public init(satelliteKm r: SIMD3<Double>, sun: SunPosition) {
        let radiusKm = (r * r).sum().squareRoot()
        let flux = SolarFlux.irradianceWm2(satelliteKm: r, sunKm: sun.positionKm)
        let cosZenith = (r * sun.direction).sum() / radiusKm
        self.init(
            litFraction: Shadow.litFraction(satelliteKm: r, sunKm: sun.positionKm),
            solarFluxWm2: flux,
            cosSunZenith: cosZenith,
            albedoFluxWm2: EarthRadiation.albedoFluxWm2(radiusKm: radiusKm, cosSunZenith: cosZenith, solarFluxWm2: flux),
            earthIRFluxWm2: EarthRadiation.infraredFluxWm2(radiusKm: radiusKm)
        )
    }
}
