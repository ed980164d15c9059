@testable import ConstellationSim
import Testing
@testable import OpsConsole

@Suite struct FleetFilterTests {
    @Test func parsesConditionsAndTextIntoEngineUnits() throws {
        let f = try ConsoleFilter(parsing: "temp>80  soc<30 mode=saf shell=SSO-650 util<50 alt>600 rad>0 p01")
        // Percent as typed (soc, util) becomes the engine's fraction at the console edge.
        #expect(f.conditions == [.compare(.acceleratorTemp, .greater, 80), .compare(.batterySOC, .less, 0.3),
                                 .mode(.safe), .group("sso-650"), .compare(.utilization, .less, 0.5),
                                 .compare(.altitude, .greater, 600), .compare(.radiatorTemp, .greater, 0),
                                 .text("p01")])
        #expect(f.text == "temp>80  soc<30 mode=saf shell=SSO-650 util<50 alt>600 rad>0 p01")
    }

    @Test(arguments: ["temp=80", "speed>3", "soc<abc", "mode=BROKEN", "shell=", "alt>"])
    func badWordsNameTheAcceptedForms(_ text: String) {
        #expect(throws: FleetFilterError(word: text)) { try ConsoleFilter(parsing: text) }
        #expect(FleetFilterError(word: text).description.contains("temp>80, rad>0, soc<30 (%), util<50 (%), net<0"))
    }

    @Test func utilizationBelowFiftyPercentExcludesBusySatellites() throws {
        // Rows at 100 % utilization must not pass `util<50` (it once compared a fraction with 50).
        var sim = Simulation(scenario: singleShellScenario)
        sim.advance(ticks: 3)
        let frame = sim.frame()
        let filter = try ConsoleFilter(parsing: "util<50").engineFilter
        let expected = (0..<frame.count).filter { frame.columns.utilization[$0] < 0.5 }
        #expect(frame.matches(filter) == expected)
        #expect(frame.matches(filter).allSatisfy { frame.columns.utilization[$0] * 100 < 50 })
    }

    @Test func engineFiltersByAltitudeAndIdText() throws {
        // singleShellScenario: 72 planes × 22, ids "P01-S01"…; every satellite near 550 km.
        let frame = Simulation(scenario: singleShellScenario).frame()
        #expect(frame.matches(try ConsoleFilter(parsing: "alt>600").engineFilter).isEmpty)
        let plane1 = frame.matches(try ConsoleFilter(parsing: "P01- alt>500").engineFilter)
        #expect(plane1 == Array(0..<22))
        // A filtered window: rows are the matches from firstRow; the snapshot carries the count.
        let snapshot = frame.snapshot(for: ViewRequest(firstRow: 20, rowCount: 5,
                                                       filter: try ConsoleFilter(parsing: "p01-").engineFilter,
                                                       lookupID: "p02-s03"))
        #expect(snapshot.filterMatchCount == 22)
        #expect(snapshot.rows.map(\.index) == [20, 21])
        #expect(snapshot.lookup == SatelliteLookup(id: "p02-s03", index: 22 + 2))
    }

    @Test func sortedAndFilteredWindowIsTheMatchesInSortOrder() throws {
        // Plane 1 (22 satellites) by descending latitude, through the host as the console sees it.
        let host = EngineHost(simulation: Simulation(scenario: singleShellScenario), paused: true)
        let view = ViewRequest(firstRow: 0, rowCount: 5, sort: RowSort(key: .latitude, descending: true),
                               filter: try ConsoleFilter(parsing: "p01-").engineFilter)
        host.setView(view)
        host.start()
        host.send(.step(1))
        let expected = host.inspect { sim in
            // Independent order: plane 1's indices 0…21 sorted by latitude, highest first.
            Array((0..<22).sorted { sim.world.latitudeDeg[$0] > sim.world.latitudeDeg[$1] }.prefix(5))
        }
        #expect(eventually { host.latestSnapshot().snapshot?.tick == 1 })
        let snapshot = try #require(host.latestSnapshot().snapshot)
        #expect(snapshot.filterMatchCount == 22)
        #expect(snapshot.rows.map(\.index) == expected)
    }

    @Test func selectedOrbitPeriodAndInclination() throws {
        // 550 km circular at 53°: T = 2π √(a³/μ), a = 6378.137 + 550 → 5,738.6 s ≈ 95.6 min (J2 osculating
        // elements differ by a few km in a, so allow 0.5 %).
        let simulation = Simulation(scenario: singleShellScenario)
        let orbit = try #require(simulation.frame().selectedOrbit(0))
        let a = 6378.137 + 550.0
        let period = 2 * Double.pi * (a * a * a / 398_600.4418).squareRoot()
        #expect(abs(orbit.periodSeconds - period) / period < 0.005)
        #expect(abs(orbit.inclinationDeg - 53) < 0.2)
        if let next = orbit.nextEclipseMinutes { #expect(next > 0 && next <= 2 * period / 60) }
    }
}

@Suite struct FleetKeysTests {
    private func state(paused: Bool = true) -> AppState {
        var state = AppState(size: Size(width: 80, height: 24))
        state.satelliteCount = 100
        var frame = FrameData()
        frame.paused = paused
        frame.orbitStepTicks = 574
        frame.selectedID = "P1-S1"
        _ = update(&state, .frameArrived(frame))
        return state
    }

