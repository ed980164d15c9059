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
    /// Row-major cell means.
    public var values: [Double]
    public var minimum: Double
    public var maximum: Double
}

extension Simulation {
    /// The heatmap for `request`, or nil when the shell does not exist.
    /// Blocks of `ceil(planes / maxRows)` × `ceil(slots / maxColumns)` satellites
    /// are averaged, so a million-satellite shell costs one pass and a small grid.
    public func heatmap(_ request: HeatmapRequest) -> ShellHeatmap? {
        let shells = scenario.shells
        guard shells.indices.contains(request.shell) else { return nil }
        let shell = shells[request.shell].shell
        let offset = shells[..<request.shell].reduce(0) { $0 + $1.shell.total }
        let planes = shell.planes, slots = shell.perPlane
        let planesPerRow = (planes + max(1, request.maxRows) - 1) / max(1, request.maxRows)
        let slotsPerColumn = (slots + max(1, request.maxColumns) - 1) / max(1, request.maxColumns)
        let rows = (planes + planesPerRow - 1) / planesPerRow
        let columns = (slots + slotsPerColumn - 1) / slotsPerColumn
        var sums = [Double](repeating: 0, count: rows * columns)
        var counts = [Int](repeating: 0, count: rows * columns)
        let source = metricValues(request.metric)
        for p in 0..<planes {
            let rowBase = (p / planesPerRow) * columns
            for k in 0..<slots {
                let cell = rowBase + k / slotsPerColumn
                // FAILED satellites carry no sample (NaN): a cell averages the others.
                let value = source[offset + p * slots + k]
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

    /// The fleet-wide array holding `metric`.
    private func metricValues(_ metric: HeatmapMetric) -> [Double] {
        switch metric {
        case .latitude: return fleet.latitudeDeg
        case .altitude: return fleet.altitudeKm
        case .battery: return states.alarmSamples[Int(AlarmParameter.batterySOC.rawValue)]
        case .acceleratorTemp: return states.alarmSamples[Int(AlarmParameter.acceleratorTemp.rawValue)]
        case .radiatorTemp: return states.alarmSamples[Int(AlarmParameter.radiatorTemp.rawValue)]
        case .utilization: return states.utilization.map { $0 * 100 }
        case .alarms:
            // Alarms not NORMAL per satellite: the book keeps a record only for those.
            var counts = [Double](repeating: 0, count: fleet.count)
            for key in alarms.records.keys where key.satellite < counts.count { counts[key.satellite] += 1 }
            return counts
        }
    }
}
