/// Which environmental heat inputs the thermal model applies; each can be switched off
/// (for tests, for studies, or to isolate a cause). All on by default.
public struct EnvironmentSwitches: Sendable, Hashable, Codable {
    /// Sunlight reflected by the Earth onto the radiator.
    public var albedo: Bool
    /// Earth's own infrared emission onto the radiator.
    public var earthIR: Bool
    /// Direct sunlight absorbed by the radiator.
    public var solarHeating: Bool

    public init(albedo: Bool = true, earthIR: Bool = true, solarHeating: Bool = true) {
        self.albedo = albedo
        self.earthIR = earthIR
        self.solarHeating = solarHeating
    }

    /// Every input on.
    public static let allOn = EnvironmentSwitches()
    /// Every input off: the spacecraft sees only deep space.
    public static let allOff = EnvironmentSwitches(albedo: false, earthIR: false, solarHeating: false)
}

/// Earth-emitted and Earth-reflected radiation on a nadir-facing flat plate.
///
/// The view factor of a plate facing nadir from radius r is F = (R⊕ / r)² (exact for a
/// spherical Earth; REFERENCE.md). Then
/// - Earth infrared: q_IR = 237 W/m² × F (237 W/m² is the mean outgoing long-wave flux
///   at the top of the atmosphere, treated as uniform over the globe);
/// - albedo: q_alb = 0.30 × S × F × max(0, cos θ☉), where S is the solar flux and θ☉ the
///   sun's zenith angle at the sub-satellite point (cos θ☉ = r̂ · ŝ). This first-order
///   choice scales the reflected light by how high the sun stands under the satellite:
///   full at local noon, zero once the sub-satellite point is past the terminator (the
///   thin sunlit crescent still visible from there is neglected, as is the variation of
///   albedo with cloud cover and latitude).
public enum EarthRadiation {
    /// Bond albedo of the Earth (REFERENCE.md ≈ 0.30).
    public static let albedo = 0.30
    /// Outgoing long-wave radiation at the top of the atmosphere, W/m² (REFERENCE.md ≈ 237).
    public static let infraredWm2 = 237.0

    /// View factor (R⊕ / r)² of a nadir-facing plate at geocentric distance `radiusKm`
    /// (1 at or below the surface).
    @inlinable
    public static func viewFactor(radiusKm: Double) -> Double {
        let ratio = WGS84.equatorialRadiusKm / radiusKm
        return min(1, ratio * ratio)
    }

    /// Earth infrared flux on a nadir-facing plate, W/m².
    @inlinable
    public static func infraredFluxWm2(radiusKm: Double) -> Double {
        infraredWm2 * viewFactor(radiusKm: radiusKm)
    }

    /// Albedo flux on a nadir-facing plate, W/m².
    ///
    /// - Parameters:
    ///   - radiusKm: geocentric distance of the satellite, km.
    ///   - cosSunZenith: r̂ · ŝ, cosine of the sun's zenith angle at the sub-satellite point.
    ///   - solarFluxWm2: solar irradiance, W/m².
    @inlinable
    public static func albedoFluxWm2(radiusKm: Double, cosSunZenith: Double, solarFluxWm2: Double) -> Double {
        albedo * solarFluxWm2 * viewFactor(radiusKm: radiusKm) * max(0, cosSunZenith)
    }
}
