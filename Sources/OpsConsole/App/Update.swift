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
    case .keyPressed(let key):
        if state.prompt != nil { return promptKey(key, &state) }
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
        let keys = RowSortKey.allCases
        let next = keys[((keys.firstIndex(of: state.sort?.key ?? .index) ?? 0) + 1) % keys.count]
        state.sort = next == .index ? nil : RowSort(key: next, descending: state.sort?.descending ?? false)
        state.cursor = 0
    case .sortReverse:
        let sort = state.sort ?? RowSort(key: .index)
        let reversed = RowSort(key: sort.key, descending: !sort.descending)
        state.sort = reversed == RowSort(key: .index) ? nil : reversed
        state.cursor = 0
    case .nextView, .previousView:
        state.view = state.view.cycled(by: action == .nextView ? 1 : -1)
        if state.view == .alarms { markLooked(&state) }
    case .previousShell: state.heatmapShell = max(0, state.heatmapShell - 1)
    case .nextShell: state.heatmapShell = min(max(0, state.shellCount - 1), state.heatmapShell + 1)
    case .cycleMetric:
        let all = HeatmapMetric.allCases
        let i = all.firstIndex(of: state.heatmapMetric) ?? 0
        state.heatmapMetric = all[(i + 1) % all.count]
    case .cycleTheme: state.themeIndex = (state.themeIndex + 1) % max(1, state.themeNames.count)
    case .overview, .map, .constellation, .alarms, .detail, .latency: break
    default: break
    }
    if !state.isReordered { state.selected = state.cursor }
    keepSelectionVisible(&state)
    return []
}

/// Scrolls the table just enough to keep the selected row on screen.
func keepSelectionVisible(_ state: inout AppState) {
    let rows = state.tableRows
    if state.cursor < state.scrollTop { state.scrollTop = state.cursor }
    if state.cursor >= state.scrollTop + rows { state.scrollTop = state.cursor - rows + 1 }
    state.scrollTop = max(0, min(state.scrollTop, max(0, state.tableTotal - rows)))
}
