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
    /// Index of the first alarm-list line on screen, and how many fit (0: none).
    public var alarmFirstLine: Int
    public var alarmLineCount: Int
    /// Alarms of one parameter and severity on this many satellites or more
    /// become one group line.
    public var alarmGroupingThreshold: Int
    /// Whether shelved, suppressed and out-of-service alarms are listed.
    public var includeHiddenAlarms: Bool
    /// Whether the snapshot carries the KPIs.
    public var includeAlarmKPIs: Bool
    /// Most members a group line carries in the snapshot (its counts stay whole).
    public var alarmGroupMemberLimit: Int
    /// The map view's density grid and ground track, when the map is shown.
    public var map: MapRequest?
    /// The constellation view's heatmap, when it is shown.
    public var heatmap: HeatmapRequest?
    /// The table's order (nil: fleet order); `firstRow` then counts positions in it.
    public var sort: RowSort?
    /// The table's filter (nil: every satellite); rows are then the matching subset in order.
    public var filter: FleetFilter?
    /// A satellite id to look up (the console's jump); answered in `FleetSnapshot.lookup`.
    public var lookupID: String?
    /// The plots view's window and overlay, when it is shown (answered in `FleetSnapshot.plots`).
    public var plot: PlotRequest? = nil
    /// The Catalog view's window of catalog objects (`catalogRowCount` 0: none).
    public var catalogFirstRow: Int = 0
    public var catalogRowCount: Int = 0
    /// Text the alarm list must contain (case-insensitive: satellite id, parameter or
    /// severity name); nil lists every alarm. Groups keep their matching members.
    public var alarmFilter: String?
    /// An alarm whose line the snapshot locates (`AlarmSnapshot.focusLine`), so the
    /// console's selection can follow it when the list reorders.
    public var alarmFocus: AlarmKey?
    /// The latency view's route window, when it is shown.
    public var latency: LatencyRequest?

    public init(firstRow: Int = 0, rowCount: Int = 40, selected: Int = 0,
                alarmFirstLine: Int = 0, alarmLineCount: Int = 0, alarmGroupingThreshold: Int = 3,
                includeHiddenAlarms: Bool = false, includeAlarmKPIs: Bool = true, alarmGroupMemberLimit: Int = 50,
                map: MapRequest? = nil, heatmap: HeatmapRequest? = nil, sort: RowSort? = nil,
                filter: FleetFilter? = nil, lookupID: String? = nil) {
        self.firstRow = firstRow
        self.rowCount = rowCount
        self.selected = selected
        self.alarmFirstLine = alarmFirstLine
        self.alarmLineCount = alarmLineCount
        self.alarmGroupingThreshold = alarmGroupingThreshold
        self.includeHiddenAlarms = includeHiddenAlarms
        self.includeAlarmKPIs = includeAlarmKPIs
        self.alarmGroupMemberLimit = alarmGroupMemberLimit
        self.map = map
        self.heatmap = heatmap
        self.sort = sort
        self.filter = filter
        self.lookupID = lookupID
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
    public var mode: OperatingMode = .nominal
    /// Why the satellite is in its mode (`.none` when nominal).
    public var cause: ModeCause = .none
    /// Battery state of charge, fraction 0…1.
    public var batterySOC: Double = 0
    /// Battery power, W: positive charging, negative discharging.
    public var netPowerW: Double = 0
    public var acceleratorTempC: Double = 0
    public var radiatorTempC: Double = 0
    /// Granted utilization 0…1.
    public var utilization: Double = 0
    public var seuTotal: Int = 0
    /// Laser links up, 0…4.
    public var linksUp: Int = 0
    /// Name of the ground station in contact (highest elevation), nil when none.
    public var groundStation: String?
    /// Index of the satellite's spacecraft class (into `FleetSnapshot.limits`).
    public var spacecraftClass: Int = 0
    /// Laser links up, bit `LaserDirection.rawValue` (fore, aft, left, right).
    public var linkMask: UInt8 = 0
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
    /// The recorded session being replayed (nil: live).
    public var replay: ReplayProgress? = nil
    /// The step running now (nil: none): the header shows its progress.
    public var step: StepProgress? = nil
    public var satelliteCount: Int
    /// The requested window of rows, starting at `firstRow`.
    public var firstRow: Int
    public var rows: [SatelliteRow]
    public var selected: SatelliteRow?
    /// Summary, list window, KPIs, the selected satellite's alarms, journal.
    public var alarms = AlarmSnapshot()
    /// Fleet totals after the tick.
    public var aggregates: FleetAggregates = FleetAggregates()
    /// Alarm limits of each spacecraft class (index `SatelliteRow.spacecraftClass`), for
    /// styling values against their limits.
    public var limits: [LimitSet] = []
    /// Recent values of the selected satellite (nil until the first sample).
    public var history: SatelliteHistory? = nil
    /// The plots view's traces, when the request asked for them.
    public var plots: PlotData? = nil
    /// Present when the view request asked for them.
    public var map: FleetMap? = nil
    public var heatmap: ShellHeatmap? = nil
    public var latency: LatencySnapshot? = nil
    public var groundStations: [GroundStation] = []
    /// Names of the designed shells, in scenario order.
    public var shellNames: [String] = []
    /// Satellites passing the view's filter (nil: no filter); rows then come from them.
    public var filterMatchCount: Int?
    /// The first `FleetSnapshot.filterMatchLimit` matching fleet indices, in table order.
    public var filterMatches: [Int] = []
    /// The answer to `ViewRequest.lookupID`: the id asked and its fleet index (nil: unknown).
    public var lookup: SatelliteLookup?
    /// Characters in the longest satellite id of the fleet (the id column's width).
    public var longestIDLength = 0
    /// Characters in the longest orbit-group name (shells and catalogs).
    public var longestGroupNameLength = 0
    /// Ids of the satellites named in `alarms` (list lines, members, selected alarms).
    public var alarmSatelliteIDs: [Int: String] = [:]
    /// Spacecraft class (index into `limits`) of the same satellites.
    public var alarmSatelliteClasses: [Int: Int] = [:]
    /// The selected satellite's orbit and eclipse prediction (nil: none selected).
    public var selectedOrbit: SelectedOrbit?
    /// The alarm book's longest shelve, s (a shelve asks for at most this).
    public var maximumShelveSeconds: Double = 8 * 3600
    /// Number of catalog objects (not ours) and the requested window of them.
    public var catalogObjectCount: Int = 0
    public var catalogFirstRow: Int = 0
    public var catalogObjects: [CatalogObjectRow] = []

    /// Most matching indices a snapshot carries (fault injection on a filtered set).
    public static let filterMatchLimit = 1_000
}

