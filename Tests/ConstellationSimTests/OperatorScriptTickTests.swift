import Testing
@testable import ConstellationSim

/// Scripted operator actions in the tick: each applies in the tick containing its time
/// (tick k covers [(k−1)·10 s, k·10 s)), stamped k·10 s, under the script's operator
/// name. Telemetry is synthetic (`SyntheticColumns`); expected transitions are derived by
/// hand from the default limits (MODE_CHANGE: warning at ≥ 1, no deadband, no delays,
/// latching; SEU_RATE: warning ≥ 100 SEU/h, DISTRESS ≥ 500, on-delay 0) and the ISA-18.2
/// state machine.
@Suite struct OperatorScriptTickTests {
    /// The tiny scenario (3 × 4 satellites, dt 10 s) with `actions` by "trainer".
    private func simulation(_ actions: [ScriptedAlarmAction]) -> Simulation {
        var scenario = tinyScenario
        scenario.operatorScript = OperatorScript(operatorName: "trainer", actions: actions)
        return Simulation(scenario: scenario)
    }

    private func alarm(_ id: String, _ p: AlarmParameter) -> ScriptedAlarmAction.Target { .alarm(satellite: id, parameter: p) }

    /// One line per transition: `tick satellite from→to cause operator comment`.
    private func describe(_ t: AlarmTransition) -> String {
        "\(t.tick) \(t.key.satellite) \(t.key.parameter.displayName) \(t.from.displayName)→\(t.to.displayName) "
            + "\(t.cause.rawValue) \(t.operatorName ?? "-") \(t.comment ?? "-")"
    }

