/// Physical constants of the Earth models used by the engine.
///
/// WGS-84 is the frame for geodetic output and for the designed-shell (J2)
/// propagator; SGP4 keeps its own WGS-72 constants because the reference
/// implementation it must reproduce uses them.
public enum WGS84 {
    /// Equatorial radius, km.
    public static let equatorialRadiusKm = 6378.137
    /// Flattening.
    public static let flattening = 1.0 / 298.257223563
    /// First eccentricity squared.
    public static let eccentricitySquared = flattening * (2.0 - flattening)
    /// Gravitational parameter, km³/s².
    public static let muKm3PerS2 = 398_600.4418
    /// Second zonal harmonic (EGM96, unnormalised).
    public static let j2 = 1.082_626_68e-3
    /// Mean Earth rotation rate, rad/s.
    public static let rotationRateRadPerS = 7.292_115e-5
}

/// Time constants.
public enum TimeConstants {
    public static let secondsPerDay = 86_400.0
    /// Length of the mean tropical year, days (for sun-synchronous precession).
    public static let tropicalYearDays = 365.242_19
    /// Julian date of 2000-01-01 12:00 TT (J2000.0), used here on the UTC scale.
    public static let j2000 = 2_451_545.0
    /// Julian date of the Unix epoch, 1970-01-01 00:00 UTC.
    public static let unixEpoch = 2_440_587.5
}

@inline(__always) package func degrees(_ radians: Double) -> Double { radians * 180.0 / .pi }
@inline(__always) package func radians(_ degrees: Double) -> Double { degrees * .pi / 180.0 }
