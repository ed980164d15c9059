import Foundation
@testable import ConstellationSim
import Testing
@testable import OpsConsole

/// View 6 (plots) and view 7 (event log) and the stepping header, rendered into the grid.
@Suite struct PlotsViewTests {
    /// A snapshot whose plot data has the selected satellite's battery rising 50 → 90 %
    /// and utilization flat at 80 %, and one pinned satellite at a flat 60 % battery.
    private func plotted(_ size: Size, fleet: Bool = false) -> (Grid, AppState) {
        var state = AppState(size: size)
        state.view = .plots
        state.plotsShowFleet = fleet
        state.pinned = [1]
        var s = makeSnapshot()
        let columns = PlotsView.plotColumns(in: ConsoleLayout.contentArea(size))
        func flat(_ v: Double) -> PlotTrace { PlotTrace(values: Array(repeating: v, count: columns)) }
        let rising = PlotTrace(values: (0..<columns).map { 0.5 + 0.4 * Double($0) / Double(columns - 1) })
        var own = SatelliteSeries.allCases.map { _ in flat(1) }
        own[SatelliteSeries.batterySOC.rawValue] = rising
        own[SatelliteSeries.utilization.rawValue] = flat(0.8)
        own[SatelliteSeries.acceleratorTempC.rawValue] = flat(60)
        var pinned = SatelliteSeries.allCases.map { _ in flat(1) }
        pinned[SatelliteSeries.batterySOC.rawValue] = flat(0.6)
        var fleetTraces = FleetSeries.allCases.map { _ in flat(0) }
        fleetTraces[FleetSeries.alarmsPer10Min.rawValue] = PlotTrace(values: (0..<columns).map { Double($0 % 20) })
        var data = PlotData(startSeconds: 420 - 6 * 3600, endSeconds: 420, satellites: [0, 1],
                            satelliteTraces: [own, pinned], fleetTraces: fleetTraces, coarseIntervalSeconds: 300)
        data.ids = ["P1-S1", "P1-S2"]
        s.plots = data
        var grid = Grid(width: size.width, height: size.height)
        ConsoleLayout.render(state, s, into: &grid)
        return (grid, state)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func satelliteChartsHaveAxesUnitsAndLimitLines(size: Size) {
        let (grid, state) = plotted(size)
        let text = grid.text
        #expect(text[1].hasPrefix(" Plots · P1-S1 · 6 h"))
        #expect(text[1].contains("● P1-S2"), "the pinned satellite's legend")
        #expect(state.viewRequest.plot == PlotRequest(windowSeconds: 6 * 3600,
                                                      columns: PlotsView.plotColumns(in: ConsoleLayout.contentArea(size)),
                                                      overlay: [1]))
        // Titles with units, and the battery's alarm limits (30 % warning, 20 % critical).
        let joined = text.joined(separator: "\n")
        #expect(joined.contains(" Power generated / used kW"))
        #expect(joined.contains(" Battery %  ┄ 30 warn  ┄ 20 crit"))
        #expect(joined.contains(" Accelerator °C  ┄ 90 warn  ┄ 100 crit"))
        #expect(joined.contains(" Radiator °C  ┄ 80 warn  ┄ 90 crit"))
        #expect(joined.contains(" Utilization %"))
        #expect(joined.contains(" SEU rate SEU/h"))
        // The battery chart's value axis is fixed 0–100 %, its time axis runs 18:07 → 00:07 UTC.
        let batteryTop = text.firstIndex { $0.contains(" Battery %") } ?? 0
        let batteryX = text[batteryTop].range(of: " Battery %").map { text[batteryTop].distance(from: text[batteryTop].startIndex, to: $0.lowerBound) } ?? 0
        let rowText = { (y: Int) in String(text[y].dropFirst(batteryX)) }
        #expect(rowText(batteryTop + 1).hasPrefix("    100┤"))
        let plotRows = (size.height - 3) / 3 - LineChart.chromeRows
        #expect(rowText(batteryTop + plotRows).hasPrefix("      0┤"))
        #expect(rowText(batteryTop + plotRows + 1).hasPrefix("       └┬──"))
        #expect(rowText(batteryTop + plotRows + 2).hasPrefix("        18:07"))
        #expect(rowText(batteryTop + plotRows + 2).contains("00:07 UTC"))
        // Dashed limit lines in the warning and critical colours; the selected satellite's
        // trace on top in the title colour, the pinned one in its own.
        var roles: [StyleRole: Int] = [:]
        for y in (batteryTop + 1)...(batteryTop + plotRows) {
            for x in (batteryX + LineChart.axisWidth)..<(batteryX + grid.width / 2 - 1) {
                let cell = grid[x, y]
                if (0x2801...0x28FF).contains(cell.character.value) { roles[cell.style.role, default: 0] += 1 }
            }
        }
        #expect((roles[.warning] ?? 0) > 0 && (roles[.critical] ?? 0) > 0)
        #expect((roles[.title] ?? 0) > 0)
        #expect((roles[PlotsView.overlayRoles[0]] ?? 0) > 0)
    }

    @Test func theRisingBatteryClimbsLeftToRight() {
        let (grid, _) = plotted(Size(width: 120, height: 40))
        let text = grid.text
        let top = text.firstIndex { $0.contains(" Battery %") } ?? 0
        let x0 = text[top].range(of: " Battery %").map { text[top].distance(from: text[top].startIndex, to: $0.lowerBound) } ?? 0
        // Top row of the selected trace in the first and the last plot column.
        func topRow(_ x: Int) -> Int? {
            (top + 1..<grid.height).first { y in grid[x, y].style.role == .title && grid[x, y].character.value >= 0x2801 }
        }
        let left = topRow(x0 + LineChart.axisWidth), right = topRow(x0 + 60 - 2)
        #expect(left != nil && right != nil)
        if let left, let right { #expect(right < left, "90 % is drawn above 50 %") }
    }

    @Test func fleetChartsShowComputePowerModesAndAlarmRateWithTheFloodLimit() {
        let (grid, _) = plotted(Size(width: 120, height: 40), fleet: true)
        let joined = grid.text.joined(separator: "\n")
        #expect(grid.text[1].hasPrefix(" Plots · fleet · 6 h"))
        #expect(joined.contains(" Compute delivered PFLOP/s"))
        #expect(joined.contains(" Power generated / used MW"))
        #expect(joined.contains(" Modes: nominal degraded safe failed sats"))
        #expect(joined.contains(" Alarms per 10 min   ┄ flood > 10"))
    }

    @Test func windowKeysAndSubjectKey() {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = update(&state, .keyPressed(.character("6")))
        #expect(state.view == .plots && state.plotWindow == .sixHours)
        _ = update(&state, .keyPressed(.character("]")))
        #expect(state.plotWindow == .day)
        _ = update(&state, .keyPressed(.character("[")))
        _ = update(&state, .keyPressed(.character("[")))
        #expect(state.plotWindow == .orbit)
        #expect(state.viewRequest.plot?.windowSeconds == 5_700.0, "one orbit: 95 min while the period is unknown")
        state.frame.orbitSeconds = 5_736
        #expect(state.viewRequest.plot?.windowSeconds == 5_736)
        _ = update(&state, .keyPressed(.character("m")))
        #expect(state.plotsShowFleet)
        #expect(state.heatmapMetric == .latitude, "m in the plots view does not touch the heatmap")
    }
}

