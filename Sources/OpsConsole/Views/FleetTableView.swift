import ConstellationSim

/// The scrollable fleet table with its column titles and selection bar.
///
/// The columns are the operator's choice (`TableColumn`, config `columns:`, chooser
/// `C`), laid out by `TableLayout`: the SATELLITE column is as wide as the fleet's
/// longest id, so an id is never cut; columns that do not fit are left out from the
/// end; spare width widens the gaps. The sorted column's title carries `▲`/`▼`.
/// Values with alarm limits (battery, temperatures, links, mode) are styled by the
/// satellite class's `LimitSet`: `.critical` at or past a critical level, `.warning` at
/// or past a warning level, `.ok` otherwise. A pinned satellite has `●` (`*` in ASCII)
/// in the column before its id.
public enum FleetTableView {
    /// The layout for `state` at `width` cells.
    public static func layout(_ state: AppState, width: Int) -> TableLayout {
        TableLayout(columns: state.columns, width: width, idWidth: max(9, state.frame.longestIDLength),
                    shellWidth: state.frame.longestShellName)
    }

    /// The sort mark of `column`'s title: `▲` ascending, `▼` descending, none when unsorted by it.
    static func sortMark(_ column: TableColumn, _ sort: RowSort?) -> String {
        let key = sort?.key ?? .index
        guard column.sortKey == key else { return "" }
        return sort?.descending == true ? "▼" : "▲"
    }

    /// Renders the title row at `area.y` and the rows below it.
    /// `ascii`: mark pins with `*` rather than `●`.
    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, area: Rect, ascii: Bool = false,
                              into grid: inout Grid) {
        guard area.height > 0 else { return }
        var state = state
        if let snapshot {
            state.frame.longestIDLength = max(state.frame.longestIDLength, snapshot.longestIDLength)
            state.frame.longestShellName = max(state.frame.longestShellName, snapshot.longestGroupNameLength,
                                               snapshot.shellNames.map(\.unicodeScalars.count).max() ?? 0)
        }
        let layout = self.layout(state, width: area.width)
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.columnHeader))
        for placed in layout.placed {
            let column = placed.column
            let title = column.title + sortMark(column, state.sort)
            let text = column.rightAligned ? Format.pad(title, placed.width) : Format.left(title, placed.width)
            grid.put(text, x: area.x + placed.x, y: area.y, style: Style(.columnHeader, .bold), maxWidth: placed.width,
                     clip: area)
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
            for placed in layout.placed {
                let column = placed.column
                let value = column.value(row)
                let text = column.rightAligned ? Format.pad(value, placed.width) : Format.left(value, placed.width)
                var style = base
                if !isSelected, let (parameter, sample) = column.limited(row) {
                    style = Style(role(sample, limits[parameter]))
                }
                grid.put(text, x: area.x + placed.x, y: y, style: style, maxWidth: placed.width, clip: area)
            }
        }
        if rows.isEmpty, snapshot.satelliteCount == 0 {
            grid.put("  no satellites in this scenario", x: area.x, y: area.y + 1, style: Style(.muted), clip: area)
        }
    }

    /// The style role of `value` against `limits`: critical, warning or ok (muted when
    /// the value is missing).
    public static func role(_ value: Double, _ limits: ParameterLimits) -> StyleRole {
        guard value.isFinite else { return .muted }
        if value >= limits.highCritical || value <= limits.lowCritical { return .critical }
        if value >= limits.highWarning || value <= limits.lowWarning { return .warning }
        return .ok
    }
}
