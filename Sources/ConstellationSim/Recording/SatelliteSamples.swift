/// Every satellite's telemetry after one tick, as the archive stores it: one row of
/// `columns` per satellite, in fleet order, flat. Units as `simulate` writes them;
/// `mode` is the `OperatingMode` raw value, `ground_contact` the station index (−1: none).
/// Either the whole fleet (a downsampled sample) or only the satellites archived at full
/// rate (the console's selection) in the ticks between two samples.
public struct SatelliteSamples: Sendable, Equatable {
    /// The archived columns, in row order (`simulate`'s satellite columns after `sat`).
    public static let columns = [
        "lat_deg", "lon_deg", "alt_km", "lit", "solar_w", "load_w", "battery_soc", "temp_accel_c", "temp_radiator_c",
        "utilization", "mode", "seu_total", "ground_contact", "isl_up", "heater_w", "propellant_kg",
    ]

    /// Rows × `columns.count` values.
    public var values: [Double]
    /// The archive's bound in force (`TelemetryArchivePolicy.maximumRows`).
    public var maximumRows: Int
    /// Fleet index of each row (nil: every satellite, in fleet order).
    public var satellites: [Int]?

    public var count: Int { values.count / Self.columns.count }

    /// Fleet index of row `row`.
    public func satellite(ofRow row: Int) -> Int { satellites?[row] ?? row }

    /// The telemetry of `satellites` only (indices outside the fleet are skipped).
    init(_ s: WorldState, only satellites: [Int], maximumRows: Int) {
        self.maximumRows = maximumRows
        let kept = satellites.filter { $0 >= 0 && $0 < s.count }
        self.satellites = kept
        values = []
        values.reserveCapacity(kept.count * Self.columns.count)
        for i in kept { Self.appendRow(s, i, to: &values) }
    }

    /// The world's telemetry now.
    init(_ s: WorldState, maximumRows: Int) {
        self.maximumRows = maximumRows
        let n = s.count
        values = []
        values.reserveCapacity(n * Self.columns.count)
        for i in 0..<n { Self.appendRow(s, i, to: &values) }
    }

    /// Satellite `i`'s row (allocates: for single rows, not whole fleets).
    static func row(_ s: WorldState, _ i: Int) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(columns.count)
        appendRow(s, i, to: &values)
        return values
    }

    /// Appends satellite `i`'s row (no allocation beyond `values`' growth).
    static func appendRow(_ s: WorldState, _ i: Int, to values: inout [Double]) {
        values.append(s.latitudeDeg[i]); values.append(s.longitudeDeg[i]); values.append(s.altitudeKm[i])
        values.append(s.litFraction[i]); values.append(s.solarW[i]); values.append(s.loadW[i])
        values.append(s.batterySOC[i]); values.append(s.acceleratorTempC[i]); values.append(s.radiatorTempC[i])
        values.append(s.utilization[i]); values.append(Double(s.mode[i].rawValue)); values.append(Double(s.seuTotal[i]))
        values.append(Double(s.groundContact[i])); values.append(Double(s.linksUp(i))); values.append(s.heaterW[i])
        values.append(s.propellantKg[i])
    }
}
