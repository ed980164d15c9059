/// A centred box listing every action and the keys bound to it.
public enum HelpOverlay {
    public static func render(keyMap: KeyMap, area: Rect, into grid: inout Grid) {
        let lines = ConsoleAction.allCases.map { action -> String in
            let keys = keyMap.keys(for: action).map(\.name).joined(separator: " ")
            return Format.left(keys, 14) + "  " + action.summary
        }
        let width = min(area.width - 2, (lines.map { $0.unicodeScalars.count }.max() ?? 0) + 4)
        let box = area.centered(width: width, height: lines.count + 4)
        Box.draw(box, title: "Keys", style: Style(.border), into: &grid)
        let inside = box.inset(by: 1)
        grid.fill(inside)
        for (i, line) in lines.enumerated() {
            grid.put(" " + line, x: inside.x, y: inside.y + i, clip: inside)
        }
        grid.put(" any key closes this help", x: inside.x, y: inside.maxY - 1, style: Style(.muted), clip: inside)
    }
}

/// Box drawing with light lines.
public enum Box {
    public static func draw(_ rect: Rect, title: String? = nil, style: Style, into grid: inout Grid) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in rect.x...right {
            grid.put(x == rect.x ? "┌" : x == right ? "┐" : "─", x: x, y: rect.y, style: style)
            grid.put(x == rect.x ? "└" : x == right ? "┘" : "─", x: x, y: bottom, style: style)
        }
        for y in (rect.y + 1)..<bottom {
            grid.put("│", x: rect.x, y: y, style: style)
            grid.put("│", x: right, y: y, style: style)
        }
        if let title {
            grid.put(" \(title) ", x: rect.x + 2, y: rect.y, style: Style(.title, .bold), maxWidth: rect.width - 4)
        }
    }
}
