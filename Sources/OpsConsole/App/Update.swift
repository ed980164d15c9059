import ConstellationSim

/// The console's only logic: applies an action to the state and returns the
/// commands for the engine. Pure: no I/O, no clock.
public func update(_ state: inout AppState, _ action: AppAction) -> [EngineCommand] {
    switch action {
    case .resized(let size):
        state.size = size
        keepSelectionVisible(&state)
        return []
    case .snapshotArrived(let count):
        state.satelliteCount = count
        state.pinned.removeAll { $0 >= count }
        state.cursor = min(state.cursor, max(0, state.tableTotal - 1))
        if !state.isReordered { state.selected = state.cursor }
        keepSelectionVisible(&state)
        return []
    case .windowArrived(let firstRow, let indices):
        // In a sorted table the selected satellite is whatever sits under the cursor.
        let offset = state.cursor - firstRow
        if state.isReordered, indices.indices.contains(offset) { state.selected = indices[offset] }
        return []
    case .shellsKnown(let count):
        state.shellCount = count
        state.heatmapShell = min(state.heatmapShell, max(0, count - 1))
        return []
    case .frameArrived(let frame):
        return frameArrived(frame, &state)
    case .liveArrived(let live):
        liveArrived(live, &state)
        return []
    case .eventPageArrived(let hasOlder):
        state.eventHasOlder = hasOlder
        return []
    case .keyPressed(.mouse(let event)):
        if state.prompt != nil || state.faultMenu != nil || state.columnChooser != nil || state.showHelp { return [] }
        return mouse(event, &state)
    case .keyPressed(let key):
        if state.prompt != nil { return promptKey(key, &state) }
        if state.columnChooser != nil {
            columnChooserKey(key, &state)
            return []
        }
        if state.faultMenu != nil { return faultMenuKey(key, &state) }
        let consoleAction = state.keyMap.action(for: key)
        if state.showHelp, consoleAction != .quit {
            // Help is modal: any key but quit just closes it.
            state.showHelp = false
            return []
        }
        guard let consoleAction else { return [] }
        state.message = nil
        return perform(consoleAction, on: &state)
    }
}

private func perform(_ action: ConsoleAction, on state: inout AppState) -> [EngineCommand] {
    let last = max(0, state.tableTotal - 1)
    if performRewind(action, on: &state) { return [] }
    if let commands = performLatency(action, on: &state) { return commands }
    if let view = action.view {
        state.view = view
        if view == .alarms { markLooked(&state) }
        return []
    }
    if state.view == .catalog, scrollCatalog(action, &state) { return [] }
    if let commands = performAlarmOrTool(action, on: &state) { return commands }
    if action == .pin {
        togglePin(&state)
        return []
    }
    switch action {
    case .togglePause: return [.togglePause]
    case .stepTick: return [.step(1)]
    case .speedUp: return [.speedUp]
    case .speedDown: return [.speedDown]
    case .help: state.showHelp.toggle()
    case .quit: state.quitRequested = true
    case .moveUp: state.cursor = max(0, state.cursor - 1)
    case .moveDown: state.cursor = min(last, state.cursor + 1)
    case .pageUp: state.cursor = max(0, state.cursor - state.tableRows)
    case .pageDown: state.cursor = min(last, state.cursor + state.tableRows)
    case .first: state.cursor = 0
    case .last: state.cursor = last
    case .sortNext:
        // Cycle through the columns on screen, fleet order (the id column) included.
        let keys = FleetTableView.layout(state, width: state.size.width).placed.map(\.column.sortKey)
        let current = keys.firstIndex(of: state.sort?.key ?? .index) ?? 0
        let next = keys.isEmpty ? RowSortKey.index : keys[(current + 1) % keys.count]
        sortBy(next, descending: state.sort?.descending ?? false, &state)
    case .sortReverse:
        let sort = state.sort ?? RowSort(key: .index)
        let reversed = RowSort(key: sort.key, descending: !sort.descending)
        state.sort = reversed == RowSort(key: .index) ? nil : reversed
        state.cursor = 0
    case .nextView, .previousView:
        state.view = state.view.cycled(by: action == .nextView ? 1 : -1)
        if state.view == .alarms { markLooked(&state) }
    case .previousShell where state.view == .plots: state.plotWindow = state.plotWindow.shorter
    case .nextShell where state.view == .plots: state.plotWindow = state.plotWindow.longer
    case .cycleMetric where state.view == .plots: state.plotsShowFleet.toggle()
    case .previousShell: state.heatmapShell = max(0, state.heatmapShell - 1)
    case .nextShell: state.heatmapShell = min(max(0, state.shellCount - 1), state.heatmapShell + 1)
    case .cycleMetric:
        let all = HeatmapMetric.allCases
        let i = all.firstIndex(of: state.heatmapMetric) ?? 0
        state.heatmapMetric = all[(i + 1) % all.count]
    case .cycleTheme: cycleTheme(&state)
    case .chooseColumns: state.columnChooser = 0
    case .overview, .map, .constellation, .alarms, .detail, .plots, .events, .latency, .catalog: break
    default: break
    }
    if !state.isReordered { state.selected = state.cursor }
    keepSelectionVisible(&state)
    return []
}

/// Scrolls the Catalog view by a row, a page or to an end; false for other actions.
private func scrollCatalog(_ action: ConsoleAction, _ state: inout AppState) -> Bool {
    let page = CatalogView.rows(in: ConsoleLayout.contentArea(state.size))
    let last = max(0, state.frame.catalogObjectCount - page)
    switch action {
    case .moveUp: state.catalogTop -= 1
    case .moveDown: state.catalogTop += 1
    case .pageUp: state.catalogTop -= page
    case .pageDown: state.catalogTop += page
    case .first: state.catalogTop = 0
    case .last: state.catalogTop = last
    default: return false
    }
    state.catalogTop = max(0, min(state.catalogTop, last))
    return true
}

/// Orders the table by `key` (fleet order ascending is no sort) from its first row.
func sortBy(_ key: RowSortKey, descending: Bool, _ state: inout AppState) {
    let sort = RowSort(key: key, descending: descending)
    state.sort = sort == RowSort(key: .index) ? nil : sort
    state.cursor = 0
}

/// The next theme made for the terminal's background (or for any). A theme for the other background is used when asked for by name
/// (`--theme`, config `theme:`) or when the config says the terminal is `background: light`.
func cycleTheme(_ state: inout AppState) {
    let n = max(1, state.themeNames.count)
    for step in 1...n {
        let candidate = (state.themeIndex + step) % n
        let variant = state.themeBackgrounds.indices.contains(candidate) ? state.themeBackgrounds[candidate] : nil
        guard variant == nil || variant == state.terminalBackground else { continue }
        state.themeIndex = candidate
        let other = state.terminalBackground == .dark ? "light" : "dark"
        let skipped = step > 1 ? " (skipped \(step - 1) made for a \(other) terminal)" : ""
        state.message = "theme \(state.themeName)" + skipped
        return
    }
}

/// Scrolls the table just enough to keep the selected row on screen.
func keepSelectionVisible(_ state: inout AppState) {
    let rows = state.tableRows
    if state.cursor < state.scrollTop { state.scrollTop = state.cursor }
    if state.cursor >= state.scrollTop + rows { state.scrollTop = state.cursor - rows + 1 }
    state.scrollTop = max(0, min(state.scrollTop, max(0, state.tableTotal - rows)))
}
