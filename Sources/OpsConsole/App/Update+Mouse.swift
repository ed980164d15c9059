import ConstellationSim

/// `update` for the mouse and the column chooser.

/// Lines the wheel scrolls per notch.
let wheelStep = 3

/// A click selects the row under it (fleet table, alarm list) or sorts by the column
/// title under it (again: reverses), a click on a view tab in the footer switches view,
/// the wheel moves the selection.
func mouse(_ event: MouseEvent, _ state: inout AppState) -> [EngineCommand] {
    state.message = nil
    let footerY = state.size.height - 1
    switch event.kind {
    case .wheelUp, .wheelDown:
        let action: ConsoleAction = event.kind == .wheelUp ? .moveUp : .moveDown
        var commands: [EngineCommand] = []
        for _ in 0..<wheelStep { commands += update(&state, .keyPressed(state.keyMap.keys(for: action).first ?? .down)) }
        return commands
    case .click:
        if event.y == footerY {
            if let view = FooterView.tab(at: event.x, state, area: Rect(x: 0, y: footerY, width: state.size.width, height: 1)) {
                state.view = view
                if view == .alarms { markLooked(&state) }
            }
            return []
        }
        switch state.view {
        case .overview: clickTable(event, &state)
        case .alarms: clickAlarms(event, &state)
        default: break
        }
        return []
    }
}

/// The overview: title row (y 2) sorts, rows below select.
private func clickTable(_ event: MouseEvent, _ state: inout AppState) {
    let content = ConsoleLayout.contentArea(state.size)
    let titleY = content.y + 1
    if event.y == titleY {
        guard let column = FleetTableView.layout(state, width: state.size.width).column(at: event.x) else { return }
        let current = state.sort ?? RowSort(key: .index)
        sortBy(column.sortKey, descending: current.key == column.sortKey ? !current.descending : false, &state)
        keepSelectionVisible(&state)
        return
    }
    let position = state.scrollTop + event.y - titleY - 1
    guard event.y > titleY, position >= 0, position < state.tableTotal else { return }
    state.cursor = position
    if !state.isReordered { state.selected = position }
    keepSelectionVisible(&state)
}

/// The alarm list: a click selects the line (or the expanded group's member) under it.
private func clickAlarms(_ event: MouseEvent, _ state: inout AppState) {
    let content = ConsoleLayout.contentArea(state.size)
    var y = content.y + 1
    guard event.y >= y, event.y < y + state.alarmRows else { return }
    let targets = state.frame.alarmTargets
    for (offset, target) in targets.enumerated() {
        let line = state.frame.alarmFirstLine + offset
        guard line >= state.alarmTop else { continue }
        if event.y == y {
            state.alarmSelected = line
            state.alarmMember = nil
            state.alarmFocus = nil
            return
        }
        y += 1
        if case .group(let id, let members, let count, _) = target, state.expandedGroups.contains(id) {
            if event.y < y + members.count {
                state.alarmSelected = line
                state.alarmMember = event.y - y
                state.alarmFocus = nil
                return
            }
            y += members.count + (count > members.count ? 1 : 0)
        }
        if y > event.y { return }
    }
}

/// A key while the column chooser is open: ↑/↓ (k/j) move, space or Enter shows or
/// hides the column (a shown column goes to the end), Esc, q or the chooser key close.
func columnChooserKey(_ key: Key, _ state: inout AppState) {
    let all = TableColumn.allCases
    let current = min(max(0, state.columnChooser ?? 0), all.count - 1)
    switch key {
    case .up, .character("k"): state.columnChooser = (current + all.count - 1) % all.count
    case .down, .character("j"): state.columnChooser = (current + 1) % all.count
    case .character(" "), .enter:
        let column = all[current]
        guard column != .id else {
            state.message = "the satellite id is always shown"
            return
        }
        if let at = state.columns.firstIndex(of: column) {
            state.columns.remove(at: at)
            if state.sort?.key == column.sortKey { state.sort = nil }
        } else {
            state.columns.append(column)
        }
    case .escape, .character("q"):
        state.columnChooser = nil
    default:
        if state.keyMap.action(for: key) == .chooseColumns { state.columnChooser = nil }
    }
}
