import ConstellationSim
import Foundation

/// View 2: the world in braille (equirectangular), night side shaded, the South
/// Atlantic Anomaly outlined, ground stations, satellites as dots (or, for large
/// fleets, a density shading computed by the engine) and the selected satellite
/// with its ground track over ± one orbit. Catalog objects (not ours) are dots in the
/// muted style, under our satellites. Each cell's braille glyph holds the dots of every
/// layer; its colour is the topmost layer: satellites, track, SAA, catalog objects, land.
public enum MapView {
    /// Above this many satellites the map shades density instead of drawing dots.
    public static let densityThreshold = 5_000

    static let land: UInt8 = 1, saa: UInt8 = 2, track: UInt8 = 4, satellite: UInt8 = 8, object: UInt8 = 16

    /// The cells the map itself covers: the content less its title row.
    public static func mapArea(in content: Rect) -> Rect {
        Rect(x: content.x, y: content.y + 1, width: content.width, height: content.height - 1)
    }

    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        let area = mapArea(in: area)
        guard area.width > 0, area.height > 0 else { return }
        let dense = (snapshot?.satelliteCount ?? 0) > densityThreshold
        title(snapshot, dense: dense, y: area.y - 1, width: grid.width, into: &grid)
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
        if let map = snapshot?.map {
            // Consecutive track points that wrap around the antimeridian are not joined.
            for (a, b) in zip(map.groundTrack, map.groundTrack.dropFirst()) {
                if abs(a.longitudeDeg - b.longitudeDeg) < 180 { canvas.line(from: toDot(a), to: toDot(b), track) }
            }
            densityCells = dense ? cellCounts(map, canvas: canvas, cells: area) : []
            markObjects(map, on: &canvas)
            if !dense { markSatellites(map, on: &canvas) }
        }
        let sun = snapshot?.map?.subsolarPoint
        let maxCount = densityCells.max() ?? 1
        let glyphs: [Unicode.Scalar] = ["░", "░", "▒", "▒", "▓", "▓", "█", "█"]
        for cy in 0..<area.height {
            for cx in 0..<area.width {
                let x = area.x + cx, y = area.y + cy
                let night = sun.map { isNight(cellX: cx, cellY: cy, area: area, sun: $0) } ?? false
                if !densityCells.isEmpty, densityCells[cy * area.width + cx] > 0 {
                    let fraction = log(Double(densityCells[cy * area.width + cx]) + 1) / log(Double(maxCount) + 1)
                    let role = StyleRole.heat(fraction)
                    grid[x, y] = Cell(glyphs[role.heatLevel ?? 0], style: Style(role))
                } else if let c = canvas.character(cellX: cx, cellY: cy, layer: land | saa | track | satellite | object) {
                    // One glyph holds every layer's dots (so coastlines stay readable under the
                    // satellites); the colour is the topmost layer present in the cell.
                    let top = canvas.layers(cellX: cx, cellY: cy)
                    let style = top & satellite != 0 ? Style(.watch, .bold)
                        : top & track != 0 ? Style(.track)
                        : top & saa != 0 ? Style(.warning)
                        : top & object != 0 ? Style(.muted)
                        : night ? Style(.land, .dim) : Style(.land)
                    grid[x, y] = Cell(c, style: style)
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
    }

    private static func title(_ snapshot: FleetSnapshot?, dense: Bool, y: Int, width: Int, into grid: inout Grid) {
        let row = Rect(x: 0, y: y, width: width, height: 1)
        var x = grid.put(" Map ", x: 0, y: y, style: Style(.title, .bold), clip: row)
        let what = dense ? "satellite density (log)" : "satellites ⠁"
        let selected = snapshot?.selected.map { " ◆ \($0.id)" } ?? ""
        x = grid.put(" \(what) ·\(selected) · track ± 1 orbit", x: x, y: y, style: Style(.normal), clip: row)
        let objects = (snapshot?.catalogObjectCount ?? 0) > 0 ? " · ⠁ catalog objects" : ""
        grid.put(" · ▲ stations · SAA\(objects) · night dimmed", x: x, y: y, style: Style(.muted), clip: row)
    }

    /// Sets a satellite dot wherever the engine counted one.
    private static func markSatellites(_ map: FleetMap, on canvas: inout BrailleCanvas) {
        for row in 0..<map.rows {
            for column in 0..<map.columns where map.counts[row * map.columns + column] > 0 {
                canvas.set(column * canvas.columns / map.columns, row * canvas.rows / map.rows, satellite)
            }
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

    /// Satellites per terminal cell, summing the engine's (dot-resolution) grid.
    private static func cellCounts(_ map: FleetMap, canvas: BrailleCanvas, cells: Rect) -> [Int] {
        var counts = [Int](repeating: 0, count: cells.width * cells.height)
        for row in 0..<map.rows {
            let cy = min(cells.height - 1, row * cells.height / map.rows)
            for column in 0..<map.columns {
                let cx = min(cells.width - 1, column * cells.width / map.columns)
                counts[cy * cells.width + cx] += Int(map.counts[row * map.columns + column])
            }
        }
        return counts
    }

    /// Whether the Sun is below the horizon at the centre of the cell.
    private static func isNight(cellX: Int, cellY: Int, area: Rect, sun: LatLonDeg) -> Bool {
        let lat = (90 - (Double(cellY) + 0.5) * 180 / Double(area.height)) * .pi / 180
        let lon = ((Double(cellX) + 0.5) * 360 / Double(area.width) - 180) * .pi / 180
        let decl = sun.latitudeDeg * .pi / 180, sunLon = sun.longitudeDeg * .pi / 180
        return sin(lat) * sin(decl) + cos(lat) * cos(decl) * cos(lon - sunLon) < 0
    }
}
