import ConstellationSim

/// View 5: the selected satellite: identity, position, and sparklines of its
/// recent altitude and latitude (the engine's ring buffer for the selection).
public enum SatelliteDetailView {
    static let bars: [Unicode.Scalar] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        guard let row = snapshot?.selected else {
            grid.put(" no satellite selected", x: area.x, y: area.y, style: Style(.muted), clip: area)
            return
        }
        let box = Rect(x: area.x, y: area.y, width: area.width, height: area.height)
        Box.draw(box, title: "Satellite \(row.id)", style: Style(.border), into: &grid)
        let inside = box.inset(by: 1)
        let fields: [(String, String)] = [
            ("shell", row.shell), ("plane / slot", "\(row.plane) / \(row.slot)"),
            ("latitude", Format.fixed(row.latitudeDeg, 3, width: 1) + " °"),
            ("longitude", Format.fixed(row.longitudeDeg, 3, width: 1) + " °"),
            ("altitude", Format.fixed(row.altitudeKm, 2, width: 1) + " km"),
            ("fleet index", String(row.index)),
        ]
        for (i, field) in fields.enumerated() {
            let x = grid.put(" " + Format.left(field.0, 14), x: inside.x, y: inside.y + i, style: Style(.muted), clip: inside)
            grid.put(field.1, x: x, y: inside.y + i, style: Style(.normal, .bold), clip: inside)
        }
        let history = snapshot?.history
        let samples = history?.tickValues.count ?? 0
        var y = inside.y + fields.count + 1
        grid.put(" history: last \(samples) snapshots (of \(SatelliteHistory.capacity))", x: inside.x, y: y,
                 style: Style(.title), clip: inside)
        y += 1
        let width = inside.width - 18
        for (label, values, unit) in [("altitude", history?.altitudeKm ?? [], "km"), ("latitude", history?.latitudeDeg ?? [], "°")] {
            guard y + 1 < inside.maxY else { break }
            let shown = Array(values.suffix(max(0, width)))
            let low = shown.min() ?? 0, high = shown.max() ?? 0
            grid.put(" " + Format.left(label, 14), x: inside.x, y: y, style: Style(.muted), clip: inside)
            sparkline(shown, x: inside.x + 16, y: y, into: &grid, clip: inside)
            grid.put("  " + Format.fixed(low, 2, width: 1) + " … " + Format.fixed(high, 2, width: 1) + " " + unit,
                     x: inside.x + 16, y: y + 1, style: Style(.muted), clip: inside)
            y += 3
        }
    }

    /// One bar per value, scaled between the values' minimum and maximum, coloured
    /// along the theme gradient.
    static func sparkline(_ values: [Double], x: Int, y: Int, into grid: inout Grid, clip: Rect) {
        guard let low = values.min(), let high = values.max() else { return }
        for (i, value) in values.enumerated() {
            let fraction = high > low ? (value - low) / (high - low) : 0.5
            let level = min(7, max(0, Int(fraction * 7.999)))
            grid.put(String(bars[level]), x: x + i, y: y, style: Style(StyleRole.heat(fraction)), clip: clip)
        }
    }
}
