import ConstellationSim

/// View 5: the selected satellite. Left: identity, mode and its cause, power, battery,
/// temperatures, utilization, links (fore/aft/left/right), ground contact and orbit
/// (altitude, inclination, period, β angle, next eclipse). Right: sparklines of the
/// engine's ring buffer (generated vs load power, battery %, accelerator and radiator
/// °C, utilization), then the satellite's active alarms.
public enum SatelliteDetailView {
    static let bars: [Unicode.Scalar] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let leftWidth = 38

    /// `pinned`: the pinned satellites (fleet indices); the title says when this one is.
    public static func render(_ snapshot: FleetSnapshot?, pinned: [Int] = [], area: Rect, into grid: inout Grid) {
        guard let snapshot, let row = snapshot.selected else {
            grid.put(" no satellite selected", x: area.x, y: area.y, style: Style(.muted), clip: area)
            return
        }
        let title = "Satellite \(row.id)" + (pinned.contains(row.index) ? " · pinned" : "")
        Box.draw(area, title: title, style: Style(.border), into: &grid)
        let inside = area.inset(by: 1)
        // 38 columns at 80; wider terminals give the left column up to 52 (long causes).
        let leftColumns = max(leftWidth, min(52, inside.width - 48))
        let left = Rect(x: inside.x, y: inside.y, width: min(leftColumns, inside.width), height: inside.height)
        let right = Rect(x: left.maxX + 1, y: inside.y, width: max(0, inside.maxX - left.maxX - 1), height: inside.height)
        for (i, field) in fields(row, snapshot.selectedOrbit).enumerated() where i < left.height {
            let x = grid.put(" " + Format.left(field.0, 12), x: left.x, y: left.y + i, style: Style(.muted), clip: left)
            grid.put(field.1, x: x, y: left.y + i, style: Style(field.2, .bold), clip: left)
        }
        renderHistory(snapshot, area: right, into: &grid)
    }

    static func fields(_ row: SatelliteRow, _ orbit: SelectedOrbit?) -> [(String, String, StyleRole)] {
        let modeRole: StyleRole = row.mode == .nominal ? .ok : row.mode == .degraded ? .warning : .critical
        let letters = ["F", "A", "L", "R"]  // fore, aft, left, right (LaserDirection order)
        let links = letters.indices.map { bit -> String in
            letters[bit] + (row.linkMask & (1 << UInt8(bit)) != 0 ? "▲" : "·")
        }.joined(separator: " ")
        var out: [(String, String, StyleRole)] = [
            ("shell", "\(row.shell)  P\(row.plane)/S\(row.slot)  #\(row.index)", .normal),
            ("mode", String(describing: row.mode).uppercased(), modeRole),
            ("cause", row.cause.consoleText, .normal),
            ("position", "\(Format.fixed(row.latitudeDeg, 2, width: 1))° \(Format.fixed(row.longitudeDeg, 2, width: 1))°", .normal),
            ("battery", "\(Format.fixed(row.batterySOC * 100, 1, width: 1)) %  \(Format.fixed(row.netPowerW / 1000, 2, width: 1)) kW", .normal),
            ("accel/rad", "\(Format.fixed(row.acceleratorTempC, 1, width: 1)) / \(Format.fixed(row.radiatorTempC, 1, width: 1)) °C", .normal),
            ("utilization", "\(Format.fixed(row.utilization * 100, 0, width: 1)) %  SEU \(row.seuTotal)", .normal),
            ("links", "\(links)  (\(row.linksUp) up)", .normal),
            ("ground", row.groundStation ?? "no contact", row.groundStation == nil ? .muted : .ok),
        ]
        if let o = orbit {
            out += [
                ("altitude", "\(Format.fixed(o.altitudeKm, 1, width: 1)) km  i \(Format.fixed(o.inclinationDeg, 2, width: 1))°", .normal),
                ("period", "\(Format.fixed(o.periodSeconds / 60, 1, width: 1)) min  β \(Format.fixed(o.betaDeg, 1, width: 1))°", .normal),
                ("eclipse", o.litFraction < 0.5 ? "in shadow now"
                    : o.nextEclipseMinutes.map { "next in \(Format.fixed($0, 1, width: 1)) min" } ?? "none within 2 orbits",
                 .normal),
            ]
        }
        return out
    }

    private static func renderHistory(_ snapshot: FleetSnapshot, area: Rect, into grid: inout Grid) {
        guard area.width > 20 else { return }
        let history = snapshot.history
        var y = area.y
        grid.put("history: \(history?.count ?? 0) samples (of \(SatelliteHistory.capacity))", x: area.x, y: y,
                 style: Style(.title), clip: area)
        y += 1
        let series: [(String, SatelliteHistory.Series, Double, String)] = [
            ("generated", .generatedW, 0.001, "kW"), ("load", .loadW, 0.001, "kW"), ("battery", .batterySOC, 100, "%"),
            ("accel", .acceleratorTempC, 1, "°C"), ("radiator", .radiatorTempC, 1, "°C"), ("util", .utilization, 100, "%"),
        ]
        let width = area.width - 10
        for (label, which, scale, unit) in series where y < area.maxY {
            let values = Array((history?.values(which) ?? []).suffix(max(0, width - 14)).map { $0 * scale })
            grid.put(Format.left(label, 10), x: area.x, y: y, style: Style(.muted), clip: area)
            sparkline(values, x: area.x + 10, y: y, into: &grid, clip: area)
            let now = values.last.map { Format.fixed($0, 1, width: 1) + " " + unit } ?? "–"
            grid.put(" " + now, x: area.x + 10 + values.count, y: y, style: Style(.normal, .bold), clip: area)
            y += 1
        }
        y += 1
        guard y < area.maxY else { return }
        let alarms = snapshot.alarms.selectedAlarms
        grid.put("active alarms: \(alarms.count)", x: area.x, y: y, style: Style(.title), clip: area)
        y += 1
        for e in alarms where y < area.maxY {
            let text = Format.left(AlarmListView.stateLabel(e.state), 6) + AlarmListView.condition(e)
            let role = HeaderView.severityRole(e.severity)
            grid.put(text, x: area.x, y: y, style: Style(role, e.state.needsAcknowledgement ? .bold : []), clip: area)
            y += 1
        }
    }

    /// One bar per value, scaled between the values' minimum and maximum, coloured
    /// along the theme gradient.
    static func sparkline(_ values: [Double], x: Int, y: Int, into grid: inout Grid, clip: Rect) {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return }
        for (i, value) in values.enumerated() where value.isFinite {
            let fraction = high > low ? (value - low) / (high - low) : 0.5
            let level = min(7, max(0, Int(fraction * 7.999)))
            grid.put(String(bars[level]), x: x + i, y: y, style: Style(StyleRole.heat(fraction)), clip: clip)
        }
    }
}
