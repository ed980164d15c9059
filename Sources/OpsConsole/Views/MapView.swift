import ConstellationSim
import Foundation

/// View 2: the world in braille (equirectangular): land as braille dots, night side
/// dimmed, satellites per cell as colour (a logarithmic heat scale, with a legend) on top
/// of the land outline — a cell with land keeps its braille coastline in the density's
/// colour, an ocean cell with satellites shows `·` — so continents stay legible at a
/// million satellites. Above the density, in this order from the top: the selected
/// satellite `◆`, ground stations `▲`, DEGRADED `▪` / SAFE `■` / FAILED `✖` satellites
/// (the worst in the cell), the selected satellite's ground track `•` over ± one orbit,
/// and the South Atlantic Anomaly outline (braille line in the warning colour). Every
/// layer has its own glyph, so the map reads without colour (`NO_COLOR`) too.
///
/// Catalog objects (not ours) are muted braille dots wherever no other layer claims the cell.
public enum MapView {
    /// Kept for callers that size work by fleet: every fleet is now drawn as density.
    public static let densityThreshold = 5_000

    static let land: UInt8 = 1, saa: UInt8 = 2, object: UInt8 = 4

    /// The cells the map itself covers: the content less its title and legend rows.
    public static func mapArea(in content: Rect) -> Rect {
        Rect(x: content.x, y: content.y + 1, width: content.width, height: max(0, content.height - 2))
    }

    /// The glyph and style of a satellite of `mode` drawn above the density (nil: nominal).
    static func healthMark(_ mode: OperatingMode) -> (Unicode.Scalar, Style)? {
        switch mode {
        case .nominal: return nil
        case .degraded: return ("▪", Style(.warning, .bold))
        case .safe: return ("■", Style(.critical, .bold))
        case .failed: return ("✖", Style(.severe, .bold))
        }
    }

