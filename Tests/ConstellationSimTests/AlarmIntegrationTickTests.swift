import Testing
@testable import ConstellationSim

/// The tick's alarm step on synthetic telemetry columns. Expected states follow the
/// default limits in LimitSet.swift (BATTERY_SOC low warning 30 %, deadband 2, on- and
/// off-delay 1 tick: a change commits on the second consecutive sample) and the
/// ISA-18.2 sequences in REFERENCE.md.
@Suite struct AlarmIntegrationTickTests {
    let battery = AlarmKey(satellite: 0, parameter: .batterySOC)

    @Test func raiseAcknowledgeClearGoesNormal() {
        var sim = Simulation(scenario: tinyScenario)
        var c = SyntheticColumns(satellites: sim.fleet.count)
        c[.batterySOC, 0] = 25
        #expect(sim.advance(with: c).isEmpty)  // tick 1: first sample below 30, on-delay pending
        let raised = sim.advance(with: c)      // tick 2: committed
        #expect(raised.map(\.cause) == [.activated])
        #expect(raised.first?.to == .unacked && raised.first?.severity == .warning)
        #expect(raised.first?.simSeconds == 20 && raised.first?.tick == 2 && raised.first?.limit == 30)
        let ack = sim.applyAlarmCommand(.acknowledge(battery, comment: "seen"), operatorName: "alice")
        #expect(ack.transitions.map(\.to) == [.acked] && ack.commands.first?.simSeconds == 20)
        c[.batterySOC, 0] = 50
        #expect(sim.advance(with: c).isEmpty)  // off-delay pending
        let cleared = sim.advance(with: c)
        #expect(cleared.map(\.cause) == [.returned] && cleared.first?.from == .acked && cleared.first?.to == .normal)
        #expect(sim.alarms.state(of: battery) == .normal)
    }

    @Test func raiseClearIsReturnedToNormalUntilAcknowledged() {
        var sim = Simulation(scenario: tinyScenario)
        var c = SyntheticColumns(satellites: sim.fleet.count)
        c[.batterySOC, 0] = 25
        _ = sim.advance(with: c)
        _ = sim.advance(with: c)
        c[.batterySOC, 0] = 31  // inside the deadband (30 + 2): still active
        _ = sim.advance(with: c)
        _ = sim.advance(with: c)
        #expect(sim.alarms.state(of: battery) == .unacked)
        c[.batterySOC, 0] = 33  // above 32: clears after the off-delay
        _ = sim.advance(with: c)
        let returned = sim.advance(with: c)
        #expect(returned.map(\.to) == [.rtnUnacked])
        #expect(sim.frame().snapshot(for: ViewRequest()).alarms.summary.unacknowledged == 1)
        let ack = sim.applyAlarmCommand(.acknowledge(battery), operatorName: "bob")
        #expect(ack.transitions.map(\.to) == [.normal] && ack.transitions.first?.from == .rtnUnacked)
        #expect(sim.alarms.state(of: battery) == .normal)
        #expect(sim.alarmKPIs().acknowledgements == 1 && sim.alarmKPIs().totalAlarms == 1)
        // Raised at tick 2 (20 s), acknowledged after tick 6 (60 s): 40 s.
        #expect(sim.alarmKPIs().meanTimeToAckSeconds == 40)
    }

    @Test func failedModeSuppressesAllButModeChangeAndSafeSuppressesCompute() {
        var sim = Simulation(scenario: tinyScenario)
        var c = SyntheticColumns(satellites: sim.fleet.count)
        let radiator = AlarmKey(satellite: 0, parameter: .radiatorTemp)
        let mode = AlarmKey(satellite: 0, parameter: .modeChange)
        let seu = AlarmKey(satellite: 1, parameter: .seuRate)
        let battery1 = AlarmKey(satellite: 1, parameter: .batterySOC)
        c[.radiatorTemp, 0] = 95  // over the 90 °C critical limit
        c[.seuRate, 1] = 450      // over 400 SEU/h (warning), on-delay 0
        c[.batterySOC, 1] = 10    // under 20 % (critical)
        _ = sim.advance(with: c)
        _ = sim.advance(with: c)
        #expect(sim.alarms.state(of: radiator) == .unacked && sim.alarms.state(of: seu) == .unacked)
        c.modes[0] = .failed
        c[.modeChange, 0] = 3
        c.modes[1] = .safe
        c[.modeChange, 1] = 2
        _ = sim.advance(with: c)
        #expect(sim.alarms.state(of: radiator) == .suppressed)
        #expect(sim.alarms.state(of: mode) == .unacked)       // the parent alarm stays
        #expect(sim.alarms.state(of: seu) == .suppressed)     // compute alarm in SAFE
        #expect(sim.alarms.state(of: battery1) == .unacked)   // not compute: still shown
        let summary = sim.frame().snapshot(for: ViewRequest()).alarms.summary
        #expect(summary.suppressed == 2)
        c.modes[1] = .nominal
        c[.modeChange, 1] = 0
        let back = sim.advance(with: c)
        #expect(back.contains { $0.key == seu && $0.cause == .unsuppressed && $0.to == .unacked })
    }

    @Test func snapshotCarriesSummaryGroupedWindowKPIsAndSelectedAlarms() {
        var sim = Simulation(scenario: tinyScenario)
        var c = SyntheticColumns(satellites: sim.fleet.count)
        for s in 0..<4 { c[.acceleratorTemp, s] = 95 }  // 4 satellites over 90 °C: one group
        c[.batterySOC, 5] = 10                          // one critical battery
        _ = sim.advance(with: c)
        _ = sim.advance(with: c)
        let view = ViewRequest(selected: 5, alarmFirstLine: 1, alarmLineCount: 1, alarmGroupMemberLimit: 2)
        let a = sim.frame().snapshot(for: view).alarms
        #expect(a.summary.unacknowledged == 5 && a.summary.highestUnacknowledged == .critical)
        #expect(a.lineCount == 2 && a.firstLine == 1 && a.lines.count == 1)
        // List order: most severe first, so the CRITICAL battery is line 0, the group line 1.
        guard case .group(let group) = a.lines.first else {
            Issue.record("expected the group line")
            return
        }
        #expect(group.parameter == .acceleratorTemp && group.memberCount == 4 && group.members.count == 2)
        #expect(group.unacknowledgedCount == 4 && group.title == "ACCELERATOR_TEMP WARNING ×4 satellites")
        #expect(a.kpis?.totalAlarms == 5)
        #expect(a.selectedAlarms.map(\.key) == [AlarmKey(satellite: 5, parameter: .batterySOC)])
    }
}
