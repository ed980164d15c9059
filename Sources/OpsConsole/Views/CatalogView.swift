import ConstellationSim

/// View 0: the catalog objects that are not ours (debris, other operators), in file
/// order, one line each: NORAD catalog number, name, altitude, inclination, latitude,
/// longitude and the element set's age. The engine sends only the rows on screen.
/// Objects SGP4 could not propagate show `—` for their position and `SGP4 error n`
/// (warning style); the others are muted, as on the map: they are not ours.
public enum CatalogView {
    /// Object lines that fit in `content` (title and column header take two rows).
    public static func rows(in content: Rect) -> Int { max(0, content.height - 2) }

    static let header = "  CATNUM  NAME                     ALT km   INC °    LAT °     LON °   AGE d"

    public static func render(_ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        guard area.height > 0, area.width > 0 else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        var x = grid.put(" Catalog ", x: area.x, y: area.y, style: Style(.title, .bold), clip: row)
        guard let snapshot else { return }
        let total = snapshot.catalogObjectCount
        let shown = snapshot.catalogObjects
        let range = shown.isEmpty ? "" : " · \(snapshot.catalogFirstRow + 1)–\(snapshot.catalogFirstRow + shown.count)"
        x = grid.put(" \(Format.count(total)) objects not ours\(range)", x: x, y: area.y, style: Style(.normal), clip: row)
        grid.put(" · SGP4 · ↑↓ PgUp PgDn scroll", x: x, y: area.y, style: Style(.muted), clip: row)
        guard area.height > 1 else { return }
        if total == 0 {
            grid.put("  no catalog objects: add them with --catalog FILE or the scenario's 'catalog:' key",
                     x: area.x, y: area.y + 1, style: Style(.muted),
                     clip: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1))
            return
        }
        grid.put(header, x: area.x, y: area.y + 1, style: Style(.title),
                 clip: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1))
        for (k, object) in shown.prefix(rows(in: area)).enumerated() {
            let y = area.y + 2 + k
            grid.put(line(object), x: area.x, y: y, style: Style(object.errorCode == 0 ? .muted : .warning),
                     clip: Rect(x: area.x, y: y, width: area.width, height: 1))
        }
    }

    /// One object's line, aligned with `header`.
    static func line(_ o: CatalogObjectRow) -> String {
        let name = Format.left(o.name.isEmpty ? "—" : o.name, 22)
        // Positions are NaN (shown `—`) for an object SGP4 failed for.
        let position = Format.fixed(o.altitudeKm, 1, width: 9) + Format.fixed(o.inclinationDeg, 2, width: 8)
            + Format.fixed(o.latitudeDeg, 2, width: 9) + Format.fixed(o.longitudeDeg, 2, width: 10)
        let error = o.errorCode == 0 ? "" : "  SGP4 error \(o.errorCode)"
        return Format.pad(String(o.catalogNumber), 8) + "  " + name + position + Format.fixed(o.epochAgeDays, 1, width: 8)
            + error
    }
}
