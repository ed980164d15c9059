/// The column chooser (`C`): every fleet-table column with `[x]` when shown, the
/// highlighted one reversed; space toggles, Esc closes. Shown columns that do not fit
/// the terminal say so.
public enum ColumnChooserView {
    public static func render(_ state: AppState, area: Rect, into grid: inout Grid) {
        guard let highlighted = state.columnChooser else { return }
        let all = TableColumn.allCases
        let fitting = Set(FleetTableView.layout(state, width: state.size.width).placed.map(\.column))
        let box = area.centered(width: min(area.width, 56), height: min(area.height, all.count + 4))
        Box.draw(box, title: "Columns", style: Style(.border), into: &grid)
        let inside = box.inset(by: 1)
        grid.fill(inside)
        for (i, column) in all.enumerated() where i < inside.height - 1 {
            let shown = state.columns.contains(column) || column == .id
            let note = shown && !fitting.contains(column) ? " (no room)" : ""
            let text = " [\(shown ? "x" : " ")] \(Format.left(column.rawValue, 5)) \(column.summary)\(note)"
            let style = i == highlighted ? Style(.selection, .reverse) : Style(shown ? .normal : .muted)
            grid.put(Format.left(text, inside.width), x: inside.x, y: inside.y + i, style: style, clip: inside)
        }
        grid.put(" ↑↓ move · space show/hide · Esc close", x: inside.x, y: inside.maxY - 1, style: Style(.muted),
                 clip: inside)
    }
}