    @Test func acknowledgeShelveExpiryResetAndOneShotHappenAtTheExpectedTicks() throws {
        var sim = simulation([
            ScriptedAlarmAction(atSimSeconds: 15, kind: .acknowledge, target: alarm("P01-S01", .modeChange), comment: "seen"),
            ScriptedAlarmAction(atSimSeconds: 30, kind: .shelve, target: alarm("P01-S02", .modeChange),
                                durationSeconds: 25, comment: "known"),
            ScriptedAlarmAction(atSimSeconds: 45, kind: .resetLatched, target: alarm("P01-S01", .modeChange)),
            ScriptedAlarmAction(atSimSeconds: 50, kind: .shelveOneShot, target: alarm("P01-S03", .modeChange)),
            ScriptedAlarmAction(atSimSeconds: 85, kind: .acknowledgeAll, target: .all, comment: "handover"),
        ])
        #expect(Array(sim.fleet.ids.prefix(3)) == ["P01-S01", "P01-S02", "P01-S03"])
        var c = SyntheticColumns(satellites: sim.fleet.count)
        var lines: [String] = []
        var batchCommands: [[String]] = []
        for tick in 1...9 {
            // Satellite 0 DEGRADED in ticks 1–2, satellite 1 always, satellite 2 in ticks 1–7.
            c[.modeChange, 0] = tick <= 2 ? 1 : 0
            c[.modeChange, 1] = 1
            c[.modeChange, 2] = tick <= 7 ? 1 : 0
            sim.alarmColumnsOverride = (c.samples, c.modes)
            sim.recordsAlarmBatches = true
            sim.advance()
            for batch in sim.takeAlarmBatches() {
                lines += batch.transitions.map(describe)
                batchCommands.append(batch.commands.map { "\($0.simSeconds) \($0.operatorName) \($0.action.name)" })
            }
        }
        #expect(lines == [
            "1 0 MODE_CHANGE NORMAL→UNACKED ACTIVATED - -",
            "1 1 MODE_CHANGE NORMAL→UNACKED ACTIVATED - -",
            "1 2 MODE_CHANGE NORMAL→UNACKED ACTIVATED - -",
            "2 0 MODE_CHANGE UNACKED→ACKED ACKNOWLEDGED trainer seen",       // 15 s ∈ [10, 20)
            "3 0 MODE_CHANGE ACKED→LATCHED RETURNED - -",                    // cleared, latching
            "4 1 MODE_CHANGE UNACKED→SHELVED SHELVED trainer known",         // 30 s ∈ [30, 40): until 40 + 25 = 65 s
            "5 0 MODE_CHANGE LATCHED→NORMAL RESET trainer -",                // 45 s ∈ [40, 50)
            "6 2 MODE_CHANGE UNACKED→SHELVED SHELVED trainer -",             // 50 s ∈ [50, 60), not tick 5
            "7 1 MODE_CHANGE SHELVED→UNACKED SHELVE_ENDED - -",              // 65 ≤ 70 s, still active
            "8 2 MODE_CHANGE SHELVED→NORMAL SHELVE_ENDED - -",               // one-shot ends on clear
            "9 1 MODE_CHANGE UNACKED→ACKED ACKNOWLEDGED trainer handover",   // 85 s ∈ [80, 90)
        ])
        // Each command is recorded in its tick's batch, stamped with the tick's time.
        #expect(batchCommands.filter { !$0.isEmpty } == [
            ["20.0 trainer ACK"], ["40.0 trainer SHELVE"], ["50.0 trainer RESET"], ["60.0 trainer SHELVE_ONE_SHOT"],
            ["90.0 trainer ACK_ALL"],
        ])
        #expect(batchCommands.count == 9)
    }

    @Test func groupUnshelveAndServiceActions() {
        var sim = simulation([
            ScriptedAlarmAction(atSimSeconds: 0, kind: .removeFromService, target: alarm("P01-S01", .modeChange),
                                comment: "maintenance"),
            ScriptedAlarmAction(atSimSeconds: 10, kind: .acknowledgeGroup, target: .group(.seuRate, .warning)),
            ScriptedAlarmAction(atSimSeconds: 20, kind: .shelve, target: alarm("P01-S04", .seuRate), durationSeconds: 3600),
            ScriptedAlarmAction(atSimSeconds: 30, kind: .unshelve, target: alarm("P01-S04", .seuRate)),
            ScriptedAlarmAction(atSimSeconds: 40, kind: .returnToService, target: alarm("P01-S01", .modeChange)),
            ScriptedAlarmAction(atSimSeconds: 40, kind: .acknowledge, target: alarm("P09-S09", .modeChange)),  // no such satellite
        ])
        var c = SyntheticColumns(satellites: sim.fleet.count)
        c[.modeChange, 0] = 1
        c[.seuRate, 1] = 450  // WARNING (limits 400 / 1000 SEU/h)
        c[.seuRate, 2] = 1200  // DISTRESS: not in the WARNING group
        c[.seuRate, 3] = 420  // WARNING, acknowledged with the group, then shelved and unshelved
        var lines: [String] = []
        for _ in 1...5 { lines += sim.advance(with: c).map(describe) }
        #expect(lines == [
            // tick 1: out of service before the evaluation, so MODE_CHANGE never shows UNACKED
            "1 0 MODE_CHANGE NORMAL→OUT_OF_SERVICE REMOVED_FROM_SERVICE trainer maintenance",
            "1 1 SEU_RATE NORMAL→UNACKED ACTIVATED - -",
            "1 2 SEU_RATE NORMAL→UNACKED ACTIVATED - -",
            "1 3 SEU_RATE NORMAL→UNACKED ACTIVATED - -",
            "2 1 SEU_RATE UNACKED→ACKED ACKNOWLEDGED trainer -",
            "2 3 SEU_RATE UNACKED→ACKED ACKNOWLEDGED trainer -",
            "3 3 SEU_RATE ACKED→SHELVED SHELVED trainer -",
            "4 3 SEU_RATE SHELVED→UNACKED UNSHELVED trainer -",       // still active: annunciated again
            "5 0 MODE_CHANGE OUT_OF_SERVICE→UNACKED RETURNED_TO_SERVICE trainer -",
        ])
        #expect(sim.alarms.state(of: AlarmKey(satellite: 2, parameter: .seuRate)) == .unacked)
    }
}
