import ConstellationSim

/// The scrollable fleet table with its column titles and selection bar.
public enum FleetTableView {
    struct Column: Sendable {
        let title: String
        let width: Int
        let rightAligned: Bool
        let value: @Sendable (SatelliteRow) -> String
    }

    static let columns: [Column] = [
        Column(title: "SATELLITE", width: 16, rightAligned: false) { $0.id },
        Column(title: "SHELL", width: 12, rightAligned: false) { $0.shell },
        Column(title: "PLANE", width: 6, rightAligned: true) { String($0.plane) },
        Column(title: "SLOT", width: 5, rightAligned: true) { String($0.slot) },
        Column(title: "LAT °", width: 8, rightAligned: true) { Format.fixed($0.latitudeDeg, 2, width: 8) },
        Column(title: "LON °", width: 9, rightAligned: true) { Format.fixed($0.longitudeDeg, 2, width: 9) },
        Column(title: "ALT km", width: 8, rightAligned: true) { Format.fixed($0.altitudeKm, 1, width: 8) },
    ]

    /// Renders the title row at `area.y` and the rows below it.
    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.columnHeader))
        line(columns.map(\.title), y: area.y, style: Style(.columnHeader, .bold), area: area, into: &grid)
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
            let style = isSelected ? Style(.selection, .reverse) : Style(.normal)
            if isSelected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            line(columns.map { $0.value(row) }, y: y, style: style, area: area, into: &grid)
        }
        if rows.isEmpty, snapshot.satelliteCount == 0 {
            grid.put("  no satellites in this scenario", x: area.x, y: area.y + 1, style: Style(.muted), clip: area)
        }
    }

    private static func line(_ values: [String], y: Int, style: Style, area: Rect, into grid: inout Grid) {
        var x = area.x + 1
        for (column, value) in zip(columns, values) {
            let text = column.rightAligned ? Format.pad(value, column.width) : Format.left(value, column.width)
            grid.put(text, x: x, y: y, style: style, maxWidth: column.width, clip: area)
            x += column.width + 2
        }
    }
}
