import Foundation

/// Physical and practical bounds on scenario values: what the reader refuses, with
/// file:line:key and what would be accepted, before a value can overflow, allocate
/// gigabytes or stall a run.
extension ScenarioFile {
    /// Highest altitude accepted for a shell, km: 2.5 × geostationary, well inside the
    /// Earth's sphere of influence (the models are for Earth orbits).
    public static let maximumAltitudeKm = 100_000.0
    /// Highest altitude of a sun-synchronous shell, km: above ≈ 5,975 km the J2 regression
    /// cannot match the sun's 360° per year at any inclination (cos i would pass −1).
    public static let maximumSunSynchronousAltitudeKm = 5974.0
    /// Shortest and longest tick, seconds: below 10 ms a day is millions of ticks; above an
    /// hour a low orbit moves a quarter turn per tick.
    public static let dtRangeS = (minimum: 0.01, maximum: 3600.0)
    /// Most satellites a scenario may hold (≈ 3.8 GiB at `bytesPerSatellite`).
    public static let maximumSatellites = 4_000_000
    /// Memory one satellite needs across the world's columns, journal and snapshots, bytes (≈ 1 KiB).
    public static let bytesPerSatellite = 1024.0
    /// Most radiation-sensitive bits per satellite (10¹⁵ bits = 125 TB): keeps upsets per
    /// tick far from Int's range.
    public static let maximumSensitiveBits = 1e15

    /// `1e7` satellites needs ≈ 9.5 GiB: memory of `count` satellites in words.
    static func memoryEstimate(satellites count: Double) -> String {
        let bytes = count * bytesPerSatellite
        let gib = bytes / 1_073_741_824
        if gib >= 1e6 { return String(format: "≈ %.3g GiB", gib) }
        return gib >= 1 ? String(format: "≈ %.1f GiB", gib) : String(format: "≈ %.0f MiB", bytes / 1_048_576)
    }

    /// Refuses a shell of `planes` × `perPlane` satellites that would take the scenario past
    /// `maximumSatellites` (`before`: satellites of earlier shells), naming the larger count.
    static func checkSatelliteCount(_ r: ScenarioFileReader, planes: Int, perPlane: Int, before: Int)
        throws(ScenarioFileError) -> Int {
        let shell = Double(planes) * Double(perPlane), total = shell + Double(before)
        guard total > Double(maximumSatellites) else { return before + planes * perPlane }
        let key = perPlane >= planes ? "per_plane" : "planes"
        let what = key == "per_plane" ? "\(perPlane) per plane" : "\(planes) planes"
        throw r.error(key, "\(what) makes \(String(format: total < 1e12 ? "%.0f" : "%.3g", total)) satellites, which needs "
                           + "\(memoryEstimate(satellites: total)) (≈ 1 KiB each); at most \(maximumSatellites) "
                           + "satellites (\(memoryEstimate(satellites: Double(maximumSatellites)))) are accepted")
    }
}
