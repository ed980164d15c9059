@testable import ConstellationSim
import Testing
@testable import OpsConsole

/// The console as operators need it (issue 13): one formatter, ids that fit, filter
/// units, columns, the alarm view's cursor, colour by limit, ASCII, mouse.
@Suite struct QuantityFormatTests {
    @Test(arguments: [
        (5_411.3132e15, "FLOP/s", "5.41 EFLOP/s"), (5_411_313.2e15, "FLOP/s", "5.41 ZFLOP/s"), (30_026.48e6, "W", "30.0 GW"), (10_261e6, "W", "10.3 GW"),
        (870, "W", "870 W"), (999.6, "W", "1.00 kW"), (39_500, "W", "39.5 kW"), (0, "W", "0 W"),
        (-1_250, "W", "-1.25 kW"), (0.004, "W", "4.00 mW"), (1.234_56e27, "FLOP/s", "1,235 YFLOP/s"),
    ] as [(Double, String, String)])
    func siPrefixesWithThreeSignificantDigits(value: Double, unit: String, expected: String) {
        #expect(Quantity.si(value, unit) == expected)
    }

    @Test func countsAndNumbersCarryThousandsSeparators() {
        #expect(Quantity.count(1_000_000) == "1,000,000")
        #expect(Quantity.count(999) == "999")
        #expect(Quantity.number(-10_261.46, decimals: 1) == "-10,261.5")
        #expect(Quantity.number(-0.04, decimals: 1) == "0.0", "no sign that is not there")
        #expect(Quantity.number(.nan, decimals: 1) == "—")
        // The issue's 1M-satellite figure: 5,411,313.2 PFLOP/s is 5.41 ZFLOP/s (10²¹).
        #expect(Quantity.compute(petaflops: 5_411_313.2) == "5.41 ZFLOP/s")
        #expect(Quantity.compute(petaflops: 5_411.3) == "5.41 EFLOP/s")
        #expect(Quantity.power(megawatts: 30_026.48) == "30.0 GW")
    }

    /// The issue's 1M-satellite figures: the header (views without the summary line) and
    /// the summary line both say 5.41 EFLOP/s and 30.0 GW, once each.
    @Test func headerAndSummaryShowEachFigureOnceWithPrefixes() {
        var s = makeSnapshot(satellites: 1_000_000)
        s.aggregates.deliveredPFLOPS = 5_411_313.2
        s.aggregates.solarMW = 30_026.48
        s.aggregates.loadMW = 10_261
        s.aggregates.nominal = 999_983
        var overview = AppState(size: Size(width: 200, height: 30))
        overview.satelliteCount = 1_000_000
        var grid = Grid(width: 200, height: 30)
        ConsoleLayout.render(overview, s, into: &grid)
        #expect(!grid.text[0].contains("NOM"), "the summary line below carries the mode counts")
        #expect(grid.text[1].hasPrefix(" NOMINAL 999,983  DEGRADED 2  SAFE 14  FAILED 1   5.41 ZFLOP/s  solar 30.0 GW  load 10.3 GW"))
        overview.view = .map
        ConsoleLayout.render(overview, s, into: &grid)
        #expect(grid.text[0].contains(" NOM 999,983 DEG 2 SAFE 14 FAIL 1 5.41 ZFLOP/s solar 30.0 GW load 10.3 GW"))
    }

    /// Too narrow: a figure is left out whole, never cut (`use 1026`).
    @Test func narrowSummaryDropsWholeFields() {
        var s = makeSnapshot(satellites: 1_000_000)
        s.aggregates.nominal = 999_983
        s.aggregates.loadMW = 10_261
        for width in [40, 48, 60, 70, 80] {
            var grid = Grid(width: width, height: 1)
            FleetSummaryView.render(s, area: grid.bounds, into: &grid)
            let line = grid.text[0]
            #expect(!line.contains("load") || line.contains("load 10.3 GW"), "\(width): \(line)")
            #expect(!line.contains("EFLOP") || line.contains("1.23 EFLOP/s"), "\(width): \(line)")
        }
    }
}

