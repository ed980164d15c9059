@testable import ConstellationSim
import Testing
@testable import OpsConsole

/// An alarm book with high-warning 90 / high-critical 100 on every parameter: satellite 0's
/// accelerator at 105 (one critical alarm, first out), satellites 1…4 at 95 (four radiator
/// warnings: one group at a threshold of 3).
func consoleBook() -> AlarmBook {
    var book = AlarmBook(satelliteCount: 5, limits: LimitSet(all: ParameterLimits(highWarning: 90, highCritical: 100,
                                                                                   deadband: 2)))
    book.beginTick(1, simSeconds: 10)
    book.evaluate(satellite: 0, parameter: .acceleratorTemp, value: 105)
    for s in 1...4 { book.evaluate(satellite: s, parameter: .radiatorTemp, value: 95) }
    _ = book.endTick()
    return book
}

/// A console snapshot carrying `book`'s list, named satellites S0…S4.
func snapshot(with book: AlarmBook) -> FleetSnapshot {
    var s = makeSnapshot(satellites: 5)
    s.alarms.summary = book.summary
    let lines = book.alarmList(groupingThreshold: 3, includeHidden: true)
    s.alarms.lines = lines
    s.alarms.lineCount = lines.count
    for i in 0..<5 { s.alarmSatelliteIDs[i] = "S\(i)" }
    s.limits = [LimitSet(all: ParameterLimits(highWarning: 90, highCritical: 100, deadband: 2))]
    s.alarms.kpis = book.kpis { "S\($0)" }
    return s
}

private func alarmState(_ s: FleetSnapshot) -> AppState {
    var state = AppState(size: Size(width: 80, height: 24))
    state.view = .alarms
    _ = update(&state, .frameArrived(FrameData(s)))
    return state
}

@Suite struct HeaderFieldsTests {
    private func header(width: Int, adjust: (inout FleetSnapshot) -> Void, newAlarms: Bool = false) -> Grid {
        var s = makeSnapshot()
        adjust(&s)
        var grid = Grid(width: width, height: 1)
        HeaderView.render(s, newAlarms: newAlarms, area: grid.bounds, into: &grid)
        return grid
    }

    @Test func wideHeaderShowsEveryField() {
        let grid = header(width: 200) { s in
            s.alarms.summary.unacknowledged = 12
            s.alarms.summary.highestUnacknowledged = .critical
            s.alarms.summary.isFlooding = true
        }
        // makeSnapshot: paused, ×10, 12.5 ticks/s, 83/2/14/1 by mode, 1234.56 PFLOP/s, 44.061/11.0863 MW.
        // One formatter: 1234.56 PFLOP/s is 1.23 EFLOP/s, 44.061 MW is 44.1 MW.
        #expect(grid.text[0].hasPrefix(" OrbitOps   PAUSED   UNACK 12 CRITICAL   FLOOD  2026-06-21 00:07:00 UTC ×10 12.5 t/s"
            + " NOM 83 DEG 2 SAFE 14 FAIL 1 1.23 EFLOP/s solar 44.1 MW load 11.1 MW "))
        #expect(grid[21, 0].style == Style(.critical, [.bold, .reverse]))  // 'U' of the UNACK badge, by severity
        #expect(grid[41, 0].style == Style(.critical, [.bold, .reverse]))  // 'F' of FLOOD
        // Everything else sits on the bar's background.
        #expect(grid[85, 0].style == Style(.barMuted))  // "N" of NOM
        #expect(grid[140, 0].style == Style(.barMuted))  // "l" of load
    }

    @Test func eightyColumnsDropLowPriorityFieldsFirst() {
        let grid = header(width: 80, adjust: { s in
            s.alarms.summary.unacknowledged = 12
            s.alarms.summary.highestUnacknowledged = .warning
            s.alarms.summary.isFlooding = true
        }, newAlarms: true)
        // MW (10), PFLOP/s (20), tick rate (30), mode counts (50) go; speed and time stay.
        #expect(grid.text[0] == " OrbitOps   PAUSED   UNACK 12 WARNING   FLOOD  2026-06-21 00:07:00 UTC ×10      ")
        #expect(grid[21, 0].style == Style(.warning, [.bold, .reverse, .blink]), "new unacked alarms blink")
    }

    @Test func withoutAlarmsEightyColumnsKeepTheModeCounts() {
        let grid = header(width: 80) { _ in }
        #expect(grid.text[0] == " OrbitOps   PAUSED  2026-06-21 00:07:00 UTC ×10 NOM 83 DEG 2 SAFE 14 FAIL 1     ")
        #expect(grid[52, 0].style == Style(.barOK, .bold))  // "83"
        #expect(grid[66, 0].style == Style(.barCritical, .bold))  // "14" safe
    }
}

