/// Every satellite's telemetry after one tick, as the archive stores it: one row of
/// `columns` per satellite, in fleet order, flat. Units as `simulate` writes them;
/// `mode` is the `OperatingMode` raw value, `ground_contact` the station index (−1: none).
public struct SatelliteSamples: Sendable, Equatable {
    /// The archived columns, in row order (`simulate`'s satellite columns after `sat`).
    public static let columns = [
        "lat_deg", "lon_deg", "alt_km", "lit", "solar_w", "load_w", "battery_soc", "temp_accel_c", "temp_radiator_c",
        "utilization", "mode", "seu_total", "ground_contact", "isl_up", "heater_w",
    ]

    /// Rows × `columns.count` values.
    public var values: [Double]
    /// The archive's bound in force (`TelemetryArchivePolicy.maximumRows`).
    public var maximumRows: Int

    public var count: Int { values.count / Self.columns.count }

    /// The world's telemetry now.
    init(_ s: WorldState, maximumRows: Int) {
        self.maximumRows = maximumRows
        let n = s.count
        values = []
        values.reserveCapacity(n * Self.columns.count)
        for i in 0..<n { values += Self.row(s, i) }
    }

    /// Satellite `i`'s row.
    static func row(_ s: WorldState, _ i: Int) -> [Double] {
        [s.latitudeDeg[i], s.longitudeDeg[i], s.altitudeKm[i], s.litFraction[i], s.solarW[i], s.loadW[i],
         s.batterySOC[i], s.acceleratorTempC[i], s.radiatorTempC[i], s.utilization[i], Double(s.mode[i].rawValue),
         Double(s.seuTotal[i]), Double(s.groundContact[i]), Double(s.linksUp(i)), s.heaterW[i]]
    }
}
