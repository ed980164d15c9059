import ConstellationSim
import Foundation

/// View 8: the watched routes with their one-way latency, the fibre bound (great circle
/// at c / 1.468) and the difference, hops, path length and a sparkline of recent
/// latencies; below, the world map with the selected route's path drawn satellite by
/// satellite.
public enum LatencyView {
    static let land: UInt8 = 1, route: UInt8 = 2

    /// Route lines that fit above the map: about two fifths of the content.
    public static func listRows(in content: Rect) -> Int { max(3, (content.height - 2) * 2 / 5) }

    /// Samples per sparkline.
    public static let sparklinePoints = 24

    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        guard area.width > 0, area.height > 3 else { return }
        let rows = listRows(in: area)
        let latency = snapshot?.latency
        title(latency, y: area.y, area: area, into: &grid)
        guard let latency, latency.routeCount > 0 else {
            grid.put("no routes: add 'routes:' to the scenario (e.g. - {from: Paris, to: Luanda})",
                     x: area.x + 1, y: area.y + 2, style: Style(.muted), clip: area)
            return
        }
        header(y: area.y + 1, area: area, into: &grid)
        for (k, row) in latency.rows.prefix(rows).enumerated() {
            line(row, selected: row.index == state.latencySelected, y: area.y + 2 + k, area: area, into: &grid)
        }
        let mapTop = area.y + 2 + rows
        let selected = latency.rows.first { $0.index == state.latencySelected }
        map(latency, selected: selected, area: Rect(x: area.x, y: mapTop, width: area.width, height: area.maxY - mapTop),
            into: &grid)
    }

    private static func title(_ latency: LatencySnapshot?, y: Int, area: Rect, into grid: inout Grid) {
        let row = Rect(x: area.x, y: y, width: area.width, height: 1)
        var x = grid.put(" Latency ", x: area.x, y: y, style: Style(.title, .bold), clip: row)
        let count = latency?.routeCount ?? 0
        x = grid.put(" \(count) route\(count == 1 ? "" : "s") · one way, ms", x: x, y: y, style: Style(.normal), clip: row)
        grid.put(" · fibre = great circle at c/1.468 · Δ < 0: space is faster", x: x, y: y, style: Style(.muted), clip: row)
    }

    private static func header(y: Int, area: Rect, into grid: inout Grid) {
        let text = "  " + pad("ROUTE", 30) + lpad("LATENCY", 9) + lpad("FIBRE", 8) + lpad("Δ", 8) + lpad("HOPS", 6)
            + lpad("KM", 8) + "  RECENT"
        grid.put(text, x: area.x, y: y, style: Style(.columnHeader, .bold), clip: Rect(x: area.x, y: y, width: area.width, height: 1))
    }

    /// The route's name as the list shows it.
    static func name(_ row: LatencyRow) -> String { row.source + " > " + (row.destination ?? "compute") }

    private static func line(_ row: LatencyRow, selected: Bool, y: Int, area: Rect, into grid: inout Grid) {
        let clip = Rect(x: area.x, y: y, width: area.width, height: 1)
        let base = selected ? Style(.selection, .reverse) : Style(.normal)
        if selected { grid.fill(clip, style: base) }
        var x = grid.put((selected ? "▶ " : "  ") + pad(name(row), 30), x: area.x, y: y, style: base, clip: clip)
        guard row.reachable else {
            x = grid.put(lpad("UNREACHABLE", 11), x: x, y: y, style: Style(.distress, .bold), clip: clip)
            if let fibre = row.fibreMs { grid.put(lpad(fixed(fibre, 1), 6), x: x, y: y, style: base, clip: clip) }
            return
        }
        let level: StyleRole = row.highMs.map { row.latencyMs >= $0 } == true ? .distress
            : row.warningMs.map { row.latencyMs >= $0 } == true ? .warning : .ok
        x = grid.put(lpad(fixed(row.latencyMs, 1), 9), x: x, y: y, style: selected ? base : Style(level, .bold), clip: clip)
        if let fibre = row.fibreMs {
            x = grid.put(lpad(fixed(fibre, 1), 8), x: x, y: y, style: base, clip: clip)
            let delta = row.latencyMs - fibre
            x = grid.put(lpad((delta >= 0 ? "+" : "") + fixed(delta, 1), 8), x: x, y: y,
                         style: selected ? base : Style(delta < 0 ? .ok : .muted), clip: clip)
        } else {
            x = grid.put(lpad("–", 8) + lpad("–", 8), x: x, y: y, style: selected ? base : Style(.muted), clip: clip)
        }
        x = grid.put(lpad(String(row.hops), 6) + lpad(String(Int(row.pathKm.rounded())), 8) + "  ", x: x, y: y,
                     style: base, clip: clip)
        // Latency from zero up to the highest recent value: a bar's height is the latency itself.
        let top = max(1, row.recentMs.filter(\.isFinite).max() ?? 1)
        SatelliteDetailView.sparkline(row.recentMs, range: 0...top, limits: nil, x: x, y: y, into: &grid, clip: clip)
    }

    private static func map(_ latency: LatencySnapshot, selected: LatencyRow?, area: Rect, into grid: inout Grid) {
        guard area.height >= 2 else { return }
        let titleRow = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        var x = grid.put(" Route ", x: area.x, y: area.y, style: Style(.title, .bold), clip: titleRow)
        if let selected {
            let what = selected.reachable ? " \(name(selected)) · \(selected.hops) links · ● ends · ◆ satellites"
                : " \(name(selected)) · unreachable"
            x = grid.put(what, x: x, y: area.y, style: Style(.normal), clip: titleRow)
        }
        grid.put(" · • users", x: x, y: area.y, style: Style(.muted), clip: titleRow)
        let cells = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        var canvas = BrailleCanvas(cells: cells.width, cells.height)
        func dot(_ lat: Double, _ lon: Double) -> (Int, Int) {
            (min(canvas.columns - 1, max(0, Int((lon + 180) / 360 * Double(canvas.columns)))),
             min(canvas.rows - 1, max(0, Int((90 - lat) / 180 * Double(canvas.rows)))))
        }
        for y in 0..<canvas.rows {
            for x in 0..<canvas.columns {
                let lat = 90 - (Double(y) + 0.5) * 180 / Double(canvas.rows)
                let lon = (Double(x) + 0.5) * 360 / Double(canvas.columns) - 180
                if LandMask.isLand(latitudeDeg: lat, longitudeDeg: lon) { canvas.set(x, y, land) }
            }
        }
        let path = latency.selectedPath
        for (a, b) in zip(path, path.dropFirst()) where abs(a.longitudeDeg - b.longitudeDeg) < 180 {
            canvas.line(from: dot(a.latitudeDeg, a.longitudeDeg), to: dot(b.latitudeDeg, b.longitudeDeg), route)
        }
        for cy in 0..<cells.height {
            for cx in 0..<cells.width {
                guard let c = canvas.character(cellX: cx, cellY: cy, layer: land | route) else { continue }
                let onRoute = canvas.layers(cellX: cx, cellY: cy) & route != 0
                grid[cells.x + cx, cells.y + cy] = Cell(c, style: onRoute ? Style(.track, .bold) : Style(.land, .dim))
            }
        }
        func mark(_ glyph: String, _ lat: Double, _ lon: Double, _ style: Style) {
            let (dx, dy) = dot(lat, lon)
            grid.put(glyph, x: cells.x + dx / 2, y: cells.y + dy / 4, style: style, clip: cells)
        }
        for user in latency.users { mark("•", user.latitudeDeg, user.longitudeDeg, Style(.muted)) }
        for point in path.dropFirst().dropLast() { mark("◆", point.latitudeDeg, point.longitudeDeg, Style(.watch, .bold)) }
        if let first = path.first { mark("●", first.latitudeDeg, first.longitudeDeg, Style(.critical, .bold)) }
        if let last = path.last, selected?.destination != nil { mark("●", last.latitudeDeg, last.longitudeDeg, Style(.critical, .bold)) }
    }

    private static func fixed(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    private static func pad(_ s: String, _ n: Int) -> String {
        let count = s.count
        return count >= n ? String(s.prefix(n - 1)) + " " : s + String(repeating: " ", count: n - count)
    }
    private static func lpad(_ s: String, _ n: Int) -> String {
        s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s
    }
}
