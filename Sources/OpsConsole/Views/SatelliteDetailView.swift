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
        let limits = snapshot.limits.indices.contains(row.spacecraftClass) ? snapshot.limits[row.spacecraftClass] : .default
        for (i, field) in fields(row, snapshot.selectedOrbit, limits: limits).enumerated() where i < left.height {
            let x = grid.put(" " + Format.left(field.0, 12), x: left.x, y: left.y + i, style: Style(.muted), clip: left)
            grid.put(field.1, x: x, y: left.y + i, style: Style(field.2, .bold), clip: left)
        }
        renderHistory(snapshot, limits: limits, area: right, into: &grid)
    }

    /// The fields of the left column; values with alarm limits take the role of the
    /// level they are at (`FleetTableView.role`), like the table's cells.
    static func fields(_ row: SatelliteRow, _ orbit: SelectedOrbit?, limits: LimitSet = .default)
        -> [(String, String, StyleRole)] {
        let battery = FleetTableView.role(row.batterySOC * 100, limits[.batterySOC])
        let temperatures = worse(FleetTableView.role(row.acceleratorTempC, limits[.acceleratorTemp]),
                                 FleetTableView.role(row.radiatorTempC, limits[.radiatorTemp]))
        let links = FleetTableView.role(Double(4 - row.linksUp), limits[.linkLoss])
        let modeRole: StyleRole = row.mode == .nominal ? .ok : row.mode == .degraded ? .warning : .critical
        let letters = ["F", "A", "L", "R"]  // fore, aft, left, right (LaserDirection order)
        let linkText = letters.indices.map { bit -> String in
            letters[bit] + (row.linkMask & (1 << UInt8(bit)) != 0 ? "▲" : "·")
        }.joined(separator: " ")
        var out: [(String, String, StyleRole)] = [
            ("shell", "\(row.shell)  P\(row.plane)/S\(row.slot)  #\(row.index)", .normal),
            ("mode", String(describing: row.mode).uppercased(), modeRole),
            ("cause", row.cause.consoleText, .normal),
            ("position", "\(Format.fixed(row.latitudeDeg, 2, width: 1))° \(Format.fixed(row.longitudeDeg, 2, width: 1))°", .normal),
            ("battery", "\(Format.fixed(row.batterySOC * 100, 1, width: 1)) %  \(Quantity.power(watts: row.netPowerW))", battery),
            ("accel/rad", "\(Format.fixed(row.acceleratorTempC, 1, width: 1)) / \(Format.fixed(row.radiatorTempC, 1, width: 1)) °C",
             temperatures),
            ("utilization", "\(Format.fixed(row.utilization * 100, 0, width: 1)) %  SEU \(Quantity.count(row.seuTotal))", .normal),
            ("links", "\(linkText)  (\(row.linksUp) up)", links),
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

    /// The more severe of two limit roles.
    static func worse(_ a: StyleRole, _ b: StyleRole) -> StyleRole {
        let order: [StyleRole] = [.muted, .ok, .warning, .critical]
        return (order.firstIndex(of: a) ?? 0) >= (order.firstIndex(of: b) ?? 0) ? a : b
    }

    /// How a sparkline is scaled and coloured: a fixed range where one exists (0–100 %
    /// for fractions, zero up for power, up to the critical limit for temperatures), and
    /// the limit level of each value where the quantity has alarm limits.
    struct SparkScale {
        var label: String
        var series: SatelliteHistory.Series
        var factor: Double
        var unit: String
        var limits: ParameterLimits?

        /// The range the bars span for `values` (shown units).
        func range(_ values: [Double]) -> ClosedRange<Double> {
            let finite = values.filter(\.isFinite)
            let low = finite.min() ?? 0, high = finite.max() ?? 0
            switch series {
            case .batterySOC, .utilization: return 0...100
            case .generatedW, .loadW: return 0...max(high, 1e-9)
            default:
                // Temperatures: from 0 °C (or the lowest value) up to the critical limit.
                let top = max(high, limits.map { $0.highCritical.isFinite ? $0.highCritical : high } ?? high)
                let bottom = min(low, 0, top - 1)
                return bottom...max(top, bottom + 1)
            }
        }
    }

    private static func renderHistory(_ snapshot: FleetSnapshot, limits: LimitSet, area: Rect, into grid: inout Grid) {
        guard area.width > 20 else { return }
        let history = snapshot.history
        var y = area.y
        grid.put("history: \(history?.count ?? 0) samples (of \(SatelliteHistory.capacity))", x: area.x, y: y,
                 style: Style(.title), clip: area)
        y += 1
        let scales = [
            SparkScale(label: "generated", series: .generatedW, factor: 1, unit: "W"),
            SparkScale(label: "load", series: .loadW, factor: 1, unit: "W"),
            SparkScale(label: "battery", series: .batterySOC, factor: 100, unit: "%", limits: limits[.batterySOC]),
            SparkScale(label: "accel", series: .acceleratorTempC, factor: 1, unit: "°C", limits: limits[.acceleratorTemp]),
            SparkScale(label: "radiator", series: .radiatorTempC, factor: 1, unit: "°C", limits: limits[.radiatorTemp]),
            SparkScale(label: "util", series: .utilization, factor: 100, unit: "%"),
        ]
        // Label, bars, then `now  min … max`: at least 6 bars, at most the history.
        let room = min(SatelliteHistory.capacity, max(6, area.width - 10 - 36))
        let barWidth = min(room, max(1, history?.count ?? 1))
        for scale in scales where y < area.maxY {
            let values = Array((history?.values(scale.series) ?? []).suffix(barWidth).map { $0 * scale.factor })
            grid.put(Format.left(scale.label, 10), x: area.x, y: y, style: Style(.muted), clip: area)
            sparkline(values, range: scale.range(values), limits: scale.limits, x: area.x + 10, y: y, into: &grid,
                      clip: area)
            let x = area.x + 10 + barWidth + 1
            guard let now = values.last else {
                grid.put("–", x: x, y: y, style: Style(.muted), clip: area)
                y += 1
                continue
            }
            let show = { (v: Double) in scale.unit == "W" ? Quantity.power(watts: v) : Format.fixed(v, 1, width: 1) + " " + scale.unit }
            let role = scale.limits.map { FleetTableView.role(now, $0) } ?? .normal
            let after = grid.put(show(now), x: x, y: y, style: Style(role, .bold), clip: area)
            let finite = values.filter(\.isFinite)
            if let low = finite.min(), let high = finite.max() {
                grid.put("  min \(show(low)) max \(show(high))", x: after, y: y, style: Style(.muted), clip: area)
            }
            y += 1
        }
        y += 1
        guard y < area.maxY else { return }
        let alarms = snapshot.alarms.selectedAlarms
        grid.put("active alarms: \(alarms.count)", x: area.x, y: y, style: Style(.title), clip: area)
        y += 1
        for e in alarms where y < area.maxY {
            let text = Format.left(AlarmListView.stateLabel(e.state), 10) + AlarmListView.condition(e)
            let role = HeaderView.severityRole(e.severity)
            grid.put(text, x: area.x, y: y, style: Style(role, e.state.needsAcknowledgement ? .bold : []), clip: area)
            y += 1
        }
    }

    /// One bar per value over `range` (values outside it clip to the ends), coloured by
    /// the limit level of the value when `limits` are given, else in the normal colour:
    /// a bar's height is the value, its colour whether the value is bad.
    static func sparkline(_ values: [Double], range: ClosedRange<Double>, limits: ParameterLimits?, x: Int, y: Int,
                          into grid: inout Grid, clip: Rect) {
        let span = range.upperBound - range.lowerBound
        for (i, value) in values.enumerated() where value.isFinite {
            let fraction = span > 0 ? (value - range.lowerBound) / span : 0.5
            let level = min(7, max(0, Int((min(1, max(0, fraction)) * 7.999).rounded(.down))))
            let role = limits.map { FleetTableView.role(value, $0) } ?? .normal
            grid.put(String(bars[level]), x: x + i, y: y, style: Style(role), clip: clip)
        }
    }
}
