/// The bottom line: the most used keys, as currently bound, and on the right the
/// current view and theme.
public enum FooterView {
    static let hinted: [ConsoleAction] = [.togglePause, .stepTick, .speedUp, .speedDown, .nextView, .help, .quit,
                                          .moveDown]

    public static func render(_ state: AppState, area: Rect, into grid: inout Grid) {
        grid.fill(area, style: Style(.header))
        let sort = state.sort.map { " · \($0.key.label) \($0.descending ? "↓" : "↑")" } ?? ""
        let status = " \(state.view.rawValue) \(state.view.title)\(sort) · \(state.themeName) "
        let statusX = area.maxX - status.unicodeScalars.count
        defer { grid.put(status, x: max(area.x, statusX), y: area.y, style: Style(.title, .bold), clip: area) }
        var x = area.x + 1
        for action in hinted {
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
        default: return action.rawValue
        }
    }
}
