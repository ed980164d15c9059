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
        state.selected = min(state.selected, max(0, count - 1))
        keepSelectionVisible(&state)
        return []
    case .shellsKnown(let count):
        state.shellCount = count
        state.heatmapShell = min(state.heatmapShell, max(0, count - 1))
        return []
    case .keyPressed(let key):
        let consoleAction = state.keyMap.action(for: key)
        if state.showHelp, consoleAction != .quit {
            // Help is modal: any key but quit just closes it.
            state.showHelp = false
            return []
        }
        guard let consoleAction else { return [] }
        return perform(consoleAction, on: &state)
    }
}

private func perform(_ action: ConsoleAction, on state: inout AppState) -> [EngineCommand] {
    let last = max(0, state.satelliteCount - 1)
    if let view = action.view {
        state.view = view
        return []
    }
    if state.view == .alarms, [.moveUp, .moveDown, .first].contains(action) {
        // The alarm list keeps its own cursor; the view clamps it to the list.
        switch action {
        case .moveUp: state.alarmSelected = max(0, state.alarmSelected - 1)
        case .moveDown: state.alarmSelected += 1
        default: state.alarmSelected = 0
        }
        return []
    }
    switch action {
    case .togglePause: return [.togglePause]
    case .stepTick: return [.step(1)]
    case .speedUp: return [.speedUp]
    case .speedDown: return [.speedDown]
    case .help: state.showHelp.toggle()
    case .quit: state.quitRequested = true
    case .moveUp: state.selected = max(0, state.selected - 1)
    case .moveDown: state.selected = min(last, state.selected + 1)
    case .pageUp: state.selected = max(0, state.selected - state.tableRows)
    case .pageDown: state.selected = min(last, state.selected + state.tableRows)
    case .first: state.selected = 0
    case .last: state.selected = last
    case .nextView: state.view = state.view.cycled(by: 1)
    case .previousView: state.view = state.view.cycled(by: -1)
    case .previousShell: state.heatmapShell = max(0, state.heatmapShell - 1)
    case .nextShell: state.heatmapShell = min(max(0, state.shellCount - 1), state.heatmapShell + 1)
    case .cycleMetric:
        let all = HeatmapMetric.allCases
        let i = all.firstIndex(of: state.heatmapMetric) ?? 0
        state.heatmapMetric = all[(i + 1) % all.count]
    case .cycleTheme: state.themeIndex = (state.themeIndex + 1) % max(1, state.themeNames.count)
    case .overview, .map, .constellation, .alarms, .detail: break
    }
    keepSelectionVisible(&state)
    return []
}

/// Scrolls the table just enough to keep the selected row on screen.
private func keepSelectionVisible(_ state: inout AppState) {
    let rows = state.tableRows
    if state.selected < state.scrollTop { state.scrollTop = state.selected }
    if state.selected >= state.scrollTop + rows { state.scrollTop = state.selected - rows + 1 }
    state.scrollTop = max(0, min(state.scrollTop, max(0, state.satelliteCount - rows)))
}