@Suite struct IDColumnTests {
    /// At 1,000,000 satellites ids like `m500-30/P125-S250` are shown whole.
    @Test(arguments: [80, 120, 200])
    func idsAtOneMillionAreShownWhole(width: Int) {
        var s = makeSnapshot(satellites: 1_000_000)
        s.rows = s.rows.enumerated().map { i, row in
            var row = row
            row.id = "m500-30/P125-S2\(String(format: "%02d", i))"
            return row
        }
        s.longestIDLength = 17
        s.longestGroupNameLength = 9
        var state = AppState(size: Size(width: width, height: 24))
        state.satelliteCount = 1_000_000
        _ = update(&state, .frameArrived(FrameData(s)))
        var grid = Grid(width: width, height: 24)
        ConsoleLayout.render(state, s, into: &grid)
        #expect(grid.text[3].hasPrefix(" m500-30/P125-S200  "))
        #expect(grid.text[4].hasPrefix(" m500-30/P125-S201  "))
        #expect(!grid.text[3..<23].contains { $0.contains("…") })
        let layout = FleetTableView.layout(state, width: width)
        #expect(layout.placed[0].width == 17)
        // The columns that fit are whole; the last one ends inside the line.
        let last = layout.placed[layout.placed.count - 1]
        #expect(last.x + last.width <= width)
    }

    /// The alarm list's satellite column is as wide as the longest id too.
    @Test func alarmRowsNameLongIDsWhole() {
        var book = consoleBook()
        _ = book.endTick()
        var s = snapshot(with: book)
        for i in 0..<5 { s.alarmSatelliteIDs[i] = "m500-30/P125-S25\(i)" }
        s.longestIDLength = 17
        var state = AppState(size: Size(width: 120, height: 24))
        state.view = .alarms
        _ = update(&state, .frameArrived(FrameData(s)))
        state.alarmSelected = 1  // the radiator group: expand it
        _ = update(&state, .keyPressed(.enter))
        var grid = Grid(width: 120, height: 24)
        ConsoleLayout.render(state, s, alarms: s.alarms.lines, into: &grid)
        #expect(grid.text.contains { $0.contains(" m500-30/P125-S250 ") })
        #expect(grid.text.contains { $0.contains(" m500-30/P125-S251 ") })
        // Titles sit over their cells: SEVERITY starts where the severity words start.
        let title = grid.text[1]
        let severityX = title.distance(from: title.startIndex, to: title.range(of: "SEVERITY")?.lowerBound ?? title.startIndex)
        let row = grid.text.first { $0.contains("m500-30/P125-S250") } ?? ""
        let chars = Array(row)
        #expect(String(chars[severityX..<(severityX + 8)]).hasPrefix("CRITICAL"))
    }
}

@Suite struct ColumnChooserTests {
    @Test func chooserHidesAndShowsColumns() {
        var state = AppState(size: Size(width: 120, height: 30))
        _ = update(&state, .keyPressed(.character("C")))
        #expect(state.columnChooser == 0)
        var grid = Grid(width: 120, height: 30)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text.contains { $0.contains("[x] mode  operating mode") })
        _ = update(&state, .keyPressed(.character(" ")))
        #expect(state.message == "the satellite id is always shown")
        _ = update(&state, .keyPressed(.down))
        _ = update(&state, .keyPressed(.character(" ")))
        #expect(!state.columns.contains(.mode))
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text.contains { $0.contains("[ ] mode  operating mode") })
        _ = update(&state, .keyPressed(.character(" ")))
        #expect(state.columns.last == .mode, "shown again, at the end")
        _ = update(&state, .keyPressed(.escape))
        #expect(state.columnChooser == nil)
        state.columns = [.id, .radiatorTemp, .seu]
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text[2].hasPrefix(" SATELLITE▲       RAD °C         SEU"))
    }

    @Test func configNamesColumns() throws {
        let config = try ConsoleConfig.parse("columns: [id, batt, acc, rad, shell]\nbackground: light\n", file: "c.yaml")
        #expect(config.columns == [.id, .battery, .acceleratorTemp, .radiatorTemp, .shell])
        #expect(config.background == .light)
        #expect(throws: FileError(file: "c.yaml", line: 1, key: "columns",
                                  message: "unknown column 'speed'; columns: id, mode, batt, net, acc, rad, util, seu, lnk, lat, lon, alt, plane, slot, shell")) {
            try ConsoleConfig.parse("columns: [id, speed]\n", file: "c.yaml")
        }
        #expect(throws: FileError.self) { try ConsoleConfig.parse("columns: [batt, batt]\n", file: "c.yaml") }
        #expect(throws: FileError.self) { try ConsoleConfig.parse("background: dusk\n", file: "c.yaml") }
    }
}