    static let trackMark: (Unicode.Scalar, Style) = ("•", Style(.track, .bold))
    /// An ocean cell holding satellites.
    static let oceanDensity: Unicode.Scalar = "·"

    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, area content: Rect, into grid: inout Grid) {
        let area = mapArea(in: content)
        guard area.width > 0, area.height > 0 else { return }
        title(snapshot, y: content.y, width: grid.width, into: &grid)
        var canvas = BrailleCanvas(cells: area.width, area.height)
        let toDot = { (p: LatLonDeg) -> (Int, Int) in
            (Int((p.longitudeDeg + 180) / 360 * Double(canvas.columns)), Int((90 - p.latitudeDeg) / 180 * Double(canvas.rows)))
        }
        for y in 0..<canvas.rows {
            for x in 0..<canvas.columns {
                let lat = 90 - (Double(y) + 0.5) * 180 / Double(canvas.rows)
                let lon = (Double(x) + 0.5) * 360 / Double(canvas.columns) - 180
                if LandMask.isLand(latitudeDeg: lat, longitudeDeg: lon) { canvas.set(x, y, land) }
            }
        }
        let polygon = SouthAtlanticAnomaly.reference.vertices
        for (a, b) in zip(polygon, polygon.dropFirst() + polygon.prefix(1)) { canvas.line(from: toDot(a), to: toDot(b), saa) }
        var densityCells: [Int] = []
        var worstCells: [UInt8] = []
        var trackCells = Set<Int>()
        if let map = snapshot?.map {
            (densityCells, worstCells) = cellCounts(map, cells: area)
            // Consecutive track points that wrap around the antimeridian are not joined.
            var trackCanvas = BrailleCanvas(cells: area.width, area.height)
            for (a, b) in zip(map.groundTrack, map.groundTrack.dropFirst()) where abs(a.longitudeDeg - b.longitudeDeg) < 180 {
                trackCanvas.line(from: toDot(a), to: toDot(b), 1)
            }
            for cy in 0..<area.height {
                for cx in 0..<area.width where trackCanvas.layers(cellX: cx, cellY: cy) != 0 {
                    trackCells.insert(cy * area.width + cx)
                }
            }
            markObjects(map, on: &canvas)
        }
        let sun = snapshot?.map?.subsolarPoint
        let maxCount = densityCells.max() ?? 0
        for cy in 0..<area.height {
            for cx in 0..<area.width {
                let x = area.x + cx, y = area.y + cy, k = cy * area.width + cx
                let night = sun.map { isNight(cellX: cx, cellY: cy, area: area, sun: $0) } ?? false
                let layers = canvas.layers(cellX: cx, cellY: cy)
                let braille = canvas.character(cellX: cx, cellY: cy, layer: land | saa)
                let count = densityCells.isEmpty ? 0 : densityCells[k]
                if !worstCells.isEmpty, let mode = OperatingMode(rawValue: Int(worstCells[k])),
                   let (glyph, style) = healthMark(mode) {
                    grid[x, y] = Cell(glyph, style: style)
                } else if trackCells.contains(k) {
                    grid[x, y] = Cell(trackMark.0, style: trackMark.1)
                } else if layers & saa != 0, let braille {
                    grid[x, y] = Cell(braille, style: Style(.warning))
                } else if count > 0 {
                    let role = StyleRole.heat(heatFraction(count, max: maxCount))
                    let glyph = layers & land != 0 ? (braille ?? oceanDensity) : oceanDensity
                    grid[x, y] = Cell(glyph, style: Style(role))
                } else if layers & object != 0, let dots = canvas.character(cellX: cx, cellY: cy, layer: land | object) {
                    grid[x, y] = Cell(dots, style: Style(.muted))
                } else if let braille {
                    grid[x, y] = Cell(braille, style: night ? Style(.land, .dim) : Style(.land))
                } else if night {
                    grid[x, y] = Cell("⠄", style: Style(.muted, .dim))
                }
            }
        }
        for station in snapshot?.groundStations ?? [] {
            let (dx, dy) = toDot(LatLonDeg(station.latitudeDeg, station.longitudeDeg))
            grid.put("▲", x: area.x + dx / 2, y: area.y + dy / 4, style: Style(.station, .bold), clip: area)
        }
        if let selected = snapshot?.selected {
            let (dx, dy) = toDot(LatLonDeg(selected.latitudeDeg, selected.longitudeDeg))
            grid.put("◆", x: area.x + dx / 2, y: area.y + dy / 4, style: Style(.critical, .bold), clip: area)
        }
        legend(maxCount: maxCount, y: area.maxY, width: grid.width, into: &grid)
    }

    /// Where `count` sits on the log scale 1…`max` (0…1; a single satellite is 0).
    static func heatFraction(_ count: Int, max: Int) -> Double {
        guard max > 1, count > 1 else { return 0 }
        return log(Double(count)) / log(Double(max))
    }

    private static func title(_ snapshot: FleetSnapshot?, y: Int, width: Int, into grid: inout Grid) {
        let row = Rect(x: 0, y: y, width: width, height: 1)
        var x = grid.put(" Map ", x: 0, y: y, style: Style(.title, .bold), clip: row)
        let selected = snapshot?.selected.map { " · ◆ \($0.id)" } ?? ""
        x = grid.put("\(selected) · ", x: x, y: y, style: Style(.normal), clip: row)
        x = grid.put("• track ± 1 orbit", x: x, y: y, style: trackMark.1, clip: row)
        x = grid.put(" · ▲ stations · ", x: x, y: y, style: Style(.muted), clip: row)
        x = grid.put("SAA ⠶", x: x, y: y, style: Style(.warning), clip: row)
        let objects = (snapshot?.catalogObjectCount ?? 0) > 0 ? " · ⠁ catalog objects" : ""
        grid.put("\(objects) · ⣿ land · ⠄ night", x: x, y: y, style: Style(.muted), clip: row)
    }

    /// The bottom row: the density scale with its numeric range, and the health marks.
    private static func legend(maxCount: Int, y: Int, width: Int, into grid: inout Grid) {
        let row = Rect(x: 0, y: y, width: width, height: 1)
        var x = grid.put(" satellites per cell (log) 1 ", x: 0, y: y, style: Style(.muted), clip: row)
        for level in 0..<8 {
            let role = StyleRole.heat(Double(level) / 7)
            x = grid.put("█", x: x, y: y, style: Style(role), clip: row)
        }
        x = grid.put(" \(Format.count(max(1, maxCount)))  ", x: x, y: y, style: Style(.muted), clip: row)
        for mode in [OperatingMode.degraded, .safe, .failed] {
            guard let (glyph, style) = healthMark(mode) else { continue }
            x = grid.put(String(Character(glyph)), x: x, y: y, style: style, clip: row)
            x = grid.put(" \(String(describing: mode).uppercased())  ", x: x, y: y, style: Style(.muted), clip: row)
        }
    }

    /// Sets a muted dot wherever the engine counted a catalog object.
    private static func markObjects(_ map: FleetMap, on canvas: inout BrailleCanvas) {
        guard map.objectCounts.count == map.rows * map.columns else { return }
        for row in 0..<map.rows {
            for column in 0..<map.columns where map.objectCounts[row * map.columns + column] > 0 {
                canvas.set(column * canvas.columns / map.columns, row * canvas.rows / map.rows, object)
            }
        }
    }

    /// Satellites and the worst mode per terminal cell, from the engine's (dot-resolution) grids.
    private static func cellCounts(_ map: FleetMap, cells: Rect) -> ([Int], [UInt8]) {
        var counts = [Int](repeating: 0, count: cells.width * cells.height)
        var worst = [UInt8](repeating: 0, count: cells.width * cells.height)
        let hasModes = map.worstMode.count == map.counts.count
        for row in 0..<map.rows {
            let cy = min(cells.height - 1, row * cells.height / map.rows)
            for column in 0..<map.columns {
                let cx = min(cells.width - 1, column * cells.width / map.columns)
                let k = row * map.columns + column
                counts[cy * cells.width + cx] += Int(map.counts[k])
                if hasModes { worst[cy * cells.width + cx] = max(worst[cy * cells.width + cx], map.worstMode[k]) }
            }
        }
        return (counts, worst)
    }

    /// Whether the Sun is below the horizon at the centre of the cell.
    private static func isNight(cellX: Int, cellY: Int, area: Rect, sun: LatLonDeg) -> Bool {
        let lat = (90 - (Double(cellY) + 0.5) * 180 / Double(area.height)) * .pi / 180
        let lon = ((Double(cellX) + 0.5) * 360 / Double(area.width) - 180) * .pi / 180
        let decl = sun.latitudeDeg * .pi / 180, sunLon = sun.longitudeDeg * .pi / 180
        return sin(lat) * sin(decl) + cos(lat) * cos(decl) * cos(lon - sunLon) < 0
    }
}
