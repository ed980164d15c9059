import ConstellationSim

/// The fault-injection menu (`f`): the kinds, the highlighted one reversed, and the
/// target (the selected satellite, or how many satellites the filter matches).
public enum FaultMenuView {
    public static func render(_ state: AppState, area: Rect, into grid: inout Grid) {
        guard let highlighted = state.faultMenu else { return }
        let kinds = FaultKind.allCases
        let target: String
        if state.filter != nil {
            let count = min(state.frame.filterMatchCount ?? 0, faultInjectionCap)
            target = "\(count) filtered satellites"
        } else {
            target = state.frame.selectedID ?? "#\(state.selected)"
        }
        let width = 44
        let box = area.centered(width: width, height: kinds.count + 5)
        Box.draw(box, title: "Inject fault", style: Style(.border), into: &grid)
        let inside = box.inset(by: 1)
        grid.fill(inside)
        grid.put(" on " + target, x: inside.x, y: inside.y, style: Style(.title, .bold), clip: inside)
        for (i, kind) in kinds.enumerated() {
            let style = i == highlighted ? Style(.selection, .reverse) : Style(.normal)
            grid.put(Format.left(" \(i + 1)  \(kind.consoleName)", inside.width), x: inside.x, y: inside.y + 1 + i,
                     style: style, clip: inside)
        }
        grid.put(" ↑↓ Enter, 1-6 or letter · Esc cancels", x: inside.x, y: inside.maxY - 1, style: Style(.muted),
                 clip: inside)
    }
}