@Suite struct FilterUnitTests {
    /// Every numeric condition is in the unit its column shows.
    @Test func conditionsUseTheShownUnits() throws {
        let f = try ConsoleFilter(parsing: "util<50 batt<30% acc>80 rad>0 net<0 lnk<4 seu>3 lat>60")
        #expect(f.conditions == [
            .compare(.utilization, .less, 0.5), .compare(.batterySOC, .less, 0.3), .compare(.acceleratorTemp, .greater, 80),
            .compare(.radiatorTemp, .greater, 0), .compare(.netPower, .less, 0), .compare(.linksUp, .less, 4),
            .compare(.seuTotal, .greater, 3), .compare(.latitude, .greater, 60),
        ])
        #expect(throws: FleetFilterError.self) { try ConsoleFilter(parsing: "acc<50%") }
    }

    @Test func ctrlUClearsTheLine() {
        var state = AppState(size: Size(width: 80, height: 24))
        _ = update(&state, .keyPressed(.character("/")))
        for c in "util<50" { _ = update(&state, .keyPressed(.character(c))) }
        #expect(state.prompt?.text == "util<50")
        _ = update(&state, .keyPressed(.character(Prompt.clearLine)))
        #expect(state.prompt?.text == "")
    }

    /// `/` in the alarm view filters alarms, not satellites.
    @Test func slashInTheAlarmViewFiltersAlarms() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.view = .alarms
        _ = update(&state, .keyPressed(.character("/")))
        #expect(state.prompt?.kind == .alarmFilter)
        for c in "radiator" { _ = update(&state, .keyPressed(.character(c))) }
        _ = update(&state, .keyPressed(.enter))
        #expect(state.alarmFilter == "radiator")
        #expect(state.filter == nil)
        #expect(state.viewRequest.alarmFilter == "radiator")
        _ = update(&state, .keyPressed(.escape))
        #expect(state.alarmFilter == nil)
    }
}

@Suite struct AlarmCursorTests {
    /// After `a` the selection follows the acknowledged alarm to where the list moves it
    /// (acknowledged lines sort below the unacknowledged ones), so a second `a` cannot
    /// acknowledge another alarm by accident.
    @Test func selectionFollowsTheAcknowledgedAlarm() {
        let book = consoleBook()
        let s = snapshot(with: book)
        var state = AppState(size: Size(width: 80, height: 24))
        state.view = .alarms
        _ = update(&state, .frameArrived(FrameData(s)))
        // Line 0: S0's accelerator alarm (CRITICAL, unacked); line 1: the radiator group.
        state.alarmSelected = 0
        let commands = update(&state, .keyPressed(.character("a")))
        let key = AlarmKey(satellite: 0, parameter: .acceleratorTemp)
        #expect(commands == [.alarm(.acknowledge(key, comment: nil))])
        #expect(state.message == "acknowledged S0 ACCELERATOR_TEMP")
        #expect(state.alarmFocus == key)
        #expect(state.viewRequest.alarmFocus == key)
        // The engine acknowledges; the list reorders; the snapshot says where the alarm is now.
        var acked = book
        acked.apply(AlarmCommand(simSeconds: 20, operatorName: "op", action: .acknowledge(key)))
        var after = snapshot(with: acked)
        let list = acked.alarmList(groupingThreshold: 3, includeHidden: true)
        let located = SnapshotBuilder.locate(key, in: list)
        after.alarms.focusLine = located.line
        after.alarms.focusMember = located.member
        _ = update(&state, .frameArrived(FrameData(after)))
        #expect(state.alarmSelected == located.line)
        guard case .alarm(let e)? = located.line.map({ list[$0] }) else {
            Issue.record("the acknowledged alarm is its own line")
            return
        }
        #expect(e.key == key && e.state == .acked)
        // Moving the selection stops following.
        _ = update(&state, .keyPressed(.up))
        #expect(state.alarmFocus == nil)
    }

