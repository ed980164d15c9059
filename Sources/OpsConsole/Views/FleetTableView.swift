import ConstellationSim

/// The scrollable fleet table with its column titles and selection bar.
///
/// Health columns come first and always fit 80 columns: SATELLITE, MODE, BATT %, NET W
/// (battery power: + charging, − discharging), ACC °C, RAD °C, UTIL %, SEU (upsets so
/// far), LNK (laser links up). From 120 columns PLANE, SLOT, LAT °, LON °, ALT km are
/// added; from 140 columns SHELL too. Values with alarm limits (battery, temperatures,
/// links, mode) are styled by the satellite class's `LimitSet`: `.critical` at or past a
/// critical level, `.warning` at or past a warning level, `.ok` otherwise. A pinned
/// satellite has `●` (`*` in ASCII) in the column before its id.
public enum FleetTableView {
    struct Column: Sendable {
        let title: String
        let width: Int
        let rightAligned: Bool
        /// Narrowest terminal that shows the column.
        let minTerminalWidth: Int
        let value: @Sendable (SatelliteRow) -> String
        /// The alarm parameter and value that style the cell, if any.
        let styled: (@Sendable (SatelliteRow) -> (AlarmParameter, Double))?

        init(_ title: String, _ width: Int, right: Bool = true, from minTerminalWidth: Int = 0,
             styled: (@Sendable (SatelliteRow) -> (AlarmParameter, Double))? = nil,
             _ value: @escaping @Sendable (SatelliteRow) -> String) {
            self.title = title
            self.width = width
            self.rightAligned = right
            self.minTerminalWidth = minTerminalWidth
            self.styled = styled
            self.value = value
        }
    }

    static let allColumns: [Column] = [
        Column("SATELLITE", 16, right: false) { $0.id },
        Column("MODE", 8, right: false, styled: { (.modeChange, Double($0.mode.rawValue)) }) { $0.mode.name },
        Column("BATT %", 6, styled: { (.batterySOC, $0.batterySOC * 100) }) { Format.fixed($0.batterySOC * 100, 1, width: 6) },
        Column("NET W", 7) { Format.fixed($0.netPowerW, 0, width: 7) },
        Column("ACC °C", 6, styled: { (.acceleratorTemp, $0.acceleratorTempC) }) { Format.fixed($0.acceleratorTempC, 1, width: 6) },
        Column("RAD °C", 6, styled: { (.radiatorTemp, $0.radiatorTempC) }) { Format.fixed($0.radiatorTempC, 1, width: 6) },
        Column("UTIL %", 6) { Format.fixed($0.utilization * 100, 1, width: 6) },
        Column("SEU", 5) { String($0.seuTotal) },
        Column("LNK", 3, styled: { (.linkLoss, Double(4 - $0.linksUp)) }) { String($0.linksUp) },
        Column("SHELL", 12, right: false, from: 140) { $0.shell },
        Column("PLANE", 5, from: 120) { String($0.plane) },
        Column("SLOT", 4, from: 120) { String($0.slot) },
        Column("LAT °", 7, from: 120) { Format.fixed($0.latitudeDeg, 2, width: 7) },
        Column("LON °", 8, from: 120) { Format.fixed($0.longitudeDeg, 2, width: 8) },
        Column("ALT km", 6, from: 120) { Format.fixed($0.altitudeKm, 1, width: 6) },
    ]

    /// The columns shown at `width` terminal columns.
    static func columns(width: Int) -> [Column] { allColumns.filter { $0.minTerminalWidth <= width } }

    /// Renders the title row at `area.y` and the rows below it.
    /// `ascii`: mark pins with `*` rather than `●`.
    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, area: Rect, ascii: Bool = false,
                              into grid: inout Grid) {
        guard area.height > 0 else { return }
        let columns = columns(width: area.width)
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.columnHeader))
        var x = area.x + 1
        for column in columns {
            let text = column.rightAligned ? Format.pad(column.title, column.width) : Format.left(column.title, column.width)
            grid.put(text, x: x, y: area.y, style: Style(.columnHeader, .bold), maxWidth: column.width, clip: area)
            x += column.width + 2
        }
        guard let snapshot else { return }
        let rows = snapshot.rows
        for screenRow in 0..<(area.height - 1) {
            let index = state.scrollTop + screenRow
            let y = area.y + 1 + screenRow
            // The snapshot may lag a scroll by a frame: draw only rows it carries.
            let offset = index - snapshot.firstRow
            guard offset >= 0, offset < rows.count else { continue }
            let row = rows[offset]
            let isSelected = row.index == state.selected
            let base = isSelected ? Style(.selection, .reverse) : Style(.normal)
            if isSelected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: base) }
            if state.pinned.contains(row.index) {
                grid.put(ascii ? "*" : "●", x: area.x, y: y, style: isSelected ? base : Style(.title, .bold), clip: area)
            }
            let limits = snapshot.limits.indices.contains(row.spacecraftClass) ? snapshot.limits[row.spacecraftClass] : .default
            var x = area.x + 1
            for column in columns {
                let value = column.value(row)
                let text = column.rightAligned ? Format.pad(value, column.width) : Format.left(value, column.width)
                var style = base
                if !isSelected, let styled = column.styled {
                    let (parameter, sample) = styled(row)
                    style = Style(role(sample, limits[parameter]))
                }
                grid.put(text, x: x, y: y, style: style, maxWidth: column.width, clip: area)
                x += column.width + 2
            }
        }
        if rows.isEmpty, snapshot.satelliteCount == 0 {
            grid.put("  no satellites in this scenario", x: area.x, y: area.y + 1, style: Style(.muted), clip: area)
        }
    }

    /// The style role of `value` against `limits`: critical, warning or ok.
    static func role(_ value: Double, _ limits: ParameterLimits) -> StyleRole {
        guard value.isFinite else { return .muted }
        if value >= limits.highCritical || value <= limits.lowCritical { return .critical }
        if value >= limits.highWarning || value <= limits.lowWarning { return .warning }
        return .ok
    }
}
