@testable import ConstellationSim
import Testing
@testable import OpsConsole

/// The Catalog view (key 0) and catalog objects on the map, rendered into the grid.
@Suite struct CatalogViewTests {
    static func render(_ view: ConsoleView, _ size: Size, _ snapshot: FleetSnapshot) -> Grid {
        var state = AppState(size: size)
        state.view = view
        state.satelliteCount = snapshot.satelliteCount
        var grid = Grid(width: size.width, height: size.height)
        ConsoleLayout.render(state, snapshot, into: &grid)
        return grid
    }

    static let iss = CatalogObjectRow(index: 0, catalogNumber: 25544, name: "ISS (ZARYA)", latitudeDeg: 51.5,
                                      longitudeDeg: -0.13, altitudeKm: 418.2, inclinationDeg: 51.64, epochAgeDays: 1.3,
                                      errorCode: 0)
    static let decayed = CatalogObjectRow(index: 1, catalogNumber: 6251, name: "DELTA 1 DEB", latitudeDeg: .nan,
                                          longitudeDeg: .nan, altitudeKm: .nan, inclinationDeg: 58.06,
                                          epochAgeDays: 7306.2, errorCode: 6)

    @Test func listsObjectsWithAgeAndSGP4Errors() {
        var s = makeSnapshot()
        s.catalogObjectCount = 15_000
        s.catalogFirstRow = 0
        s.catalogObjects = [Self.iss, Self.decayed]
        let grid = Self.render(.catalog, Size(width: 100, height: 30), s)
        #expect(grid.text[1].hasPrefix(" Catalog  15,000 objects not ours · 1–2 · SGP4 · ↑↓ PgUp PgDn scroll"))
        #expect(grid.text[2].hasPrefix("  CATNUM  NAME                     ALT km   INC °    LAT °     LON °   AGE d   "))
        #expect(grid.text[3].hasPrefix("   25544  ISS (ZARYA)               418.2   51.64    51.50     -0.13     1.3   "))
        #expect(grid.text[4].hasPrefix("    6251  DELTA 1 DEB                   —   58.06        —         —  7306.2  SGP4 error 6"))
        #expect(grid[4, 3].style == Style(.muted))
        #expect(grid[4, 4].style == Style(.warning))
        #expect(grid.text[29].hasSuffix(" default  1 2 3 4 5 6 7 8 0 Catalog  "))
    }

    @Test func saysHowToAddObjectsWhenThereAreNone() {
        let grid = Self.render(.catalog, Size(width: 100, height: 30), makeSnapshot())
        #expect(grid.text[1].hasPrefix(" Catalog  0 objects not ours · SGP4"))
        #expect(grid.text[2].hasPrefix("  no catalog objects: add them with --catalog FILE or the scenario's 'catalog:' key"))
    }

    @Test func keyZeroOpensTheViewAndAsksForTheVisibleRowsOnly() {
        var state = AppState(size: Size(width: 100, height: 30))
        _ = update(&state, .keyPressed(.character("0")))
        #expect(state.view == .catalog)
        var frame = FrameData()
        frame.catalogObjectCount = 100
        _ = update(&state, .frameArrived(frame))
        let request = state.viewRequest
        // Content rows 1…28 (28), less the title and header lines.
        #expect(request.catalogRowCount == 26)
        #expect(request.catalogFirstRow == 0)
        _ = update(&state, .keyPressed(.pageDown))
        #expect(state.viewRequest.catalogFirstRow == 26)
        _ = update(&state, .keyPressed(.end))
        #expect(state.viewRequest.catalogFirstRow == 74)  // the last page: 100 − 26
        _ = update(&state, .keyPressed(.tab))
        #expect(state.view == .overview)
    }

    /// One object at 0°N 150°W (day-side ocean, blank without it): dot column
    /// (−150 + 180)/360 × 200 = 16, row 90/180 × 108 = 54 → cell (8, 2 + 13 = 15), muted.
    @Test func mapDrawsCatalogObjectsMuted() {
        let simulation = Simulation(scenario: singleShellScenario)
        var state = AppState(size: Size(width: 100, height: 30))
        state.view = .map
        var s = simulation.frame().snapshot(for: state.viewRequest)
        let cells = s.map?.counts.count ?? 0
        s.map?.counts = Array(repeating: 0, count: cells)
        s.map?.groundTrack = []
        var objects = [UInt32](repeating: 0, count: cells)
        objects[54 * 200 + 16] = 1
        s.map?.objectCounts = objects
        s.catalogObjectCount = 1
        let grid = Self.render(.map, Size(width: 100, height: 30), s)
        #expect(grid.text[1].contains("SAA ⠶ · ⠁ catalog objects · ⣿ land"))
        #expect(grid[8, 15].style == Style(.muted))
        #expect(grid[8, 15].character != " ")
    }
}