    @Test func unshelveAndResetConfirm() {
        let s = snapshot(with: consoleBook())
        var state = AppState(size: Size(width: 80, height: 24))
        state.view = .alarms
        _ = update(&state, .frameArrived(FrameData(s)))
        state.alarmSelected = 0
        _ = update(&state, .keyPressed(.character("u")))
        #expect(state.message == "unshelved S0 ACCELERATOR_TEMP")
        _ = update(&state, .keyPressed(.character("r")))
        #expect(state.message?.hasPrefix("reset S0 ACCELERATOR_TEMP") == true)
        state.alarmSelected = 1
        _ = update(&state, .keyPressed(.character("a")))
        #expect(state.message == "acknowledged group RADIATOR_TEMP WARNING (4)")
    }

    /// Comments show on the line; a shelved line shows its time left.
    @Test func commentsAndShelveTimeLeftAreShown() {
        var book = consoleBook()
        let key = AlarmKey(satellite: 0, parameter: .acceleratorTemp)
        book.apply(AlarmCommand(simSeconds: 10, operatorName: "op", action: .acknowledge(key, comment: "fan swap")))
        var s = snapshot(with: book)
        s.simSeconds = 10
        var grid = Grid(width: 100, height: 24)
        var state = AppState(size: Size(width: 100, height: 24))
        state.view = .alarms
        ConsoleLayout.render(state, s, alarms: s.alarms.lines, into: &grid)
        #expect(grid.text.contains { $0.contains("ACCELERATOR_TEMP 105.0 °C warn>90 crit>100 “fan swap”") })
        book.apply(AlarmCommand(simSeconds: 10, operatorName: "op", action: .shelve(key, durationSeconds: 7_200)))
        s = snapshot(with: book)
        s.simSeconds = 10
        state.size = Size(width: 100, height: 24)
        ConsoleLayout.render(state, s, alarms: s.alarms.lines, into: &grid)
        #expect(grid.text.contains { $0.contains(" S0 ") && $0.hasSuffix("SHELVED 2h ") })
    }

    /// A low alarm names both its limits, so −7.2 % under a WARNING reads against the
    /// warning level 10 and the critical level 0.
    @Test func lowLimitsReadAgainstBothLevels() {
        let e = AlarmListEntry(key: AlarmKey(satellite: 0, parameter: .busPowerMargin), state: .unacked,
                               severity: .warning, value: -7.2, limit: 10, raisedSeconds: 0, isFirstOut: true)
        #expect(AlarmListView.conditionText(e, limits: .default) == "BUS_POWER_MARGIN -7.2 % warn<10 crit<0")
        #expect(AlarmListView.conditionText(e, limits: .default, short: true) == "BUS_POWER_MARGIN -7.2 % W<10 C<0")
        let cells = AlarmListView.cells(.alarm(e), expanded: false, context: .init(snapshot: nil))
        #expect(cells.mark == "1st", "the first-out marker is labelled, its column titled 1ST")
    }
}

