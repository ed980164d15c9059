@testable import ConstellationSim
import Testing
@testable import OpsConsole

/// A real simulation of the default scenario (72 × 22 at 550 km, 53°) at its
/// epoch, the 2026 June solstice 00:00 UTC.
private let simulation = Simulation(scenario: singleShellScenario)

/// A snapshot of `simulation` carrying what `state` asks for.
private func snapshot(for state: AppState) -> FleetSnapshot {
    let request = state.viewRequest
    return simulation.frame().snapshot(for: request)
}

private func render(_ view: ConsoleView, _ size: Size, ascii: Bool = false,
                    adjust: (inout FleetSnapshot) -> Void = { _ in }) -> (Grid, AppState) {
    var state = AppState(size: size)
    state.view = view
    state.satelliteCount = simulation.fleet.count
    state.shellCount = 1
    var s = snapshot(for: state)
    adjust(&s)
    var grid = Grid(width: size.width, height: size.height)
    ConsoleLayout.render(state, s, ascii: ascii, into: &grid)
    return (grid, state)
}

/// Every character is printable and single-width: no control characters, no
/// half-written wide glyphs.
private func isClean(_ grid: Grid) -> Bool {
    grid.cells.allSatisfy { $0.character.value >= 0x20 && $0.character.value != 0x7f && !(0x1100...0x115f).contains($0.character.value) }
}

@Suite struct ViewFrameTests {
    @Test(arguments: ConsoleView.allCases, [Size(width: 80, height: 24), Size(width: 250, height: 70)])
    func everyViewFillsTheScreenWithHeaderAndFooter(view: ConsoleView, size: Size) {
        let (grid, _) = render(view, size)
        #expect(grid.text.count == size.height)
        #expect(grid.text.allSatisfy { $0.unicodeScalars.count == size.width })
        #expect(grid.text[0].hasPrefix(" OrbitOps "))
        // The footer ends with the scenario and the view tabs, the current one named.
        #expect(grid.text[size.height - 1].contains("single-shell "))
        #expect(grid.text[size.height - 1].contains(" \(view.rawValue) \(view.title) "))
        #expect(isClean(grid))
    }

    @Test func footerAt80FitsWholeHintsBeforeTheStatus() {
        let (grid, _) = render(.overview, Size(width: 80, height: 24))
        let footer = grid.text[23]
        #expect(footer == " space pause  . step  ? help  g jump  single-shell  1 Overview  2 3 4 5 6 7 8 0 ")
        #expect(grid[61, 23].style == Style(.title, [.bold, .reverse]), "the current view's tab")
        #expect(grid[64, 23].style == Style(.title), "another view's tab")
    }
}

@Suite struct MapViewTests {
    @Test func landOceanAndNightAt100x30() {
        // Map rows 2…27 (26 cells), legend on row 28, 100 columns; satellites and track removed.
        let (grid, _) = render(.map, Size(width: 100, height: 30)) { s in
            let cells = s.map?.counts.count ?? 0
            s.map?.counts = Array(repeating: 0, count: cells)
            s.map?.groundTrack = []
        }
        #expect(grid.text[1].hasPrefix(" Map  · ◆ P01-S01 · • track ± 1 orbit · ▲ stations · SAA ⠶ · ⣿ land · ⠄ night"))
        // 20°N 10°E (Sahara): x = (10+180)/360·100 = 52, y = 2 + (90-20)/180·26 = 12. At 00:00 UTC on the
        // June solstice the Sun is over ≈ 180°: the Sahara (local time 00:40) is land at night, dimmed.
        #expect(grid[52, 12].character == "⣿")
        #expect(grid[52, 12].style == Style(.land, .dim))
        // 0°N 150°W (mid-Pacific, local 14:00): x = 8, y = 15: day-side ocean, blank.
        #expect(grid[8, 15] == Cell(" "))
        // 30°S 80°E (Indian Ocean, local 05:20 in southern winter): x = 72, y = 19: night-side ocean, stippled.
        #expect(grid[72, 19] == Cell("⠄", style: Style(.muted, .dim)))
        // 20°N 100°E (Thailand/Burma, local 06:40, after sunrise at 20°N in June): x = 77, y = 12: lit land.
        #expect(grid[77, 12].style == Style(.land))
        // The selected satellite P01-S01 at 0.0°N 91.1°E: x = 75, y = 2 + 13 = 15.
        #expect(grid[75, 15] == Cell("◆", style: Style(.critical, .bold)))
    }

    @Test func saaOutlineIsDrawnInTheWarningRole() {
        let (grid, _) = render(.map, Size(width: 250, height: 70))
        let warningCells = grid.cells.filter { $0.style.role == .warning && (0x2801...0x28FF).contains($0.character.value) }
        #expect(warningCells.count > 20)
    }

