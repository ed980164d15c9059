/// The frame and columns of an ephemeris.
public enum EphemerisFrame: String, Sendable, Hashable, CaseIterable {
    /// SGP4's own true-equator, mean-equinox frame: position km, velocity km/s.
    case teme
    /// Earth-fixed (TEME rotated by GMST, polar motion ignored): position km, velocity km/s
    /// relative to the rotating Earth.
    case ecef
    /// WGS-84 latitude and longitude (degrees) and height above the ellipsoid (km), with the UTC time.
    case geodetic

    /// The column names of rows in this frame.
    public var columns: [String] {
        switch self {
        case .teme, .ecef: ["catalog", "minutes", "x_km", "y_km", "z_km", "vx_km_s", "vy_km_s", "vz_km_s"]
        case .geodetic: ["catalog", "minutes", "time_utc", "lat_deg", "lon_deg", "alt_km"]
        }
    }
}