@Suite struct LimitColourTests {
    @Test func detailValuesTakeTheirLimitLevel() {
        var row = makeSnapshot().rows[0]
        row.batterySOC = 0.15
        row.acceleratorTempC = 95
        row.linksUp = 4
        let fields = SatelliteDetailView.fields(row, nil, limits: .default)
        #expect(fields.first { $0.0 == "battery" }?.2 == .critical)
        #expect(fields.first { $0.0 == "accel/rad" }?.2 == .warning)
        #expect(fields.first { $0.0 == "links" }?.2 == .ok)
    }

    /// A 4 W wobble in 39.5 kW is a flat full bar on a scale from zero, not `▁▃▆█`.
    @Test func sparklinesUseFixedScales() {
        var grid = Grid(width: 10, height: 1)
        let scale = SatelliteDetailView.SparkScale(label: "load", series: .loadW, factor: 1, unit: "W")
        let values = [39_500.0, 39_502, 39_504, 39_500]
        SatelliteDetailView.sparkline(values, range: scale.range(values), limits: nil, x: 0, y: 0, into: &grid,
                                      clip: grid.bounds)
        #expect(grid.text[0].hasPrefix("████"))
        let battery = SatelliteDetailView.SparkScale(label: "battery", series: .batterySOC, factor: 100, unit: "%",
                                                     limits: LimitSet.default[.batterySOC])
        #expect(battery.range([95, 100]) == 0...100, "a full battery is a full bar in ok colour, not solid red")
        SatelliteDetailView.sparkline([100, 25, 10], range: 0...100, limits: battery.limits, x: 0, y: 0, into: &grid,
                                      clip: grid.bounds)
        #expect([grid[0, 0].style.role, grid[1, 0].style.role, grid[2, 0].style.role] == [.ok, .warning, .critical])
    }
}

@Suite struct MouseTests {
    @Test func clickSelectsARowAndSortsByATitle() {
        var state = AppState(size: Size(width: 100, height: 30))
        state.satelliteCount = 100
        _ = update(&state, .keyPressed(.mouse(MouseEvent(.click, x: 10, y: 7))))
        #expect(state.cursor == 4 && state.selected == 4, "row 3 is the first table row")
        // The BATT % title: sort by battery, again to reverse.
        let batt = FleetTableView.layout(state, width: 100).placed.first { $0.column == .battery }
        let x = (batt?.x ?? 0) + 2
        _ = update(&state, .keyPressed(.mouse(MouseEvent(.click, x: x, y: 2))))
        #expect(state.sort == RowSort(key: .battery))
        _ = update(&state, .keyPressed(.mouse(MouseEvent(.click, x: x, y: 2))))
        #expect(state.sort == RowSort(key: .battery, descending: true))
    }

    @Test func clickATabSwitchesViewAndTheWheelScrolls() {
        var state = AppState(size: Size(width: 100, height: 30))
        state.satelliteCount = 100
        let footer = Rect(x: 0, y: 29, width: 100, height: 1)
        let tab = FooterView.tabs(state, area: footer).first { $0.view == .alarms }
        _ = update(&state, .keyPressed(.mouse(MouseEvent(.click, x: (tab?.x ?? 0) + 1, y: 29))))
        #expect(state.view == .alarms)
        state.view = .overview
        _ = update(&state, .keyPressed(.mouse(MouseEvent(.wheelDown, x: 5, y: 10))))
        #expect(state.cursor == 3)
        _ = update(&state, .keyPressed(.mouse(MouseEvent(.wheelUp, x: 5, y: 10))))
        #expect(state.cursor == 0)
    }

    @Test func clickSelectsAnAlarmLine() {
        let s = snapshot(with: consoleBook())
        var state = AppState(size: Size(width: 80, height: 24))
        state.view = .alarms
        _ = update(&state, .frameArrived(FrameData(s)))
        _ = update(&state, .keyPressed(.mouse(MouseEvent(.click, x: 20, y: 3))))
        #expect(state.alarmSelected == 1, "row 2 is line 0")
    }
}

