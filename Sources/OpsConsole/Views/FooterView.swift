import ConstellationSim

/// The bottom line: the most used keys, as currently bound, and on the right the
/// filter, the scenario and the view tabs (` 1 Overview  2 3 4 5`: the current view
/// named, the others by number; a click on one switches to it). Hints are whole: one
/// that would run into the status is left out.
public enum FooterView {
    static let hinted: [ConsoleAction] = [.togglePause, .stepTick, .speedUp, .speedDown, .nextView, .help, .quit,
                                          .moveDown]
    /// View 4's hints: the alarm keys first.
    static let alarmHinted: [ConsoleAction] = [.acknowledge, .acknowledgeAll, .acknowledgeWithComment, .shelve,
                                               .unshelve, .resetLatched, .expand, .help, .quit]
    /// The table views' hints.
    static let tableHinted: [ConsoleAction] = [.togglePause, .stepTick, .help, .filter, .jump, .stepOrbit, .injectFault,
                                               .nextMatch, .nextView, .quit]

    /// In a replay (`snapshot.replay`), the replay's status line takes the hints' place;
    /// while rewound, the time bar (`TimeBarView`).
    public static func render(_ state: AppState, _ snapshot: FleetSnapshot? = nil, area: Rect, into grid: inout Grid) {
        grid.fill(area, style: Style(.header))
        if let prompt = state.prompt {
            let unacked = state.frame.alarmTargets.count { $0.needsAcknowledgement }
            let x = grid.put(" " + prompt.label(visibleUnacknowledged: unacked), x: area.x, y: area.y,
                             style: Style(.title, .bold), clip: area)
            let end = grid.put(prompt.text, x: x, y: area.y, style: Style(.normal), clip: area)
            if !prompt.isConfirmation { grid.put(" ", x: end, y: area.y, style: Style(.normal, .reverse), clip: area) }
            return
        }
        let tabs = self.tabs(state, area: area)
        let tabsX = tabs.first?.x ?? area.maxX
        let filter = state.filter.map { " /\($0.text) \(state.frame.filterMatchCount.map(Quantity.count) ?? "…") ·" } ?? ""
        let alarmFilter = state.alarmFilter.map { " alarms /\($0) ·" } ?? ""
        let scenario = snapshot?.scenarioName ?? ""
        let status = "\(filter)\(alarmFilter) \(scenario) "
        let statusX = tabsX - status.unicodeScalars.count
        defer {
            grid.put(status, x: max(area.x, statusX), y: area.y, style: Style(.header), clip: area)
            for tab in tabs {
                let current = tab.view == state.view
                grid.put(tab.text, x: tab.x, y: area.y, style: current ? Style(.title, [.bold, .reverse]) : Style(.title),
                         clip: area)
            }
        }
        if let message = state.message {
            grid.put(" " + message, x: area.x, y: area.y, style: Style(.warning, .bold),
                     maxWidth: max(0, statusX - area.x))
            return
        }
        if let rewind = state.rewind {
            TimeBarView.render(rewind, live: state.live, keyMap: state.keyMap, shownTick: snapshot?.tick,
                               area: Rect(x: area.x, y: area.y, width: max(0, statusX - area.x), height: 1), into: &grid)
            return
        }
        if let snapshot, let replay = snapshot.replay {
            let line = ReplayStatusText.line(replay, tick: snapshot.tick, dtSeconds: snapshot.dtSeconds)
            grid.put(" " + line, x: area.x, y: area.y, style: Style(.title, .bold), maxWidth: max(0, statusX - area.x))
            return
        }
        var x = area.x + 1
        let actions = state.view == .alarms ? alarmHinted : state.view == .overview || state.view == .detail ? tableHinted : hinted
        for action in actions {
            let keys = state.keyMap.keys(for: action)
            guard !keys.isEmpty else { continue }
            // Prefer the arrow keys, the most widely known binding.
            let names = action == .moveDown
                ? state.keyMap.keys(for: .moveUp).filter { $0 == .up }.map(\.name) + keys.filter { $0 == .down }.map(\.name)
                : []
            let keyLabel = names.count == 2 ? names.joined() : keys[0].name
            let text = " \(label(action))  "
            // Whole hints only: a hint that would run into the status is left out.
            guard x + keyLabel.unicodeScalars.count + text.unicodeScalars.count - 2 <= statusX else { continue }
            x = grid.put(keyLabel, x: x, y: area.y, style: Style(.title, .bold), clip: area)
            x = grid.put(text, x: x, y: area.y, style: Style(.header), clip: area)
        }
    }

    /// The view tabs at the right end of the footer: where each starts and its text.
    public static func tabs(_ state: AppState, area: Rect) -> [(view: ConsoleView, x: Int, text: String)] {
        let texts = ConsoleView.allCases.map { view in
            (view, view == state.view ? " \(view.rawValue % 10) \(view.title) " : " \(view.rawValue % 10)")
        }
        var x = area.maxX - 1 - texts.reduce(0) { $0 + $1.1.unicodeScalars.count }
        return texts.map { view, text in
            defer { x += text.unicodeScalars.count }
            return (view, x, text)
        }
    }

    /// The view whose tab covers column `x` of the footer.
    public static func tab(at x: Int, _ state: AppState, area: Rect) -> ConsoleView? {
        tabs(state, area: area).first { x >= $0.x && x < $0.x + $0.text.unicodeScalars.count }?.view
    }

    private static func label(_ action: ConsoleAction) -> String {
        switch action {
        case .togglePause: return "pause"
        case .stepTick: return "step"
        case .speedUp: return "faster"
        case .speedDown: return "slower"
        case .moveDown: return "select"
        case .nextView: return "view"
        case .help: return "help"
        case .quit: return "quit"
        case .acknowledge: return "ack"
        case .acknowledgeAll: return "ack all"
        case .acknowledgeWithComment: return "comment"
        case .stepOrbit: return "orbit"
        case .nextMatch: return "next"
        case .injectFault: return "fault"
        case .expand: return "group"
        default: return action.rawValue
        }
    }
}
