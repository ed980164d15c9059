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
    /// ALARMS: index of the first alarm-list line on screen, and how many fit (0: none).
    public var alarmFirstLine: Int
    public var alarmLineCount: Int
    /// ALARMS: alarms of one parameter and severity on this many satellites or more
    /// become one group line.
    public var alarmGroupingThreshold: Int
    /// ALARMS: whether shelved, suppressed and out-of-service alarms are listed.
    public var includeHiddenAlarms: Bool
    /// ALARMS: whether the snapshot carries the KPIs (they cost a pass over every alarm).
    public var includeAlarmKPIs: Bool
    /// ALARMS: most members a group line carries in the snapshot (its counts stay whole).
    public var alarmGroupMemberLimit: Int

    public init(firstRow: Int = 0, rowCount: Int = 40, selected: Int = 0,
                alarmFirstLine: Int = 0, alarmLineCount: Int = 0, alarmGroupingThreshold: Int = 3,
                includeHiddenAlarms: Bool = false, includeAlarmKPIs: Bool = true, alarmGroupMemberLimit: Int = 50) {
        self.firstRow = firstRow
        self.rowCount = rowCount
        self.selected = selected
        self.alarmFirstLine = alarmFirstLine
        self.alarmLineCount = alarmLineCount
        self.alarmGroupingThreshold = alarmGroupingThreshold
        self.includeHiddenAlarms = includeHiddenAlarms
        self.includeAlarmKPIs = includeAlarmKPIs
        self.alarmGroupMemberLimit = alarmGroupMemberLimit
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
    /// ALARMS: summary, list window, KPIs, the selected satellite's alarms, journal.
    public var alarms = AlarmSnapshot()
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
        var snapshot = FleetSnapshot(scenarioName: scenario.name, tick: tick, simSeconds: simSeconds, time: time,
                             dtSeconds: scenario.dtSeconds, runState: runState, speed: speed,
                             ticksPerSecond: ticksPerSecond, satelliteCount: n, firstRow: first,
                             rows: rows, selected: selected)
        snapshot.alarms = alarmSnapshot(view: view)  // ALARMS
        return snapshot
    }
}