/// A satellite id looked up for the console's jump.
public struct SatelliteLookup: Sendable, Hashable {
    public var id: String
    /// The satellite whose id is exactly `id` (case-insensitive), or the one satellite
    /// whose id within its shell is `id` (`P07-S12` for `sso-650/P07-S12`).
    public var index: Int?
    /// When `id` names a satellite in several shells: each one, as (full id, fleet index).
    public var candidates: [SatelliteCandidate] = []

    public init(id: String, index: Int?, candidates: [SatelliteCandidate] = []) {
        self.id = id
        self.index = index
        self.candidates = candidates
    }
}

/// One satellite an ambiguous id may mean.
public struct SatelliteCandidate: Sendable, Hashable {
    public var id: String
    public var index: Int

    public init(id: String, index: Int) {
        self.id = id
        self.index = index
    }
}

extension EngineFrame {
    /// The row of satellite `index`.
    public func row(_ index: Int) -> SatelliteRow {
        let c = columns, id = identity
        let station = Int(c.groundContact[index])
        let stations = scenario.groundStations
        return SatelliteRow(index: index, id: id.ids[index], shell: id.groupNames[Int(id.shellIndex[index])],
                            plane: Int(id.plane[index]) + 1, slot: Int(id.slot[index]) + 1,
                            latitudeDeg: c.latitudeDeg[index], longitudeDeg: c.longitudeDeg[index],
                            altitudeKm: c.altitudeKm[index], mode: c.mode[index], cause: c.modeCause[index],
                            batterySOC: c.batterySOC[index], netPowerW: c.netPowerW[index],
                            acceleratorTempC: c.acceleratorTempC[index], radiatorTempC: c.radiatorTempC[index],
                            utilization: c.utilization[index], seuTotal: c.seuTotal[index],
                            linksUp: c.linkMask[index].nonzeroBitCount,
                            groundStation: stations.indices.contains(station) ? stations[station].name : nil,
                            spacecraftClass: Int(id.spacecraftClass[index]), linkMask: c.linkMask[index])
    }
}
