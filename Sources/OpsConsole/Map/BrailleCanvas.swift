/// A canvas of 2×4 dots per terminal cell, each dot carrying layer flags; folded
/// into braille characters (U+2800 + dot bits) cell by cell.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    /// Layer flags per dot, row-major.
    private(set) var dots: [UInt8]

    init(cells width: Int, _ height: Int) {
        columns = width * 2
        rows = height * 4
        dots = Array(repeating: 0, count: columns * rows)
    }

    mutating func set(_ x: Int, _ y: Int, _ layer: UInt8) {
        guard x >= 0, y >= 0, x < columns, y < rows else { return }
        dots[y * columns + x] |= layer
    }

    subscript(x: Int, y: Int) -> UInt8 { dots[y * columns + x] }

    /// Braille bit of the dot at (dx, dy) within its cell (dx 0…1, dy 0…3).
    static func bit(dx: Int, dy: Int) -> UInt32 {
        let left: [UInt32] = [0x01, 0x02, 0x04, 0x40], right: [UInt32] = [0x08, 0x10, 0x20, 0x80]
        return dx == 0 ? left[dy] : right[dy]
    }

    /// The braille character whose dots are those of cell (cx, cy) having `layer`.
    func character(cellX cx: Int, cellY cy: Int, layer: UInt8) -> Unicode.Scalar? {
        var bits: UInt32 = 0
        for dy in 0..<4 {
            for dx in 0..<2 where self[cx * 2 + dx, cy * 4 + dy] & layer != 0 {
                bits |= Self.bit(dx: dx, dy: dy)
            }
        }
        return bits == 0 ? nil : Unicode.Scalar(0x2800 + bits)
    }

    /// The union of the layer flags of cell (cx, cy)'s dots.
    func layers(cellX cx: Int, cellY cy: Int) -> UInt8 {
        var flags: UInt8 = 0
        for dy in 0..<4 { for dx in 0..<2 { flags |= self[cx * 2 + dx, cy * 4 + dy] } }
        return flags
    }

    /// Marks the dots along the segment between two dot positions (Bresenham).
    mutating func line(from a: (Int, Int), to b: (Int, Int), _ layer: UInt8) {
        var (x, y) = a
        let dx = abs(b.0 - x), dy = -abs(b.1 - y)
        let sx = x < b.0 ? 1 : -1, sy = y < b.1 ? 1 : -1
        var error = dx + dy
        while true {
            set(x, y, layer)
            if x == b.0 && y == b.1 { break }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x += sx }
            if e2 <= dx { error += dx; y += sy }
        }
    }
}