@Suite struct AlarmViewTests {
    @Test func criticalAlarmThenGroupWithStatesAndKPIs() {
        var book = consoleBook()
        book.apply(AlarmCommand(simSeconds: 10, operatorName: "op", action: .acknowledge(AlarmKey(satellite: 0, parameter: .acceleratorTemp))))
        let s = snapshot(with: book)
        var state = alarmState(s)
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, s, alarms: s.alarms.lines, into: &grid)
        // The unacked group sorts first; the acknowledged critical alarm after it.
        // Raised 10 s after the epoch; the snapshot is 420 s after it at 00:07:00 → 00:00:10.
        #expect(grid.text[1] == "1ST RAISED   SATELLITE ALARM  VALUE  LIMITS  COMMENT        SEVERITY STATE      ")
        #expect(grid.text[2] == "▸   00:00:10 group     RADIATOR_TEMP ×4 (4 unacked)         WARNING  UNACK      ")
        #expect(grid.text[3] == "1st 00:00:10 S0        ACCELERATOR_TEMP 105.0 °C W>90 C>100 CRITICAL ACK        ")
        #expect(grid[0, 2].style == Style(.selection, .reverse))
        // Acknowledged: muted, with only the severity in its colour; unacknowledged: bold colour.
        #expect(grid[0, 3].style == Style(.muted))
        #expect(grid[61, 3].style == Style(.critical))
        // Enter expands the group: its four members indented under it.
        _ = update(&state, .keyPressed(.enter))
        ConsoleLayout.render(state, s, alarms: s.alarms.lines, into: &grid)
        #expect(grid.text[2].hasPrefix("▾   00:00:10 group"))
        #expect(grid.text[3] == "    00:00:10   S1        RADIATOR_TEMP 95.0 °C W>90 C>100   WARNING  UNACK      ")
        #expect(grid[4, 3].style == Style(.warning, .bold))
        #expect(grid.text[6].hasPrefix("    00:00:10   S4 "))
        #expect(grid.text[7].hasPrefix("1st 00:00:10 S0 "))
        #expect(grid.text[20] == " ISA-18.2 KPIs                                                                  ")
        // Five alarms raised in the first 10-minute window, all still standing; the
        // acknowledgement came at the raise time (0 s).
        #expect(grid.text[21].hasPrefix(" alarms/10 min 5 (peak 5)  · flood 0.0 % of time  · standing 5  stale 0  ·"))
        #expect(grid.text[22].hasPrefix(" chattering 0  · ack time mean 0s max 0s  ·"))
    }

    @Test func shelvedAlarmsAreListedAsShelved() {
        var book = consoleBook()
        book.apply(AlarmCommand(simSeconds: 10, operatorName: "op",
                                action: .shelve(AlarmKey(satellite: 0, parameter: .acceleratorTemp), durationSeconds: 1800)))
        let s = snapshot(with: book)
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(alarmState(s), s, alarms: s.alarms.lines, into: &grid)
        // Shelved at 10 s for 30 min, shown at 420 s: 23 min 10 s left, rounded up.
        #expect(grid.text.contains { $0.contains("S0 ") && $0.hasSuffix("SHELVED 24m") })
        // Shelving the group shelves the members the snapshot carried.
        var state = alarmState(s)
        let group = s.alarms.lines.firstIndex { if case .group = $0 { true } else { false } } ?? 0
        state.alarmSelected = group
        _ = update(&state, .keyPressed(.character("s")))
        for c in "1h" { _ = update(&state, .keyPressed(.character(c))) }
        #expect(update(&state, .keyPressed(.enter)) == (1...4).map {
            .alarm(.shelve(AlarmKey(satellite: $0, parameter: .radiatorTemp), durationSeconds: 3600))
        })
    }

    @Test func alarmKeysSendAlarmCommands() {
        let s = snapshot(with: consoleBook())
        var state = alarmState(s)
        // Line 0 is the unacked critical alarm (list order: unacked, then severity); line 1 the group.
        let key = AlarmKey(satellite: 0, parameter: .acceleratorTemp)
        #expect(update(&state, .keyPressed(.character("a"))) == [.alarm(.acknowledge(key, comment: nil))])
        #expect(update(&state, .keyPressed(.character("u"))) == [.alarm(.unshelve(key))])
        #expect(update(&state, .keyPressed(.character("r"))) == [.alarm(.resetLatched(key))])
        _ = update(&state, .keyPressed(.down))
        #expect(update(&state, .keyPressed(.character("a"))) == [.alarm(.acknowledgeGroup(.radiatorTemp, .warning, comment: nil))])
        // Down past the end stays on the last line.
        _ = update(&state, .keyPressed(.down))
        #expect(state.alarmSelected == 1)
    }

    @Test func acknowledgeAllAsksFirst() {
        let s = snapshot(with: consoleBook())
        var state = alarmState(s)
        #expect(update(&state, .keyPressed(.character("A"))).isEmpty)
        #expect(state.prompt?.kind == .confirmAcknowledgeAll)
        #expect(update(&state, .keyPressed(.character("q"))).isEmpty, "other keys wait for y/n")
        #expect(!state.quitRequested)
        #expect(update(&state, .keyPressed(.character("y"))) == [
            .alarm(.acknowledge(AlarmKey(satellite: 0, parameter: .acceleratorTemp), comment: nil)),
            .alarm(.acknowledgeGroup(.radiatorTemp, .warning, comment: nil)),
        ])
        #expect(state.prompt == nil)
        _ = update(&state, .keyPressed(.character("A")))
        #expect(update(&state, .keyPressed(.character("n"))).isEmpty)
        #expect(state.message == "cancelled")
    }

    @Test func commentPromptTakesTextNotActions() {
        let s = snapshot(with: consoleBook())
        var state = alarmState(s)
        _ = update(&state, .keyPressed(.character("c")))
        for c in "fan q?x" { _ = update(&state, .keyPressed(.character(c))) }
        _ = update(&state, .keyPressed(.backspace))
        #expect(state.prompt?.text == "fan q?")
        #expect(!state.quitRequested && !state.showHelp)
        let key = AlarmKey(satellite: 0, parameter: .acceleratorTemp)
        #expect(update(&state, .keyPressed(.enter)) == [.alarm(.acknowledge(key, comment: "fan q?"))])
        // Esc cancels without a command.
        _ = update(&state, .keyPressed(.character("c")))
        _ = update(&state, .keyPressed(.character("x")))
        #expect(update(&state, .keyPressed(.escape)).isEmpty)
        #expect(state.prompt == nil)
    }

    @Test func shelveDurationIsParsedAndBounded() {
        let s = snapshot(with: consoleBook())
        var state = alarmState(s)
        let key = AlarmKey(satellite: 0, parameter: .acceleratorTemp)
        _ = update(&state, .keyPressed(.character("s")))
        for c in "30m" { _ = update(&state, .keyPressed(.character(c))) }
        #expect(update(&state, .keyPressed(.enter)) == [.alarm(.shelve(key, durationSeconds: 1800))])
        // Over the 8 h maximum, or not a duration: a footer message and no command.
        for bad in ["9h", "soon", "-5m", ""] {
            _ = update(&state, .keyPressed(.character("s")))
            for c in bad { _ = update(&state, .keyPressed(.character(c))) }
            #expect(update(&state, .keyPressed(.enter)).isEmpty)
            #expect(state.message?.isEmpty == false)
        }
        #expect(parseShelveDuration("2h", maximumSeconds: 8 * 3600) == .success(7200))
        #expect(parseShelveDuration("1.5d", maximumSeconds: 8 * 3600)
            == .failure(PromptError("'1.5d' is longer than the maximum shelve time 8h")))
    }

    @Test func alarmKeysOutsideTheAlarmViewSayWhere() {
        var state = AppState(size: Size(width: 80, height: 24))
        #expect(update(&state, .keyPressed(.character("a"))).isEmpty)
        #expect(state.message == "alarm keys work in view 4 (alarms)")
    }
}