    @Test func filterPromptSetsTheFilterOrSaysWhatIsAccepted() {
        var s = state()
        _ = update(&s, .keyPressed(.character("/")))
        for c in "util<" { _ = update(&s, .keyPressed(.character(c))) }
        _ = update(&s, .keyPressed(.character(Prompt.clearLine)))  // Ctrl-U clears, inserts nothing
        #expect(s.prompt?.text == "")
        for c in "mode=SAFE" { _ = update(&s, .keyPressed(.character(c))) }
        _ = update(&s, .keyPressed(.enter))
        #expect(s.filter?.conditions == [.mode(.safe)])
        #expect(s.viewRequest.filter == s.filter?.engineFilter)
        // n moves to the next match, wrapping over the match count.
        var frame = s.frame
        frame.filterMatchCount = 2
        _ = update(&s, .frameArrived(frame))
        _ = update(&s, .keyPressed(.character("n")))
        #expect(s.cursor == 1)
        _ = update(&s, .keyPressed(.character("n")))
        #expect(s.cursor == 0)
        _ = update(&s, .keyPressed(.escape))
        #expect(s.filter == nil)
        _ = update(&s, .keyPressed(.character("/")))
        for c in "temp=hot" { _ = update(&s, .keyPressed(.character(c))) }
        _ = update(&s, .keyPressed(.enter))
        #expect(s.filter == nil)
        #expect(s.message == "bad filter 'temp=hot'; use \(ConsoleFilter.acceptedForms)")
    }

    @Test func jumpAsksTheEngineAndSelectsOrReports() {
        var s = state()
        _ = update(&s, .keyPressed(.character("g")))
        for c in "P3-S4" { _ = update(&s, .keyPressed(.character(c))) }
        _ = update(&s, .keyPressed(.enter))
        #expect(s.viewRequest.lookupID == "P3-S4")
        var frame = s.frame
        frame.lookup = SatelliteLookup(id: "P3-S4", index: 23)
        _ = update(&s, .frameArrived(frame))
        #expect((s.selected, s.cursor, s.pendingLookup) == (23, 23, nil))
        _ = update(&s, .keyPressed(.character("g")))
        for c in "ZZ" { _ = update(&s, .keyPressed(.character(c))) }
        _ = update(&s, .keyPressed(.enter))
        frame.lookup = SatelliteLookup(id: "ZZ", index: nil)
        _ = update(&s, .frameArrived(frame))
        #expect(s.message == "unknown satellite id 'ZZ'")
        #expect(s.selected == 23)
    }

    @Test func faultMenuChoosesByArrowsDigitsAndLetters() {
        var s = state()
        _ = update(&s, .keyPressed(.character("f")))
        #expect(s.faultMenu == 0)
        _ = update(&s, .keyPressed(.down))
        _ = update(&s, .keyPressed(.down))
        #expect(update(&s, .keyPressed(.enter)) == [.injectFault(satellite: 0, kind: .radiatorLoop)])
        #expect(s.message == "injected radiator_loop on P1-S1")
        _ = update(&s, .keyPressed(.character("f")))
        #expect(update(&s, .keyPressed(.character("6"))) == [.injectFault(satellite: 0, kind: .avionics)])
        // 'a' is ambiguous (array, accelerator, avionics): it moves, Enter chooses.
        _ = update(&s, .keyPressed(.character("f")))
        _ = update(&s, .keyPressed(.character("a")))
        _ = update(&s, .keyPressed(.character("a")))
        #expect(update(&s, .keyPressed(.enter)) == [.injectFault(satellite: 0, kind: .acceleratorBoard)])
        _ = update(&s, .keyPressed(.character("f")))
        #expect(update(&s, .keyPressed(.character("b"))) == [.injectFault(satellite: 0, kind: .batteryCell)])
    }

    @Test func faultOnAFilteredSetConfirmsAndSendsOnePerSatellite() throws {
        var s = state()
        s.filter = try ConsoleFilter(parsing: "mode=SAFE")
        var frame = s.frame
        frame.filterMatchCount = 3
        frame.filterMatches = [3, 10, 17]
        _ = update(&s, .frameArrived(frame))
        _ = update(&s, .keyPressed(.character("f")))
        #expect(update(&s, .keyPressed(.character("l"))).isEmpty)
        #expect(s.prompt?.label(visibleUnacknowledged: 0) == "inject laser_terminal on 3 satellites? y/n ")
        #expect(update(&s, .keyPressed(.character("y"))) == [3, 10, 17].map { .injectFault(satellite: $0, kind: .laserTerminal) })
    }

    @Test func orbitStepWhilePausedOnly() {
        var s = state()
        #expect(update(&s, .keyPressed(.character(">"))) == [.step(574)])
        var running = state(paused: false)
        #expect(update(&running, .keyPressed(.character(">"))).isEmpty)
        #expect(running.message == "pause first (space), then > steps one orbit")
    }

    @Test func orbitTicksComeFromThePeriodAndDt() {
        var snapshot = makeSnapshot()
        snapshot.selectedOrbit = SelectedOrbit(altitudeKm: 550, inclinationDeg: 53, periodSeconds: 5_738.6, betaDeg: 0,
                                               litFraction: 1, nextEclipseMinutes: nil)
        #expect(FrameData(snapshot).orbitStepTicks == 574)  // 5738.6 s / 10 s = 573.86 → 574
    }
}
