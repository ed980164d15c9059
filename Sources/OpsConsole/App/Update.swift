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