@Suite struct AlarmGroupMemberTests {
    @Test func arrowsStepIntoAnExpandedGroupAndKeysActOnTheMember() {
        let s = snapshot(with: consoleBook())
        var state = AppState(size: Size(width: 80, height: 24))
        state.view = .alarms
        _ = update(&state, .frameArrived(FrameData(s)))
        // Line 1 is the radiator group (members S1…S4); expand it and step onto S2.
        _ = update(&state, .keyPressed(.down))
        _ = update(&state, .keyPressed(.enter))
        _ = update(&state, .keyPressed(.down))
        _ = update(&state, .keyPressed(.down))
        #expect((state.alarmSelected, state.alarmMember) == (1, 1))
        var grid = Grid(width: 80, height: 24)
        ConsoleLayout.render(state, s, alarms: s.alarms.lines, into: &grid)
        #expect(grid.text[5].hasPrefix("    00:00:10   S2 "))
        #expect(grid[10, 5].style == Style(.selection, .reverse))
        #expect(update(&state, .keyPressed(.character("a")))
            == [.alarm(.acknowledge(AlarmKey(satellite: 2, parameter: .radiatorTemp), comment: nil))])
        // Up twice leaves the members for the group line, then the line above.
        _ = update(&state, .keyPressed(.up))
        _ = update(&state, .keyPressed(.up))
        #expect((state.alarmSelected, state.alarmMember) == (1, nil))
        _ = update(&state, .keyPressed(.up))
        #expect((state.alarmSelected, state.alarmMember) == (0, nil))
    }
}
