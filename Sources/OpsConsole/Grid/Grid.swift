/// An in-memory screen of cells. Views draw into it; the backend writes only the
/// cells that differ from the previous frame.
public struct Grid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = Cell()) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// A grid holding `lines` in the normal style, as wide as the longest line.
    public init(lines: [String]) {
        let width = lines.map { $0.unicodeScalars.count }.max() ?? 0
        self.init(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { put(line, x: 0, y: y) }
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from (x, y) rightwards, clipped to `clip` (default: the grid)
    /// and to `maxWidth` cells. Returns the x after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal,
                             maxWidth: Int = .max, clip: Rect? = nil) -> Int {
        let area = clip ?? bounds
        guard y >= max(0, area.y), y < min(height, area.maxY) else { return x }
        var column = x
        let limit = min(area.maxX, width, maxWidth == .max ? .max : x + maxWidth)
        for scalar in text.unicodeScalars {
            if column >= limit { break }
            if column >= max(0, area.x) { self[column, y] = Cell(scalar, style: style) }
            column += 1
        }
        return column
    }

    /// Fills `rect` (clipped to the grid) with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Unicode.Scalar = " ", style: Style = .normal) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(character, style: style) }
        }
    }

    /// Gives every cell of `rect` the style `style`, keeping the characters.
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y].style = style }
        }
    }

    /// Each row as text.
    public var text: [String] {
        (0..<height).map { y in
            var line = String.UnicodeScalarView()
            for x in 0..<width { line.append(self[x, y].character) }
            return String(line)
        }
    }

    /// The cells that differ from `previous`, row by row; every cell when there is
    /// no previous frame or its size differs.
    public func changes(since previous: Grid?) -> [CellChange] {
        var result: [CellChange] = []
        let full = previous == nil || previous?.size != size
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                if full || previous?[x, y] != cell { result.append(CellChange(x: x, y: y, cell: cell)) }
            }
        }
        return result
    }
}

/// A cell to write at a position.
public struct CellChange: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}
