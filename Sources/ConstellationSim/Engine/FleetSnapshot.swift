/// Whether ticks are running against the clock.
public enum RunState: String, Sendable, Hashable {
    case running = "RUNNING"
    case paused = "PAUSED"
}

/// What the console currently shows, so the engine publishes only those rows.
public struct ViewRequest: Sendable, Hashable {
    /// Index of the first fleet row on screen.
    public var firstRow: Int
    /// How many rows fit.
    public var rowCount: Int
    /// Fleet index of the selected satellite.
    public var selected: Int
    /// The map view's density grid and ground track, when the map is shown.
    public var map: MapRequest?
    /// The constellation view's heatmap, when it is shown.
    public var heatmap: HeatmapRequest?
    /// The table's order (nil: fleet order); `firstRow` then counts positions in it.
    public var sort: RowSort?

    public init(firstRow: Int = 0, rowCount: Int = 40, selected: Int = 0, map: MapRequest? = nil,
                heatmap: HeatmapRequest? = nil, sort: RowSort? = nil) {
        self.sort = sort
        self.firstRow = firstRow
        self.rowCount = rowCount
        self.selected = selected
        self.map = map
        self.heatmap = heatmap
    }
}

/// One satellite as a table row.
public struct SatelliteRow: Sendable, Hashable {
    public var index: Int
    public var id: String
    public var shell: String
    /// 1-based plane and slot, as operators count them.
    public var plane: Int
    public var slot: Int
    public var latitudeDeg: Double
    public var longitudeDeg: Double
    public var altitudeKm: Double
}

/// An immutable picture of the simulation after a tick: aggregates plus the
/// rows the console asked for. Never the whole fleet.
public struct FleetSnapshot: Sendable {
    public var scenarioName: String
    public var tick: UInt64
    public var simSeconds: Double
    public var time: JulianDate
    public var dtSeconds: Double
    public var runState: RunState
    public var speed: SimulationSpeed
    /// Ticks per wall-clock second actually achieved recently.
    public var ticksPerSecond: Double
    public var satelliteCount: Int
    /// The requested window of rows, starting at `firstRow`.
    public var firstRow: Int
    public var rows: [SatelliteRow]
    public var selected: SatelliteRow?
    /// Recent values of the selected satellite (nil until the first sample).
    public var history: SatelliteHistory? = nil
    /// Present when the view request asked for them.
    public var map: FleetMap? = nil
    public var heatmap: ShellHeatmap? = nil
    public var groundStations: [GroundStation] = []
    /// Names of the designed shells, in scenario order.
    public var shellNames: [String] = []
}

extension Simulation {
    /// The row of satellite `index`.
    public func row(_ index: Int) -> SatelliteRow {
        return SatelliteRow(index: index, id: fleet.ids[index], shell: fleet.groupNames[Int(fleet.shellIndex[index])],
                            plane: Int(fleet.plane[index]) + 1, slot: Int(fleet.slot[index]) + 1,
                            latitudeDeg: fleet.latitudeDeg[index], longitudeDeg: fleet.longitudeDeg[index],
                            altitudeKm: fleet.altitudeKm[index])
    }

    /// A snapshot of the current state for `view`.
    public func snapshot(view: ViewRequest, runState: RunState, speed: SimulationSpeed,
                         ticksPerSecond: Double) -> FleetSnapshot {
        let n = fleet.count
        let first = min(max(0, view.firstRow), max(0, n - 1))
        let last = min(n, first + max(0, view.rowCount))
        let rows = (first..<last).map(row)
        let selected = (0..<n).contains(view.selected) ? row(view.selected) : nil
        return FleetSnapshot(scenarioName: scenario.name, tick: tick, simSeconds: simSeconds, time: time,
                             dtSeconds: scenario.dtSeconds, runState: runState, speed: speed,
                             ticksPerSecond: ticksPerSecond, satelliteCount: n, firstRow: first,
                             rows: rows, selected: selected)
    }
}
