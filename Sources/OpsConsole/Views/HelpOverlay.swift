/// A centred box listing every action and the keys bound to it.
public enum HelpOverlay {
    public static func render(keyMap: KeyMap, area: Rect, into grid: inout Grid) {
        // The view keys share lines, three views a line (`1 2 3  overview, map, heatmap`),
        // so every action still fits 80×24 in two columns.
        let viewActions = ConsoleAction.allCases.filter { $0.view != nil }
        let viewEntries = stride(from: 0, to: viewActions.count, by: 3).map { start in
            let group = viewActions[start..<min(start + 3, viewActions.count)]
            return (keys: group.compactMap { keyMap.keys(for: $0).first?.name }.joined(separator: " "),
                    summary: group.compactMap { $0.view?.helpName }.joined(separator: ", "))
        }
        let entries = viewEntries + ConsoleAction.allCases.filter { $0.view == nil }.map { action in
            (keys: keyMap.keys(for: action).map(\.name).joined(separator: " "), summary: action.summary)
        }
        // One column when it fits the height, else two (three when two do not fit either).
        // When the box is short of lines, "any key closes" moves into its top border.
        let columns = entries.count + 4 <= area.height ? 1 : (entries.count + 1) / 2 + 2 <= area.height ? 2 : 3
        let rows = (entries.count + columns - 1) / columns
        let keyWidth = columns == 1 ? 14 : 9
        let naturalWidth = entries.map { keyWidth + 3 + $0.summary.unicodeScalars.count }.max() ?? 0
        let columnWidth = columns == 1 ? naturalWidth : min(naturalWidth, (area.width - 4) / columns)
        let width = min(area.width - 2, columnWidth * columns + 3)
        let hintInBorder = rows + 3 > area.height
        // The blank line above "any key closes" goes when the screen is one line short.
        let height = hintInBorder ? rows + 2 : min(rows + 4, max(rows + 3, area.height))
        let box = area.centered(width: width, height: min(area.height, height))
        Box.draw(box, title: hintInBorder ? "Keys · any key closes" : "Keys", style: Style(.border), into: &grid)
        let inside = box.inset(by: 1)
        grid.fill(inside)
        for (i, entry) in entries.enumerated() {
            let line = " " + Format.left(entry.keys, keyWidth) + "  " + entry.summary
            let x = inside.x + (i / rows) * columnWidth
            grid.put(Format.left(line, columnWidth), x: x, y: inside.y + i % rows, clip: inside)
        }
        if !hintInBorder {
            grid.put(" any key closes this help", x: inside.x, y: inside.maxY - 1, style: Style(.muted), clip: inside)
        }
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