@Suite struct ThemeAndJumpTests {
    @Test func tSkipsThemesForTheOtherBackground() {
        var state = AppState(size: Size(width: 80, height: 24))
        state.themeNames = ["default", "light", "nord"]
        state.themeBackgrounds = [.dark, .light, .dark]
        _ = update(&state, .keyPressed(.character("t")))
        #expect(state.themeName == "nord")
        #expect(state.message == "theme nord (skipped 1 made for a light terminal)")
        state.terminalBackground = .light
        _ = update(&state, .keyPressed(.character("t")))
        #expect(state.themeName == "light")
        #expect(ThemeBackground.detect(configured: nil, colorFGBG: "0;15") == .light)
        #expect(ThemeBackground.detect(configured: nil, colorFGBG: "15;0") == .dark)
        #expect(ThemeBackground.detect(configured: .light, colorFGBG: "15;0") == .light)
        #expect(ThemeBackground.detect(configured: nil, colorFGBG: nil) == .dark)
    }

    @Test func themeFilesDeclareTheirVariant() throws {
        #expect(Theme.builtIn.variant == .dark)
        let light = try Theme.parse(Theme.builtInText.replacingOccurrences(of: "variant: dark", with: "variant: light"),
                                    file: "l.yaml", defaultName: "l")
        #expect(light.variant == .light)
        #expect(throws: FileError.self) {
            try Theme.parse(Theme.builtInText.replacingOccurrences(of: "variant: dark", with: "variant: dusk"),
                            file: "d.yaml", defaultName: "d")
        }
    }

    /// `g P07-S12` when two shells have a P07-S12: a pick list, a digit chooses.
    @Test func anIDInTwoShellsOffersAPick() {
        var state = AppState(size: Size(width: 100, height: 30))
        state.satelliteCount = 100
        state.pendingLookup = "P07-S12"
        var frame = FrameData()
        frame.lookup = SatelliteLookup(id: "P07-S12", index: nil, candidates: [
            SatelliteCandidate(id: "sso-650/P07-S12", index: 18), SatelliteCandidate(id: "m500-30/P07-S12", index: 77)])
        _ = update(&state, .frameArrived(frame))
        #expect(state.prompt?.isConfirmation == true)
        var grid = Grid(width: 100, height: 30)
        ConsoleLayout.render(state, makeSnapshot(), into: &grid)
        #expect(grid.text[29].contains("in 2 shells: 1 sso-650/P07-S12  2 m500-30/P07-S12"))
        _ = update(&state, .keyPressed(.character("2")))
        #expect(state.selected == 77 && state.prompt == nil)
        #expect(state.message == "selected m500-30/P07-S12")
    }
}

@Suite struct AsciiTests {
    /// `--ascii` has no `?`: every non-ASCII character any view draws has a stand-in.
    @Test(arguments: ConsoleView.allCases)
    func everyGlyphHasAStandIn(view: ConsoleView) {
        var state = AppState(size: Size(width: 160, height: 40))
        state.view = view
        state.satelliteCount = 100
        state.pinned = [0]
        var s = snapshot(with: consoleBook())
        s.selectedOrbit = SelectedOrbit(altitudeKm: 550, inclinationDeg: 53, periodSeconds: 5_736, betaDeg: 12.3,
                                        litFraction: 1, nextEclipseMinutes: 17.5)
        state.expandedGroups = [AlarmGroupID(.radiatorTemp, .warning)]
        var grid = Grid(width: 160, height: 40)
        ConsoleLayout.render(state, s, alarms: s.alarms.lines, into: &grid)
        let missing = Set(grid.cells.map(\.character).filter { !$0.isASCII && AsciiFallback.ascii($0) == "?" })
        #expect(missing.isEmpty, "no stand-in for \(missing.map { String($0) })")
        var ascii = Grid(width: 160, height: 40)
        ConsoleLayout.render(state, s, alarms: s.alarms.lines, ascii: true, into: &ascii)
        #expect(ascii.cells.allSatisfy { $0.character.isASCII })
    }
}