    /// A million satellites: every cell holds some, yet land keeps its braille outline (in
    /// the density's colour), ocean cells show `·`, and the legend gives the numeric range.
    @Test func densityColoursLandWithoutHidingTheCoastline() {
        let size = Size(width: 100, height: 30)
        let (grid, _) = render(.map, size) { s in
            s.satelliteCount = 1_000_000
            let columns = s.map?.columns ?? 0, rows = s.map?.rows ?? 0
            var counts = [UInt32](repeating: 1, count: columns * rows)
            // The Sahara cell (x 52, y 12 → map cell row 10) holds 800 satellites.
            for dy in 0..<4 { for dx in 0..<2 { counts[(10 * 4 + dy) * columns + 52 * 2 + dx] = 100 } }
            s.map?.counts = counts
            s.map?.groundTrack = []
        }
        #expect(grid[52, 12].character == "⣿", "the land outline stays")
        #expect(grid[52, 12].style.role == .heat7, "800 is the top of the scale")
        // A mid-Pacific cell holds 8 (one per dot): log 8 / log 800 ≈ 0.31 → heat level 2.
        #expect(grid[8, 15].character == "·")
        #expect(grid[8, 15].style.role == .heat2)
        // A coastal cell keeps its partial braille glyph (not a solid block).
        let coast = (2..<28).flatMap { y in (0..<100).map { (x: $0, y: y) } }.first { p in
            let c = grid[p.x, p.y].character.value
            return c > 0x2800 && c < 0x28FF && grid[p.x, p.y].style.role.heatLevel != nil
        }
        #expect(coast != nil)
        #expect(grid.text[28].hasPrefix(" satellites per cell (log) 1 ████████ 800  ▪ DEGRADED  ■ SAFE  ✖ FAILED"))
        #expect((0..<8).map { grid[29 + $0, 28].style.role } == [.heat0, .heat1, .heat2, .heat3, .heat4, .heat5, .heat6, .heat7])
    }

    /// DEGRADED, SAFE and FAILED satellites and the selected track are drawn above the
    /// density, each with its own glyph (so they stay apart under NO_COLOR).
    @Test func healthAndTrackAboveDensityEachWithItsOwnGlyph() {
        let (grid, _) = render(.map, Size(width: 100, height: 30)) { s in
            let columns = s.map?.columns ?? 0, rows = s.map?.rows ?? 0
            s.map?.counts = [UInt32](repeating: 50, count: columns * rows)
            var worst = [UInt8](repeating: 0, count: columns * rows)
            worst[(10 * 4) * columns + 52 * 2] = UInt8(OperatingMode.failed.rawValue)   // x 52, y 12
            worst[(13 * 4) * columns + 8 * 2] = UInt8(OperatingMode.degraded.rawValue)  // x 8, y 15
            worst[(13 * 4) * columns + 8 * 2 + 1] = UInt8(OperatingMode.safe.rawValue)  // same cell: SAFE is worse
            s.map?.worstMode = worst
        }
        #expect(grid[52, 12] == Cell("✖", style: Style(.severe, .bold)))
        #expect(grid[8, 15] == Cell("■", style: Style(.critical, .bold)))
        let track = grid.cells.filter { $0.character == "•" }
        #expect(track.count > 50 && track.allSatisfy { $0.style == Style(.track, .bold) })
        // Glyph classes: land and SAA braille, ocean density `·`, track `•`, health marks.
        let saa = grid.cells.filter { $0.style.role == .warning && (0x2801...0x28FF).contains($0.character.value) }
        #expect(!saa.isEmpty)
        let glyphs = Set(grid.cells.filter { $0.style.role.heatLevel != nil }.map(\.character))
        #expect(!glyphs.contains("•") && !glyphs.contains("✖") && !glyphs.contains("■"))
    }

    @Test func healthCellsComeFromTheEngine() {
        var simulation = Simulation(scenario: singleShellScenario)
        _ = simulation.injectFault(satellite: 5, kind: .avionics)
        simulation.advance()
        let frame = simulation.frame()
        let worst = frame.worstModes(columns: 360, rows: 180)
        #expect(worst.filter { $0 == UInt8(OperatingMode.failed.rawValue) }.count == 1)
        let lat = frame.columns.latitudeDeg[5], lon = frame.columns.longitudeDeg[5]
        let r = Int(90 - lat), c = Int(lon + 180)
        #expect(worst[r * 360 + c] == UInt8(OperatingMode.failed.rawValue))
    }

    @Test func asciiMapHasOnlyASCII() {
        let (grid, _) = render(.map, Size(width: 80, height: 24), ascii: true)
        #expect(grid.cells.allSatisfy { $0.character.isASCII })
        #expect(grid.text[0].contains("x10"))
        #expect(grid.text.contains { $0.contains("@") })
    }
}

