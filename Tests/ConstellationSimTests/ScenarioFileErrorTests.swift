import Foundation
import Testing
@testable import ConstellationSim

/// Each class of user error, with the exact message: file, line, column, key path and
/// what would be accepted. Lines and columns are counted by hand in the YAML below.
@Suite struct ScenarioFileErrorTests {
    /// A one-shell scenario with `extra` lines inserted into the shell (at line 4) and
    /// `header` lines before `shells:`.
    private static func yaml(header: String = "", shell extra: String = "", spacecraft: String = "") -> String {
        """
        \(header)spacecraft:
          odc-sat:\(spacecraft)
        shells:
          - name: s1
            spacecraft: odc-sat
            altitude_km: 550
            inclination_deg: 53
            planes: 4
            per_plane: 3\(extra)
        """
    }

    private func message(_ text: String) -> String { scenarioParseMessage(text) }

    @Test(arguments: [
        // unknown key, nearest known key suggested
        (yaml(shell: "\n    altitud_km: 550"), "mine.yaml:10:5: shells[0].altitud_km: unknown key (did you mean 'altitude_km'?)"),
        (yaml(header: "sed: 3\n"), "mine.yaml:1:1: sed: unknown key (did you mean 'seed'?)"),
        // wrong units
        ("shells:\n  - {altitude_km: \"550 km\", inclination_deg: 53, planes: 1, per_plane: 1}",
         "mine.yaml:2:19: shells[0].altitude_km: \"550 km\" is not a number (kilometres, e.g. 550)"),
        // wrong type
        (yaml(header: "dt_s: [10]\n"), "mine.yaml:1:7: dt_s: a list is not a number (seconds, e.g. 10)"),
        ("shells: many\n", "mine.yaml:1:9: shells: expected a list of shells (lines starting with '- '), got \"many\""),
        // negative area, efficiency above 1, SOC floor outside 0…1
        (yaml(spacecraft: "\n    array_area_m2: -5"), "mine.yaml:3:20: spacecraft.odc-sat.array_area_m2: -5 must be ≥ 0"),
        (yaml(spacecraft: "\n    cell_efficiency: 1.3"),
         "mine.yaml:3:22: spacecraft.odc-sat.cell_efficiency: 1.3 is not an efficiency: use a fraction above 0 and at most 1 (e.g. 0.95)"),
        (yaml(spacecraft: "\n    battery_soc_min: 1.5"),
         "mine.yaml:3:22: spacecraft.odc-sat.battery_soc_min: 1.5 is outside 0…1: use a fraction ≥ 0 and below 1 (e.g. 0.2)"),
        (yaml(spacecraft: "\n    radiating_sides: 3"),
         "mine.yaml:3:5: spacecraft.odc-sat: radiating_sides must be 1 or 2 (got 3)"),
        (yaml(spacecraft: "\n    throttle_c: 110"),
         "mine.yaml:3:5: spacecraft.odc-sat: shutdown_c (105.0) must be above throttle_c (110.0)"),
        // impossible orbits
        ("shells:\n  - {altitude_km: 120, inclination_deg: 53, planes: 1, per_plane: 1}",
         "mine.yaml:2:19: shells[0].altitude_km: 120 km is below 150 km, where no orbit lasts"),
        ("shells:\n  - {altitude_km: 550, inclination_deg: 53, planes: 0, per_plane: 1}",
         "mine.yaml:2:53: shells[0].planes: 0 must be ≥ 1 (planes in the shell)"),
        (yaml(shell: "\n    phasing: 4"), "mine.yaml:10:14: shells[0].phasing: 4 must be below planes (4): Walker phasing F is 0…3"),
        (yaml(shell: "\n    sun_synchronous: true"),
         "mine.yaml:7:22: shells[0].inclination_deg: give either 'inclination_deg' or 'sun_synchronous: true', not both (a sun-synchronous shell's inclination follows from its altitude)"),
        ("shells:\n  - {altitude_km: 650, sun_synchronous: true, ltan: \"25:00\", planes: 1, per_plane: 1}",
         "mine.yaml:2:53: shells[0].ltan: \"25:00\" is not a local time (HH:MM from 00:00 to 23:59, e.g. \"18:00\")"),
        ("shells:\n  - {altitude_km: 550, planes: 1, per_plane: 1}",
         "mine.yaml:2:5: shells[0]: missing key 'inclination_deg' (degrees, e.g. 53)"),
        // unknown spacecraft class
        (yaml().replacingOccurrences(of: "spacecraft: odc-sat", with: "spacecraft: odc-sta"),
         "mine.yaml:5:17: shells[0].spacecraft: unknown spacecraft class \"odc-sta\" (did you mean 'odc-sat'?)"),
        // unknown fault kind
        (yaml(header: "faults:\n  scripted:\n    - {at: \"+30m\", satellite: P03-S02, fault: radiator_lop}\n"),
         "mine.yaml:3:47: faults.scripted[0].fault: \"radiator_lop\" is not one of battery_cell, array_string, radiator_loop, laser_terminal, accelerator_board, avionics (did you mean 'radiator_loop'?)"),
        (yaml(header: "faults:\n  scripted:\n    - {at: \"+30m\", satellite: P09-S07, fault: radiator_loop}\n"),
         "mine.yaml:3:31: faults.scripted[0].satellite: no satellite \"P09-S07\" in the shells (ids look like P01-S01)"),
        (yaml(header: "faults:\n  scripted:\n    - {at: \"soon\", satellite: P03-S02, fault: radiator_loop}\n"),
         "mine.yaml:3:12: faults.scripted[0].at: \"soon\" is not a duration (a number followed by s, m, h or d, at most 36525d (e.g. 90s, 15m, 2h, 1.5d))"),
        // bad epoch
        (yaml(header: "epoch: 2026-13-01T00:00:00Z\n"),
         "mine.yaml:1:8: epoch: \"2026-13-01T00:00:00Z\" is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-06-21T00:00:00Z)"),
        (yaml(header: "epoch: 2026-02-30T00:00:00Z\n"),
         "mine.yaml:1:8: epoch: \"2026-02-30T00:00:00Z\" is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-06-21T00:00:00Z)"),
        // alarms
        (yaml(header: "alarms:\n  BATTERY_SCO: {low_warning: 35}\n"),
         "mine.yaml:2:3: alarms.BATTERY_SCO: neither an alarm parameter nor a spacecraft class (did you mean 'BATTERY_SOC'?)"),
        (yaml(header: "alarms:\n  odc-sat:\n    BATTERY_SOC: {low_warning: 20, low_critical: 25}\n"),
         "mine.yaml:3:50: alarms.odc-sat.BATTERY_SOC.low_critical: 25 must be at or below low_warning (20)"),
        // duplicate keys, not YAML at all
        (yaml(shell: "\n    name: s2"), "mine.yaml:4:5: duplicate key name in one mapping"),
        ("shells: [\n", "mine.yaml:2:1: not valid YAML: did not find expected node content"),
    ])
    func errorNamesFileLineKeyAndWhatIsAccepted(text: String, expected: String) {
        #expect(message(text) == expected)
    }

