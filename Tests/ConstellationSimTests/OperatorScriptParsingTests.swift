import Testing
@testable import ConstellationSim

/// The `operator:` section of scenario files: every action kind, and every class of
/// error with its exact message. Each case is one flow mapping on line 4, `  - {…}`,
/// whose content starts at column 6; columns below are 6 + the offset in the content.
@Suite struct OperatorScriptParsingTests {
    private static func yaml(_ item: String, header: String = "") -> String {
        """
        \(header)shells:
          - {name: s1, altitude_km: 550, inclination_deg: 53, planes: 2, per_plane: 3}
        operator:
          - {\(item)}
        """
    }

    private func message(_ text: String) -> String { scenarioParseMessage(text) }

    private func script(_ text: String) throws -> OperatorScript {
        try ScenarioFile.parse(text, source: "mine.yaml").operatorScript
    }

    @Test func everyActionKindParses() throws {
        let text = """
            shells:
              - {name: s1, altitude_km: 550, inclination_deg: 53, planes: 2, per_plane: 3}
            operator_name: alice
            operator:
              - {at: "+15m", action: acknowledge, alarm: "P02-S03:MODE_CHANGE", comment: "seen, radiator loop 2"}
              - {at: "+20m", action: shelve, alarm: "P01-S01:SEU_RATE", duration: "10m", comment: known}
              - {at: 90s, action: shelve_one_shot, alarm: "P01-S02:seu_rate"}
              - {at: "+1h", action: unshelve, alarm: "P01-S01:SEU_RATE"}
              - {at: "+2h", action: acknowledge_all, comment: handover}
              - {at: "+3m", action: acknowledge_group, parameter: SEU_RATE, severity: warning}
              - {at: "+4h", action: reset_latched, alarm: "P02-S03:MODE_CHANGE"}
              - {at: "+5h", action: remove_from_service, alarm: "P02-S01:LINK_LOSS", comment: maintenance}
              - {at: "+6h", action: return_to_service, alarm: "P02-S01:LINK_LOSS"}
            """
        let s = try script(text)
        #expect(s.operatorName == "alice")
        // Sorted by time: 90 s, 3 min, 15 min, 20 min, 1 h, 2 h, 4 h, 5 h, 6 h.
        #expect(s.actions.map(\.atSimSeconds) == [90, 180, 900, 1200, 3600, 7200, 14_400, 18_000, 21_600])
        #expect(s.actions.map(\.kind) == [
            .shelveOneShot, .acknowledgeGroup, .acknowledge, .shelve, .unshelve, .acknowledgeAll, .resetLatched,
            .removeFromService, .returnToService,
        ])
        #expect(s.actions[0].target == .alarm(satellite: "P01-S02", parameter: .seuRate))  // parameter case-insensitive
        #expect(s.actions[1].target == .group(.seuRate, .warning) && s.actions[1].comment == nil)
        #expect(s.actions[2] == ScriptedAlarmAction(
            atSimSeconds: 900, kind: .acknowledge, target: .alarm(satellite: "P02-S03", parameter: .modeChange),
            comment: "seen, radiator loop 2"))
        #expect(s.actions[3] == ScriptedAlarmAction(
            atSimSeconds: 1200, kind: .shelve, target: .alarm(satellite: "P01-S01", parameter: .seuRate),
            durationSeconds: 600, comment: "known"))
        #expect(s.actions[5].target == .all && s.actions[5].comment == "handover")
        #expect(s.actions[7].target == .alarm(satellite: "P02-S01", parameter: .linkLoss)
                && s.actions[7].comment == "maintenance")
        // Fleet order: P01-S01…P01-S03 are 0…2, P02-S01…P02-S03 are 3…5.
        let ids = ["P01-S01", "P01-S02", "P01-S03", "P02-S01", "P02-S02", "P02-S03"]
        let commands = s.actions.map { $0.command { ids.firstIndex(of: $0) } }
        let mode5 = AlarmKey(satellite: 5, parameter: .modeChange), seu0 = AlarmKey(satellite: 0, parameter: .seuRate)
        let link3 = AlarmKey(satellite: 3, parameter: .linkLoss)
        #expect(commands == [
            .shelveOneShot(AlarmKey(satellite: 1, parameter: .seuRate), comment: nil),
            .acknowledgeGroup(.seuRate, .warning, comment: nil),
            .acknowledge(mode5, comment: "seen, radiator loop 2"),
            .shelve(seu0, durationSeconds: 600, comment: "known"),
            .unshelve(seu0),
            .acknowledgeAll(comment: "handover"),
            .resetLatched(mode5),
            .removeFromService(link3, comment: "maintenance"),
            .returnToService(link3),
        ])
    }

    @Test func operatorNameDefaultsToScriptAndTheListMayBeAbsent() throws {
        let s = try script(Self.yaml(#"at: "+1m", action: acknowledge_all"#))
        #expect(s.operatorName == "script" && s.actions.count == 1)
        let none = try ScenarioFile.parse("shells:\n  - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 1}\n", source: "x.yaml").operatorScript
        #expect(none == OperatorScript() && none.actions.isEmpty && none.operatorName == "script")
    }

    static let errorCases: [(text: String, expected: String)] = [
        (yaml(#"at: "+5m", action: acknowlege, alarm: "P01-S01:MODE_CHANGE""#),
         "mine.yaml:4:25: operator[0].action: \"acknowlege\" is not one of acknowledge, acknowledge_all, acknowledge_group, shelve, shelve_one_shot, unshelve, reset_latched, remove_from_service, return_to_service (did you mean 'acknowledge'?)"),
        (yaml(#"at: "+5m", action: acknowledge, alarm: "P09-S01:MODE_CHANGE""#),
         "mine.yaml:4:45: operator[0].alarm: no satellite \"P09-S01\" in the fleet (ids look like P01-S01)"),
        (yaml(#"at: "+5m", action: acknowledge, alarm: "P01-S01:MODE_CHANGES""#),
         "mine.yaml:4:45: operator[0].alarm: \"MODE_CHANGES\" is not an alarm parameter (did you mean 'MODE_CHANGE'?)"),
        (yaml(#"at: "+5m", action: acknowledge_group, parameter: SEU, severity: WARNING"#),
         "mine.yaml:4:55: operator[0].parameter: \"SEU\" is not an alarm parameter; known: BATTERY_SOC, BUS_POWER_MARGIN, ACCELERATOR_TEMP, RADIATOR_TEMP, UTILIZATION_COLLAPSE, SEU_RATE, LINK_LOSS, GROUND_CONTACT_LOSS, MODE_CHANGE, PROPELLANT, MIN_SEPARATION, ROUTE_LATENCY, ROUTE_UNREACHABLE"),
        (yaml(#"at: "+5m", action: unshelve, alarm: "P01-S01""#),
         "mine.yaml:4:42: operator[0].alarm: \"P01-S01\" is not an alarm id (SATELLITE:PARAMETER, e.g. P02-S03:MODE_CHANGE)"),
        (yaml(#"at: "+5m", action: shelve, alarm: "P01-S01:MODE_CHANGE", duration: "ten minutes""#),
         "mine.yaml:4:73: operator[0].duration: \"ten minutes\" is not a duration (a number followed by s, m, h or d, at most 36525d (e.g. 90s, 15m, 2h, 1.5d))"),
        (yaml(#"at: "+5m", action: shelve, alarm: "P01-S01:MODE_CHANGE", duration: 0s"#),
         "mine.yaml:4:73: operator[0].duration: must be > 0 (how long to shelve, e.g. \"10m\")"),
        (yaml(#"at: soon, action: acknowledge_all"#),
         "mine.yaml:4:10: operator[0].at: \"soon\" is not a duration (a number followed by s, m, h or d, at most 36525d (e.g. 90s, 15m, 2h, 1.5d))"),
        (yaml(#"at: "+5m", action: acknowledge_group, parameter: SEU_RATE, severity: LOUD"#),
         "mine.yaml:4:75: operator[0].severity: \"LOUD\" is not a severity (one of WATCH, WARNING, DISTRESS, CRITICAL, SEVERE)"),
        // missing keys: reported at the item's mapping (the '{' at column 5)
        (yaml(#"at: "+5m", action: shelve, duration: 10m"#),
         "mine.yaml:4:5: operator[0]: action 'shelve' needs 'alarm' (SATELLITE:PARAMETER, e.g. P02-S03:MODE_CHANGE)"),
        (yaml(#"at: "+5m", action: reset_latched"#),
         "mine.yaml:4:5: operator[0]: action 'reset_latched' needs 'alarm' (SATELLITE:PARAMETER, e.g. P02-S03:MODE_CHANGE)"),
        (yaml(#"at: "+5m", action: shelve, alarm: "P01-S01:MODE_CHANGE""#),
         "mine.yaml:4:5: operator[0]: action 'shelve' needs 'duration' (how long to shelve, e.g. \"10m\")"),
        (yaml(#"action: acknowledge_all"#),
         "mine.yaml:4:5: operator[0]: missing key 'at' (time after the epoch, e.g. \"+15m\")"),
        (yaml(#"at: "+5m""#),
         "mine.yaml:4:5: operator[0]: missing key 'action' (one of acknowledge, acknowledge_all, acknowledge_group, shelve, shelve_one_shot, unshelve, reset_latched, remove_from_service, return_to_service)"),
        (yaml(#"at: "+5m", action: acknowledge_group, severity: WARNING"#),
         "mine.yaml:4:5: operator[0]: action 'acknowledge_group' needs 'parameter' (e.g. SEU_RATE)"),
        (yaml(#"at: "+5m", action: acknowledge_group, parameter: SEU_RATE"#),
         "mine.yaml:4:5: operator[0]: action 'acknowledge_group' needs 'severity' (e.g. WARNING)"),
        // keys the action does not take: reported at their value
        (yaml(#"at: "+5m", action: reset_latched, alarm: "P01-S01:MODE_CHANGE", comment: done"#),
         "mine.yaml:4:79: operator[0].comment: action 'reset_latched' takes no 'comment' (the journal records no comment for it)"),
        (yaml(#"at: "+5m", action: acknowledge_all, alarm: "P01-S01:MODE_CHANGE""#),
         "mine.yaml:4:49: operator[0].alarm: action 'acknowledge_all' takes no 'alarm' (it acknowledges every alarm awaiting acknowledgement)"),
        (yaml(#"at: "+5m", action: acknowledge, alarm: "P01-S01:MODE_CHANGE", duration: 10m"#),
         "mine.yaml:4:78: operator[0].duration: action 'acknowledge' takes no 'duration' (only 'shelve' has a duration)"),
        // unknown key: reported at the key
        (yaml(#"at: "+5m", action: acknowledge, alrm: "P01-S01:MODE_CHANGE""#),
         "mine.yaml:4:38: operator[0].alrm: unknown key (did you mean 'alarm'?)"),
        // the section itself
        ("shells:\n  - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 1}\noperator: ack\n",
         "mine.yaml:3:11: operator: expected a list of operator actions (lines starting with '- '), got \"ack\""),
        (yaml(#"at: "+5m", action: acknowledge_all"#, header: "operator_name: \" \"\n"),
         "mine.yaml:1:16: operator_name: must not be empty (the name journaled with every scripted action)"),
    ]

    @Test(arguments: errorCases)
    func errorsNameFileLineColumnAndKey(text: String, expected: String) {
        #expect(message(text) == expected)
    }
}
