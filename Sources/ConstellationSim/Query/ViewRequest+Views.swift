/// What the map view asks the engine for: a satellite-density grid over the
/// whole Earth (equirectangular, row 0 at 90°N, column 0 at 180°W) and the
/// selected satellite's ground track.
public struct MapRequest: Sendable, Hashable {
    /// Density grid size in cells (the console asks for one cell per braille dot).
    public var columns: Int
    public var rows: Int
    /// Ground-track points over ± one orbit of the selected satellite.
    public var trackPoints: Int

    public init(columns: Int, rows: Int, trackPoints: Int = 240) {
        self.columns = columns
        self.rows = rows
        self.trackPoints = trackPoints
    }
}

/// A per-satellite quantity the constellation heatmap can show (a new case needs a
/// branch in `EngineFrame.metricValue`, ShellHeatmap.swift, and a label in the console).
public enum HeatmapMetric: String, Sendable, Hashable, CaseIterable {
    case latitude
    case altitude
    case battery
    case acceleratorTemp
    case radiatorTemp
    case utilization
    case alarms
}

/// What the constellation view asks for: one shell as planes × slots, downsampled
/// by the engine to at most `maxColumns` × `maxRows` cells.
public struct HeatmapRequest: Sendable, Hashable {
    /// Index into the scenario's designed shells.
    public var shell: Int
    public var metric: HeatmapMetric
    /// Largest grid the console can show: columns are slots, rows are planes.
    public var maxColumns: Int
    public var maxRows: Int

    public init(shell: Int, metric: HeatmapMetric, maxColumns: Int, maxRows: Int) {
        self.shell = shell
        self.metric = metric
        self.maxColumns = maxColumns
        self.maxRows = maxRows
    }
}
