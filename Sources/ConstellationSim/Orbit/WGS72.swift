/// WGS-72 constants as SGP4 uses them (Vallado et al. 2006, "Revisiting Spacetrack
/// Report #3", AIAA 2006-6753, the `wgs72` constant set).
///
/// SGP4 element sets are fitted with these constants, so the propagator must use them
/// rather than WGS-84 (which the rest of the engine uses for geodetic output).
public enum WGS72 {
    /// Gravitational parameter, km³/s².
    public static let muKm3PerS2 = 398_600.8
    /// Equatorial radius, km.
    public static let equatorialRadiusKm = 6378.135
    /// sqrt(GM) in Earth radii^1.5 per minute.
    public static let xke = 60.0 / (equatorialRadiusKm * equatorialRadiusKm * equatorialRadiusKm / muKm3PerS2).squareRoot()
    /// Minutes per canonical time unit (1 / xke).
    public static let minutesPerTimeUnit = 1.0 / xke
    /// Zonal harmonics J2, J3, J4 (unnormalised).
    public static let j2 = 0.001_082_616
    public static let j3 = -0.000_002_538_81
    public static let j4 = -0.000_001_655_97
    /// J3 / J2.
    public static let j3OverJ2 = j3 / j2
    /// Velocity unit: Earth radii per canonical time unit expressed in km/s.
    public static let kmPerSecondPerUnit = equatorialRadiusKm * xke / 60.0
}