@Suite struct SteppingHeaderTests {
    @Test func headerShowsStepProgressAndHowToStopIt() {
        var s = makeSnapshot(runState: .running)
        s.step = StepProgress(startTick: 42, targetTick: 642, tick: 192)
        var grid = Grid(width: 120, height: 30)
        ConsoleLayout.render(AppState(size: Size(width: 120, height: 30)), s, into: &grid)
        #expect(grid.text[0].contains(" STEP 150/600 25% (space stops) "))
        #expect(grid.text[0].contains("12.5 t/s"), "the rate while stepping is the engine's")
    }
}

@Suite struct EventLogViewTests {
    private let epoch = JulianDate(year: 2026, month: 6, day: 21)

    private var page: JournalEventPage {
        let key = AlarmKey(satellite: 4, parameter: .seuRate)
        func command(_ c: EngineCommand, tick: Int64, who: String = "alice", satellite: String? = nil) -> JournalEvent {
            JournalEvent(id: tick, tick: tick, simSeconds: Double(tick - 1) * 10, wallTime: 0, operatorName: who,
                         comment: c.comment, what: .command(c, kind: "", satellite: satellite))
        }
        return JournalEventPage(events: [
            JournalEvent(id: 1, tick: 30, simSeconds: 300, wallTime: 0, operatorName: nil, comment: nil,
                         what: .transition(cause: "ACTIVATED", satellite: "P1-S5", parameter: "SEU_RATE",
                                           severity: "WARNING", fromState: "NORMAL", toState: "UNACKED",
                                           value: 412.3, limit: 400)),
            command(.alarm(.acknowledge(key, comment: "SAA pass")), tick: 31, satellite: "P1-S5"),
            command(.alarm(.shelve(key, durationSeconds: 1800, comment: nil)), tick: 32, satellite: "P1-S5"),
            command(.injectFault(satellite: 7, kind: .radiatorLoop), tick: 40, who: "bob", satellite: "P1-S8"),
            command(.step(586), tick: 41),
            JournalEvent(id: 2, tick: 45, simSeconds: 450, wallTime: 0, operatorName: nil, comment: nil,
                         what: .transition(cause: "ACTIVATED", satellite: "P1-S8", parameter: "MODE_CHANGE",
                                           severity: "WARNING", fromState: "NORMAL", toState: "UNACKED",
                                           value: 1, limit: 1)),
        ], offsetFromNewest: 0, hasOlder: false, epoch: epoch)
    }