@Suite struct ConstellationViewTests {
    @Test func fullShellAt250x70() {
        let (grid, state) = render(.constellation, Size(width: 250, height: 70))
        #expect(state.viewRequest.heatmap == HeatmapRequest(shell: 0, metric: .latitude, maxColumns: 121, maxRows: 65))
        // 72 planes in at most 65 rows: ceil(72/65) = 2 planes per row, 36 rows; 22 slots fit whole.
        #expect(grid.text[1].hasPrefix(" Shell shell-550 (1/1) · 72 planes × 22 slots · latitude ° · 2×1 per cell · selected P01-S01"))
        #expect(grid.text[2].hasPrefix("   P1 "))
        #expect(grid.text[3].hasPrefix("   P3 "))
        #expect(grid.text[37].hasPrefix("  P71 "))
        // Cells widen to use the screen: 22 slots × 8 characters.
        #expect(grid.text[38].hasPrefix("      S1      S2      S3      S4      S5"))
        #expect(grid.text[2].hasPrefix("   P1 ◆"), "the selected satellite's cell is marked")
        #expect(grid.text[38].unicodeScalars.count == 250)
    }

    @Test func downsampledShellAt80x24SaysSo() {
        let (grid, _) = render(.constellation, Size(width: 80, height: 24))
        // 19 rows → ceil(72/19) = 4 planes per row, 18 rows; 36 columns ≥ 22 slots.
        #expect(grid.text[1].hasPrefix(" Shell shell-550 (1/1) · 72 planes × 22 slots · latitude ° · 4×1 per cell · sele"))
        #expect(grid.text[2].hasPrefix("   P1 "))
        #expect(grid.text[3].hasPrefix("   P5 "))
        #expect(grid.text[19].hasPrefix("  P69 "))
        #expect(grid.text[20].hasPrefix("      S1"))
        #expect(grid[6, 2].style.role.heatLevel != nil)
    }
}

@Suite struct SatelliteDetailViewTests {
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 250, height: 70)])
    func showsIdentityModeLinksOrbitSparklinesAndAlarms(size: Size) {
        let (grid, _) = render(.detail, size) { s in
            var history = SatelliteHistory(satellite: 0)
            for k in 0..<8 {
                // Battery rises 60…74 % (SOC 0.60…0.74) in equal steps; the other series stay flat.
                history.append(seconds: Double(k) * 10, values: [20_000, 9_000, (60 + Double(k) * 2) / 100, 55, 20, 0.8])
            }
            s.history = history
            s.selectedOrbit = SelectedOrbit(altitudeKm: 550.04, inclinationDeg: 53, periodSeconds: 5_736, betaDeg: 12.34,
                                            litFraction: 1, nextEclipseMinutes: 17.5)
            s.alarms.selectedAlarms = [AlarmListEntry(key: AlarmKey(satellite: 0, parameter: .radiatorTemp), state: .unacked,
                                                      severity: .warning, value: 82.1, limit: 80, raisedSeconds: 0,
                                                      isFirstOut: false)]
        }
        let text = grid.text
        #expect(text[1].hasPrefix("┌─ Satellite P01-S01 ─"))
        #expect(text[2].hasPrefix("│ shell       shell-550  P1/S1  #0  "))
        #expect(text[2].contains("history: 8 samples (of 240)"))
        #expect(text[3].hasPrefix("│ mode        NOMINAL  "))
        // Fixed scales: power from zero (a flat 20 kW is a full bar, not a mid one),
        // battery and utilization 0–100 %, coloured by the battery's limits (74 % is ok).
        let bars = size.width >= 100 ? 8 : 6
        #expect(text[3].contains(" generated " + String(repeating: "█", count: bars) + " 20.0 kW"))
        #expect(text[5].contains("battery   " + (bars == 8 ? "▅▅" : "") + "▆▆▆▆▆▆ 74.0 %"))
        #expect(text[8].contains("util      " + String(repeating: "▇", count: bars) + " 80.0 %"))
        if size.width >= 100 {
            #expect(text[5].contains("74.0 %  min 60.0 % max 74.0 %"))
            #expect(text[7].contains(" 20.0 °C  min 20.0 °C max 20.0 °C"))
        }
        let batteryX = text[5].unicodeScalars.map(Character.init).firstIndex(of: "▆") ?? 0
        #expect(grid[batteryX, 5].style == Style(.ok))
        #expect(text[10].contains("active alarms: 1"))
        #expect(text[11].contains("UNACK     RADIATOR_TEMP 82.1 °C"))
        #expect(text[12].hasPrefix("│ period      95.6 min  β 12.3°"))
        #expect(text[13].hasPrefix("│ eclipse     next in 17.5 min"))
        #expect(text[size.height - 2].hasPrefix("└"))
    }
}
