import ConstellationSim

/// View 3: one shell as a heatmap, planes down, slots across. Cells grow (up to 8
/// characters wide and 3 rows tall) to use the screen; the engine downsamples large
/// shells to the grid that fits. Metrics with alarm limits (battery, accelerator and
/// radiator temperature) are coloured by limit level (ok, warning, critical) with the
/// limits in the legend; the others by the theme's gradient, with the numeric range in
/// the legend. The selected satellite's cell is drawn reversed, so ↑/↓ show where
/// the selection is; the title names it and its value.
public enum ConstellationView {
    static let glyphs: [Unicode.Scalar] = ["░", "░", "▒", "▒", "▓", "▓", "█", "█"]
    /// Left margin for plane labels.
    static let labelWidth = 6

    /// How many heatmap cells fit in `content`: title, legend and slot ruler take
    /// three rows; each cell is two characters wide.
    public static func gridCapacity(in content: Rect) -> Size {
        Size(width: max(1, (content.width - labelWidth - 1) / 2), height: max(1, content.height - 3))
    }

    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        guard area.height > 3 else { return }
        let names = snapshot?.shellNames ?? []
        guard let map = snapshot?.heatmap, !names.isEmpty else {
            let message = names.isEmpty && snapshot != nil ? " no designed shells in this scenario" : " waiting for the engine…"
            grid.put(message, x: area.x, y: area.y, style: Style(.muted), clip: area)
            return
        }
        let header = " Shell \(map.shellName) (\(map.shell + 1)/\(names.count)) · \(map.planes) planes × "
            + "\(map.slotsPerPlane) slots · \(map.metric.label)"
        var x = grid.put(header, x: area.x, y: area.y, style: Style(.title, .bold), clip: area)
        if map.planesPerRow > 1 || map.slotsPerColumn > 1 {
            x = grid.put(" · \(map.planesPerRow)×\(map.slotsPerColumn) per cell", x: x, y: area.y,
                         style: Style(.muted), clip: area)
        }
        grid.put("   [ ] shell  m metric", x: x, y: area.y, style: Style(.muted), clip: area)
        let span = map.maximum - map.minimum
        let limits = limitParameter(map.metric).flatMap { parameter in
            snapshot?.limits.first.map { $0[parameter] }
        }
        let cell = cellSize(map, in: area)
        let selected = selectedCell(snapshot?.selected, map)
        if let row = snapshot?.selected, let at = selected {
            let value = map.values[at.row * map.columns + at.column] * map.metric.displayScale
            grid.put(" · selected \(row.id) \(Format.fixed(value, 1, width: 1))", x: x, y: area.y,
                     style: Style(.title), clip: area)
        }
        for row in 0..<map.rows {
            let y = area.y + 1 + row * cell.height
            guard y + cell.height - 1 < area.maxY - 1 else { break }
            let firstPlane = row * map.planesPerRow + 1
            grid.put(Format.pad("P\(firstPlane)", labelWidth - 1), x: area.x, y: y, style: Style(.muted), clip: area)
            for column in 0..<map.columns {
                let value = map.values[row * map.columns + column]
                let fraction = span > 0 ? (value - map.minimum) / span : 0.5
                let role = limits.map { FleetTableView.role(value * map.metric.displayScale, $0) } ?? StyleRole.heat(fraction)
                let level = min(7, max(0, Int((min(1, max(0, fraction)) * 7.999).rounded(.down))))
                let glyph = value.isFinite ? glyphs[level] : " "
                let isSelected = selected.map { $0.row == row && $0.column == column } ?? false
                let style = isSelected ? Style(role, [.reverse, .bold]) : Style(role)
                let cx = area.x + labelWidth + column * cell.width
                for dy in 0..<cell.height {
                    let text = isSelected && dy == 0 && cell.width >= 2 ? "◆" + String(repeating: String(glyph), count: cell.width - 1)
                        : String(repeating: String(glyph), count: cell.width)
                    grid.put(text, x: cx, y: y + dy, style: style, clip: area)
                }
            }
        }
        let ruler = area.y + 1 + map.rows * cell.height
        var rulerX = area.x + labelWidth
        let every = max(1, 10 / cell.width)
        for column in stride(from: 0, to: map.columns, by: every) {
            rulerX = max(rulerX, area.x + labelWidth + column * cell.width)
            rulerX = grid.put("S\(column * map.slotsPerColumn + 1)", x: rulerX, y: ruler, style: Style(.muted), clip: area) + 1
        }
        let legendY = min(area.maxY - 1, ruler + 1)
        if let limits {
            limitLegend(map, limits, y: legendY, x: area.x + labelWidth, into: &grid, clip: area)
        } else {
            legend(map, y: legendY, x: area.x + labelWidth, into: &grid, clip: area)
        }
    }

    /// Characters per cell across and rows per cell down: as large as fits (2…8 wide, 1…3 tall).
    static func cellSize(_ map: ShellHeatmap, in area: Rect) -> Size {
        let width = max(2, min(8, (area.width - labelWidth - 1) / max(1, map.columns)))
        let height = max(1, min(3, (area.height - 3) / max(1, map.rows)))
        return Size(width: width, height: height)
    }

    /// The cell of the selected satellite, when it is in the shell shown.
    static func selectedCell(_ row: SatelliteRow?, _ map: ShellHeatmap) -> (row: Int, column: Int)? {
        guard let row, row.shell == map.shellName, map.planesPerRow > 0, map.slotsPerColumn > 0 else { return nil }
        let r = (row.plane - 1) / map.planesPerRow, c = (row.slot - 1) / map.slotsPerColumn
        guard (0..<map.rows).contains(r), (0..<map.columns).contains(c) else { return nil }
        return (r, c)
    }

    /// The alarm parameter whose limits colour `metric` (nil: a gradient).
    static func limitParameter(_ metric: HeatmapMetric) -> AlarmParameter? {
        switch metric {
        case .battery: .batterySOC
        case .acceleratorTemp: .acceleratorTemp
        case .radiatorTemp: .radiatorTemp
        default: nil
        }
    }

    /// `ok ▒▒  warn ≤30  crit ≤20 · 12.0 … 98.0 battery %`: the levels with their limits.
    private static func limitLegend(_ map: ShellHeatmap, _ limits: ParameterLimits, y: Int, x: Int,
                                    into grid: inout Grid, clip: Rect) {
        let low = limits.lowWarning.isFinite || limits.lowCritical.isFinite
        let (warn, crit) = low ? (limits.lowWarning, limits.lowCritical) : (limits.highWarning, limits.highCritical)
        let sign = low ? "≤" : "≥"
        var x = grid.put("ok ", x: x, y: y, style: Style(.ok), clip: clip)
        x = grid.put(" warning \(sign)\(Format.compact(warn)) ", x: x, y: y, style: Style(.warning), clip: clip)
        x = grid.put(" critical \(sign)\(Format.compact(crit)) ", x: x, y: y, style: Style(.critical), clip: clip)
        let scale = map.metric.displayScale
        grid.put(" · shade: \(Format.fixed(map.minimum * scale, 1, width: 1)) … \(Format.fixed(map.maximum * scale, 1, width: 1)) "
                 + map.metric.label, x: x, y: y, style: Style(.normal), clip: clip)
    }

    private static func legend(_ map: ShellHeatmap, y: Int, x: Int, into grid: inout Grid, clip: Rect) {
        let scale = map.metric.displayScale
        var x = grid.put(Format.fixed(map.minimum * scale, 1, width: 1) + " ", x: x, y: y, style: Style(.normal),
                         clip: clip)
        for level in 0..<8 {
            let role = StyleRole.heat((Double(level) + 0.5) / 8)
            x = grid.put(String(glyphs[level]) + String(glyphs[level]), x: x, y: y, style: Style(role), clip: clip)
        }
        grid.put(" " + Format.fixed(map.maximum * scale, 1, width: 1) + " " + map.metric.label, x: x, y: y,
                 style: Style(.normal), clip: clip)
    }
}
