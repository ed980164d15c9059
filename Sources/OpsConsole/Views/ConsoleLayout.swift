import ConstellationSim

/// Where each part of the console goes: the header on the first row, the footer
/// on the last, the current view between them.
public enum ConsoleLayout {
    /// Header, fleet summary, column titles and footer. The fleet summary line stays
    /// in the overview (full words from 100 columns); the header carries compact mode
    /// counts when there is room.
    public static let chromeRows = 4

    /// The rows between header and footer.
    public static func contentArea(_ size: Size) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    }

    /// Renders the whole console for `state` and `snapshot` into `grid`.
    /// `alarms` is the alarm list to show in view 4, nil while the engine publishes none.
    /// `events` is the event log of view 7 (nil: no journal to read it from).
    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, alarms: [AlarmListLine]? = nil,
                              events: EventLogData? = nil, ascii: Bool = false, into grid: inout Grid) {
        grid.fill(grid.bounds)
        defer { if ascii { AsciiFallback.apply(to: &grid) } }
        if state.isTooSmall {
            TooSmallView.render(size: state.size, into: &grid)
            return
        }
        let width = grid.width
        let badge = state.rewind.map { TimeBarView.badge($0, live: state.live) }
        HeaderView.render(snapshot, newAlarms: state.hasNewAlarms, rewindBadge: badge,
                          showsTotals: state.view == .overview, journalFailed: state.journalOpenFailure != nil, area: Rect(x: 0, y: 0, width: width, height: 1), into: &grid)
        let content = contentArea(grid.size)
        switch state.view {
        case .overview:
            // The overview puts the fleet summary above the table.
            FleetSummaryView.render(snapshot, area: Rect(x: 0, y: content.y, width: width, height: 1), into: &grid)
            FleetTableView.render(state, snapshot,
                                  area: Rect(x: 0, y: content.y + 1, width: width, height: content.height - 1),
                                  ascii: ascii, into: &grid)
        case .map: MapView.render(state, snapshot, area: content, into: &grid)
        case .constellation: ConstellationView.render(state, snapshot, area: content, into: &grid)
        case .alarms: AlarmListView.render(alarms, state: state, snapshot: snapshot, area: content, into: &grid)
        case .detail: SatelliteDetailView.render(snapshot, pinned: state.pinned, area: content, into: &grid)
        case .plots: PlotsView.render(state, snapshot, area: content, into: &grid)
        case .events: EventLogView.render(state, events, area: content, into: &grid)
        case .latency: LatencyView.render(state, snapshot, area: content, into: &grid)
        case .catalog: CatalogView.render(snapshot, area: content, into: &grid)
        }
        FooterView.render(state, snapshot, area: Rect(x: 0, y: grid.height - 1, width: width, height: 1), into: &grid)
        FaultMenuView.render(state, area: content, into: &grid)
        ColumnChooserView.render(state, area: content, into: &grid)
        if state.showHelp { HelpOverlay.render(keyMap: state.keyMap, area: grid.bounds, into: &grid) }
    }
}

/// Shown instead of the console when the terminal is below the minimum size.
public enum TooSmallView {
    public static func render(size: Size, into grid: inout Grid) {
        let need = AppState.minimumSize
        let message = "terminal too small: need \(need.width)×\(need.height), have \(size.width)×\(size.height)"
        let lines = [message, "enlarge the window, or press q to quit"]
        let top = max(0, grid.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let x = max(0, (grid.width - line.unicodeScalars.count) / 2)
            grid.put(line, x: x, y: top + i, style: Style(i == 0 ? .warning : .muted, i == 0 ? .bold : []))
        }
    }
}
