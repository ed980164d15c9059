/// One shell as a picture: rows are planes, columns are slots, each cell the mean
/// of a metric over the block of satellites it covers.
public struct ShellHeatmap: Sendable, Hashable {
    public var shell: Int
    public var shellName: String
    public var metric: HeatmapMetric
    /// Planes and slots per plane of the whole shell.
    public var planes: Int
    public var slotsPerPlane: Int
    /// The grid actually sent: at most the requested size.
    public var columns: Int
    public var rows: Int
    /// Satellites per cell along each axis (1 when not downsampled).
    public var planesPerRow: Int
    public var slotsPerColumn: Int
    /// Row-major cell means, engine units (battery and utilization as fractions 0…1).
    public var values: [Double]
    public var minimum: Double
    public var maximum: Double
}

extension EngineFrame {
    /// The heatmap for `request`, or nil when the shell does not exist.
    /// Blocks of `ceil(planes / maxRows)` × `ceil(slots / maxColumns)` satellites
    /// are averaged in one pass over the shell. `alarmCounts` (alarms not NORMAL per
    /// satellite) is needed only for the `.alarms` metric.
    public func heatmap(_ request: HeatmapRequest, alarmCounts: [UInt8] = []) -> ShellHeatmap? {
        let shells = scenario.shells
        guard shells.indices.contains(request.shell) else { return nil }
        let shell = shells[request.shell].shell
        let offset = shells[..<request.shell].reduce(0) { $0 + $1.shell.total }
        let planes = shell.planes, slots = shell.perPlane
        guard offset + planes * slots <= count else { return nil }
        let planesPerRow = (planes + max(1, request.maxRows) - 1) / max(1, request.maxRows)
        let slotsPerColumn = (slots + max(1, request.maxColumns) - 1) / max(1, request.maxColumns)
        let rows = (planes + planesPerRow - 1) / planesPerRow
        let columns = (slots + slotsPerColumn - 1) / slotsPerColumn
        var sums = [Double](repeating: 0, count: rows * columns)
        var counts = [Int](repeating: 0, count: rows * columns)
        for p in 0..<planes {
            let rowBase = (p / planesPerRow) * columns
            for k in 0..<slots {
                let cell = rowBase + k / slotsPerColumn
                // FAILED satellites carry no sample (NaN): a cell averages the others.
                let value = metricValue(request.metric, offset + p * slots + k, alarmCounts)
                guard value.isFinite else { continue }
                sums[cell] += value
                counts[cell] += 1
            }
        }
        let values = zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : .nan }
        let finite = values.filter(\.isFinite)
        return ShellHeatmap(shell: request.shell, shellName: shell.name, metric: request.metric,
                            planes: planes, slotsPerPlane: slots, columns: columns, rows: rows,
                            planesPerRow: planesPerRow, slotsPerColumn: slotsPerColumn, values: values,
                            minimum: finite.min() ?? 0, maximum: finite.max() ?? 0)
    }

    /// Satellite `i`'s value of `metric` in engine units (fractions for battery and
    /// utilization); NaN where a FAILED satellite has no sample.
    @inline(__always)
    private func metricValue(_ metric: HeatmapMetric, _ i: Int, _ alarmCounts: [UInt8]) -> Double {
        let failed = columns.mode[i] == .failed
        switch metric {
        case .latitude: return columns.latitudeDeg[i]
        case .altitude: return columns.altitudeKm[i]
        case .battery: return failed ? .nan : columns.batterySOC[i]
        case .acceleratorTemp: return failed ? .nan : columns.acceleratorTempC[i]
        case .radiatorTemp: return failed ? .nan : columns.radiatorTempC[i]
        case .utilization: return columns.utilization[i]
        case .alarms: return i < alarmCounts.count ? Double(alarmCounts[i]) : 0
        }
    }

    /// Alarms not NORMAL per satellite (the `.alarms` heatmap metric), from the records.
    package func alarmCountsPerSatellite() -> [UInt8] {
        var counts = [UInt8](repeating: 0, count: count)
        for key in alarms.records.keys where key.satellite >= 0 && key.satellite < count {
            counts[key.satellite] &+= 1
        }
        return counts
    }
}