    @Test func rowsShowWhenWhoAndWhatNewestAtTheBottom() {
        var state = AppState(size: Size(width: 120, height: 30))
        state.view = .events
        var grid = Grid(width: 120, height: 30)
        ConsoleLayout.render(state, makeSnapshot(), events: EventLogData(page: page), into: &grid)
        let text = grid.text
        #expect(text[1].hasPrefix(" Event log · newest at the bottom"))
        #expect(text[2].hasPrefix(" TIME (UTC)            TICK  OPERATOR  EVENT"))
        // 6 events in 26 rows (3…28): anchored to the bottom (rows 23…28).
        #expect(text[23].hasPrefix(" 2026-06-21 00:05:00      30  —         P1-S5 SEU_RATE UNACKED WARNING 412.3 / 400.0 (ACTIVATED)"))
        #expect(text[24].hasPrefix(" 2026-06-21 00:05:00      31  alice     ▶ ACK P1-S5 SEU_RATE \"SAA pass\""))
        #expect(text[25].hasPrefix(" 2026-06-21 00:05:10      32  alice     ▶ SHELVE P1-S5 SEU_RATE for 30m"))
        #expect(text[26].hasPrefix(" 2026-06-21 00:06:30      40  bob       ▶ inject fault radiator_loop on P1-S8"))
        #expect(text[27].hasPrefix(" 2026-06-21 00:06:40      41  alice     ▶ step 586 ticks"))
        #expect(text[28].hasPrefix(" 2026-06-21 00:07:30      45  —         P1-S8 MODE_CHANGE UNACKED WARNING"))
        #expect(grid[2, 24].style.role == .title)
        #expect(grid[2, 23].style.role == .warning)
    }

    @Test func slashSearchesAndEscClears() {
        var state = AppState(size: Size(width: 120, height: 30))
        _ = update(&state, .keyPressed(.character("7")))
        _ = update(&state, .keyPressed(.character("/")))
        #expect(state.prompt?.kind == .eventSearch)
        for c in "shelve" { _ = update(&state, .keyPressed(.character(c))) }
        _ = update(&state, .keyPressed(.enter))
        #expect(state.eventSearch == "shelve" && state.filter == nil, "the search is the event log's, not the table's")
        #expect(state.eventQuery == JournalEventQuery(search: "shelve", offsetFromNewest: 0, count: 26))
        _ = update(&state, .eventPageArrived(hasOlder: true))
        _ = update(&state, .keyPressed(.up))
        _ = update(&state, .keyPressed(.pageUp))
        #expect(state.eventScroll == 27)
        _ = update(&state, .keyPressed(.end))
        #expect(state.eventScroll == 0)
        _ = update(&state, .eventPageArrived(hasOlder: false))
        _ = update(&state, .keyPressed(.up))
        #expect(state.eventScroll == 0, "no scrolling past the oldest event")
        _ = update(&state, .keyPressed(.escape))
        #expect(state.eventSearch == nil)
    }
}
