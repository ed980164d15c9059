/// Replaces every non-ASCII character of a rendered frame with an ASCII stand-in,
/// for `--ascii` and terminals whose locale is not UTF-8: box drawing becomes
/// `+-|`, braille and block shading become `.:*#` by how much of the cell is inked.
public enum AsciiFallback {
    static let table: [Unicode.Scalar: Unicode.Scalar] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "×": "x", "…": "~", "°": " ", "·": ".", "↑": "^", "↓": "v", "←": "<", "→": ">", "—": "-",
        "░": ".", "▒": ":", "▓": "*", "█": "#", "◆": "@", "▲": "^", "●": "o",
        "▁": "_", "▂": ".", "▃": "-", "▄": "=", "▅": "+", "▆": "*", "▇": "#",
        // Map marks (track, DEGRADED, SAFE, FAILED), chart limit lines, event-log commands.
        "•": "o", "▪": "d", "■": "S", "✖": "X", "┄": "-",
        "β": "b", "▸": ">", "▾": "v", "▼": "v", "“": "\"", "”": "\"", "−": "-", "≤": "<", "≥": ">", "◀": "<",
        "▶": ">", "○": "o", "Δ": "d", "±": "+", "–": "-",
    ]

    /// The ASCII stand-in for `scalar`.
    public static func ascii(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII { return scalar }
        if (0x2800...0x28FF).contains(scalar.value) {
            let dots = (scalar.value - 0x2800).nonzeroBitCount
            return dots == 0 ? " " : dots <= 2 ? "." : dots <= 4 ? ":" : dots <= 6 ? "*" : "#"
        }
        return table[scalar] ?? "?"
    }

    public static func apply(to grid: inout Grid) {
        for y in 0..<grid.height {
            for x in 0..<grid.width where !grid[x, y].character.isASCII {
                grid[x, y].character = ascii(grid[x, y].character)
            }
        }
    }
}