    @Test func omittedKeysTakeTheModelDefaults() throws {
        let scenario = try ScenarioFile.parse(Self.yaml(), source: "mine.yaml")
        #expect(scenario.spacecraft == [SpacecraftClass()])
        #expect(scenario.dtSeconds == 10 && scenario.seed == 1 && scenario.durationSeconds == 86_400)
        #expect(scenario.workload == WorkloadSpec())
        #expect(scenario.radiation == RadiationParameters())
        #expect(scenario.faults == FaultPlan())
        #expect(scenario.environment == .allOn)
        #expect(scenario.links == InterSatelliteLinkParameters())
        #expect(scenario.name == "mine")
    }

    @Test func alarmOverridesApplyFlatThenPerClass() throws {
        let text = """
        spacecraft:
          a: {}
          b: {}
        shells:
          - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2, spacecraft: b}
        alarms:
          b:
            BATTERY_SOC: {low_warning: 40}
          BATTERY_SOC: {low_warning: 35, low_critical: 25}
          RADIATOR_TEMP: {high_warning: ~, warning_severity: WATCH}
        """
        let classes = try ScenarioFile.parse(text, source: "a.yaml").spacecraft
        #expect(classes[0].limits[.batterySOC].lowWarning == 35)
        #expect(classes[0].limits[.batterySOC].lowCritical == 25)
        #expect(classes[1].limits[.batterySOC].lowWarning == 40)  // per class wins over flat
        #expect(classes[1].limits[.batterySOC].lowCritical == 25)
        #expect(classes[0].limits[.radiatorTemp].highWarning == .infinity)
        #expect(classes[0].limits[.radiatorTemp].highCritical == 90)  // untouched default
        #expect(classes[0].limits[.radiatorTemp].warningSeverity == .watch)
        #expect(classes[0].limits[.acceleratorTemp] == LimitSet.default[.acceleratorTemp])
    }

    @Test func catalogErrorsNameTheCatalogFileAndLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Line 2 of 00005 from the verification set with its checksum digit changed 7 → 8.
        let tle = """
        1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753
        2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413668

        """
        try tle.write(to: directory.appendingPathComponent("sats.tle"), atomically: true, encoding: .utf8)
        let scenario = "catalogs:\n  - {file: sats.tle}\n"
        try scenario.write(to: directory.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        do {
            _ = try ScenarioFile.load(path: directory.appendingPathComponent("s.yaml").path)
            Issue.record("a bad checksum must fail")
        } catch {
            #expect(error.line == 2 && error.keyPath == "catalogs[0].file")
            #expect(error.message.hasPrefix("sats.tle:2: column 69 (checksum): "))
            #expect(error.message.hasSuffix("(set 'skip_invalid: true' to skip bad element sets)"))
        }
        let skipping = "catalogs:\n  - {file: sats.tle, skip_invalid: true}\nshells:\n"
            + "  - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 1}\n"
        try skipping.write(to: directory.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        #expect(try ScenarioFile.load(path: directory.appendingPathComponent("s.yaml").path).satelliteCount == 1)
    }
}
