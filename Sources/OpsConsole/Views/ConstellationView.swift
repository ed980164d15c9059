import ConstellationSim

/// View 3: one shell as a heatmap, planes down, slots across, each cell two
/// characters wide, shaded and coloured by the theme's gradient. The engine
/// downsamples large shells to the grid that fits.
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
        for row in 0..<map.rows {
            let y = area.y + 1 + row
            guard y < area.maxY - 2 + 1 else { break }
            let firstPlane = row * map.planesPerRow + 1
            grid.put(Format.pad("P\(firstPlane)", labelWidth - 1), x: area.x, y: y, style: Style(.muted), clip: area)
            for column in 0..<map.columns {
                let value = map.values[row * map.columns + column]
                let fraction = span > 0 ? (value - map.minimum) / span : 0.5
                let role = StyleRole.heat(fraction)
                let glyph = value.isFinite ? glyphs[role.heatLevel ?? 0] : " "
                let cx = area.x + labelWidth + column * 2
                grid.put(String(repeating: String(glyph), count: 2), x: cx, y: y, style: Style(role), clip: area)
            }
        }
        let ruler = area.y + 1 + map.rows
        var rulerX = area.x + labelWidth
        for column in stride(from: 0, to: map.columns, by: 5) {
            rulerX = max(rulerX, area.x + labelWidth + column * 2)
            rulerX = grid.put("S\(column * map.slotsPerColumn + 1)", x: rulerX, y: ruler, style: Style(.muted), clip: area) + 1
        }
        legend(map, y: min(area.maxY - 1, ruler + 1), x: area.x + labelWidth, into: &grid, clip: area)
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
