import ConstellationSim
import Foundation

/// A braille line chart: a title with the unit and the limit levels, a value axis on the
/// left, a time axis below, dashed limit lines, and traces drawn 2×4 dots per cell.
/// Each cell takes the style of the last trace drawn through it (limits first, the
/// selected satellite last, so it is on top).
struct LineChart {
    /// One line: a value per dot column (NaN: no sample; neighbours are joined across).
    struct Trace {
        var values: [Double]
        var style: Style
    }

    /// An alarm limit drawn as a dashed horizontal line.
    struct Limit {
        var value: Double
        var label: String
        var style: Style
    }

    var title: String
    var unit: String
    var traces: [Trace]
    var limits: [Limit] = []
    /// A fixed value range (0–100 %), else the data's and the limits' range.
    var fixedRange: ClosedRange<Double>?
    /// Time-axis labels: start, middle, end.
    var timeLabels: (String, String, String)

    /// Cells left of the plot for the value labels and the axis.
    static let axisWidth = 8
    /// Rows besides the plot: title, axis line, time labels.
    static let chromeRows = 3

    /// Dot columns of the plot in a chart `width` cells wide.
    static func dotColumns(width: Int) -> Int { max(1, width - axisWidth - 1) * 2 }

    /// The range the values map onto: fixed, or the data's and the limits' extent
    /// padded by 5 % (a flat line gets ±1).
    func valueRange() -> (lo: Double, hi: Double) {
        if let fixedRange { return (fixedRange.lowerBound, fixedRange.upperBound) }
        var lo = Double.infinity, hi = -Double.infinity
        for trace in traces { for v in trace.values where v.isFinite { lo = min(lo, v); hi = max(hi, v) } }
        for limit in limits where limit.value.isFinite { lo = min(lo, limit.value); hi = max(hi, limit.value) }
        guard lo.isFinite, hi.isFinite else { return (0, 1) }
        if hi - lo < 1e-9 { return (lo - 1, hi + 1) }
        let pad = (hi - lo) * 0.05
        return (lo - pad, hi + pad)
    }

    func render(area: Rect, into grid: inout Grid) {
        guard area.width > Self.axisWidth + 2, area.height > Self.chromeRows else { return }
        let plotWidth = area.width - Self.axisWidth - 1, plotHeight = area.height - Self.chromeRows
        let dotsX = plotWidth * 2, dotsY = plotHeight * 4
        let (lo, hi) = valueRange()
        var x = grid.put(" \(title) \(unit)", x: area.x, y: area.y, style: Style(.title, .bold), clip: area)
        for limit in limits {
            x = grid.put("  ┄ \(limit.label)", x: x, y: area.y, style: limit.style, clip: area)
        }
        // Value axis: top, middle, bottom labels.
        let decimals = hi - lo >= 100 ? 0 : hi - lo >= 10 ? 1 : 2
        for (row, value) in [(0, hi), (plotHeight / 2, (hi + lo) / 2), (plotHeight - 1, lo)] {
            let text = Format.fixed(value, decimals, width: Self.axisWidth - 1)
            grid.put(text, x: area.x, y: area.y + 1 + row, style: Style(.muted), clip: area)
        }
        for row in 0..<plotHeight {
            grid.put("┤", x: area.x + Self.axisWidth - 1, y: area.y + 1 + row, style: Style(.border), clip: area)
        }
        // Time axis.
        let axisY = area.y + 1 + plotHeight
        grid.put("└" + String(repeating: "─", count: plotWidth), x: area.x + Self.axisWidth - 1, y: axisY,
                 style: Style(.border), clip: area)
        for tick in [0, plotWidth / 2, plotWidth - 1] {
            grid.put("┬", x: area.x + Self.axisWidth + tick, y: axisY, style: Style(.border), clip: area)
        }
        let labelY = axisY + 1, left = area.x + Self.axisWidth
        grid.put(timeLabels.0, x: left, y: labelY, style: Style(.muted), clip: area)
        let middle = timeLabels.1.unicodeScalars.count
        grid.put(timeLabels.1, x: left + plotWidth / 2 - middle / 2, y: labelY, style: Style(.muted), clip: area)
        let end = timeLabels.2.unicodeScalars.count
        grid.put(timeLabels.2, x: left + plotWidth - end, y: labelY, style: Style(.muted), clip: area)

        // The dots: limits dashed, then the traces in order.
        var canvas = ChartCanvas(columns: plotWidth, rows: plotHeight)
        func dotY(_ v: Double) -> Int {
            let f = (hi - v) / (hi - lo)
            return Int((f * Double(dotsY - 1)).rounded().clamped(0, Double(dotsY - 1)))
        }
        for (k, limit) in limits.enumerated() where limit.value >= lo && limit.value <= hi {
            let y = dotY(limit.value)
            for dx in 0..<dotsX where (dx / 2) % 2 == 0 { canvas.set(dx, y, owner: k) }
        }
        for (k, trace) in traces.enumerated() {
            var previous: (Int, Int)?
            for dx in 0..<min(dotsX, trace.values.count) {
                let v = trace.values[dx]
                guard v.isFinite else { continue }
                let point = (dx, dotY(v))
                if let previous { canvas.line(from: previous, to: point, owner: limits.count + k) } else {
                    canvas.set(point.0, point.1, owner: limits.count + k)
                }
                previous = point
            }
        }
        let styles = limits.map(\.style) + traces.map(\.style)
        for cy in 0..<plotHeight {
            for cx in 0..<plotWidth {
                guard let (character, owner) = canvas.cell(cx, cy) else { continue }
                grid.put(String(Character(character)), x: area.x + Self.axisWidth + cx, y: area.y + 1 + cy,
                         style: styles[owner], clip: area)
            }
        }
    }
}

/// Braille dots with, per cell, the index of the last layer drawn into it.
private struct ChartCanvas {
    let columns: Int
    let rows: Int
    private var bits: [UInt32]
    private var owners: [Int]

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        bits = Array(repeating: 0, count: columns * rows)
        owners = Array(repeating: -1, count: columns * rows)
    }

    mutating func set(_ x: Int, _ y: Int, owner: Int) {
        guard x >= 0, y >= 0, x < columns * 2, y < rows * 4 else { return }
        let cell = (y / 4) * columns + x / 2
        bits[cell] |= BrailleCanvas.bit(dx: x % 2, dy: y % 4)
        owners[cell] = owner
    }

    mutating func line(from a: (Int, Int), to b: (Int, Int), owner: Int) {
        var (x, y) = a
        let dx = abs(b.0 - x), dy = -abs(b.1 - y)
        let sx = x < b.0 ? 1 : -1, sy = y < b.1 ? 1 : -1
        var error = dx + dy
        while true {
            set(x, y, owner: owner)
            if x == b.0 && y == b.1 { break }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x += sx }
            if e2 <= dx { error += dx; y += sy }
        }
    }

    /// The braille character of cell (cx, cy) and its owner (nil: no dot).
    func cell(_ cx: Int, _ cy: Int) -> (Unicode.Scalar, Int)? {
        let i = cy * columns + cx
        guard bits[i] != 0, owners[i] >= 0, let scalar = Unicode.Scalar(0x2800 + bits[i]) else { return nil }
        return (scalar, owners[i])
    }
}

private extension Double {
    func clamped(_ lo: Double, _ hi: Double) -> Double {
        guard !isNaN else { return lo }
        return Swift.min(hi, Swift.max(lo, self))
    }
}
