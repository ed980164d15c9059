import Foundation
import Testing

/// The real binary in a real (tmux) terminal, driven by keys as an operator would.
@Suite(.serialized) struct ConsoleEndToEndTests {
    let binary = BinaryUnderTest.path

    @Test func pauseStepSpeedHelpAndQuit() throws {
        let tmux = try TmuxSession("\(binary) console --paused", width: 120, height: 40)
        #expect(tmux.waitFor("PAUSED").ok)
        #expect(tmux.waitFor("2026-06-21 00:00:00 UTC").ok)
        #expect(tmux.waitFor("P01-S01").ok)

        try tmux.send(".")
        #expect(tmux.waitFor("2026-06-21 00:00:10 UTC").ok, "'.' steps exactly one 10 s tick")

        try tmux.send("Space")
        #expect(tmux.waitFor("RUNNING").ok)
        try tmux.send("Space")
        #expect(tmux.waitFor("PAUSED").ok)

        try tmux.send("+")
        #expect(tmux.waitFor("×20").ok, "'+' moves ×10 to ×20")

        try tmux.send("?")
        #expect(tmux.waitFor("step one tick (while paused)").ok)
        try tmux.send("Escape")
        #expect(tmux.waitFor("help closes") { !$0.joined().contains("step one tick") }.ok)

        try tmux.send("q")
        #expect(tmux.waitForExit(), "'q' quits")
    }

    @Test func satellitesMoveWhileRunning() throws {
        let tmux = try TmuxSession("\(binary) console --speed max", width: 100, height: 30)
        let first = tmux.waitFor("first row") { $0.contains { $0.hasPrefix(" sso-650/P01-S01") } }
        #expect(first.ok)
        let row = first.screen.first { $0.hasPrefix(" sso-650/P01-S01") } ?? ""
        #expect(tmux.waitFor("the first row to change") { screen in
            screen.contains { $0.hasPrefix(" sso-650/P01-S01") && $0 != row }
        }.ok)
        // At 100 columns a flood leaves no room for the tick rate; 200 columns show every field.
        try tmux.resize(width: 200, height: 30)
        #expect(tmux.waitFor(" t/s").ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func navigationMovesTheSelection() throws {
        let tmux = try TmuxSession("\(binary) console --paused", width: 100, height: 30)
        #expect(tmux.waitFor("P01-S01").ok)
        try tmux.send("End")
        #expect(tmux.waitFor("i53-550/P36-S22").ok)
        try tmux.send("Home")
        #expect(tmux.waitFor("P01-S01").ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func survivesResizeAndSaysWhenTooSmall() throws {
        let tmux = try TmuxSession("\(binary) console --paused", width: 100, height: 30)
        #expect(tmux.waitFor("SATELLITE").ok)
        try tmux.resize(width: 60, height: 20)
        #expect(tmux.waitFor("terminal too small: need 80×24, have 60×20").ok)
        try tmux.resize(width: 140, height: 45)
        #expect(tmux.waitFor("back to the table") { screen in
            screen.contains { $0.contains("SATELLITE") } && !screen.contains { $0.contains("too small") }
        }.ok)
        // The table fills the new height: header, summary, titles, 41 rows, footer (the last of 41 rows = plane 3, slot 1 of 20).
        #expect(tmux.waitFor("sso-650/P03-S01").ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }
}

@Suite struct CommandLineTests {
    @Test func consoleRefusesWithoutATerminal() throws {
        let result = try BinaryUnderTest.run(["console"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("orbitops simulate"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func simulateWritesOneRowPerSatellitePerInterval() throws {
        let result = try BinaryUnderTest.run(["simulate", "--duration", "2m", "--every", "60s"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first.map(String.init) == "time_utc,sim_s,sat,lat_deg,lon_deg,alt_km,lit,solar_w,load_w,battery_soc,temp_accel_c,"
            + "temp_radiator_c,utilization,mode,seu_total,ground_contact,isl_up,heater_w,propellant_kg")
        #expect(lines.count == 1 + 3 * (12 * 20 + 36 * 22))  // 1,032 satellites sampled at 0, 60 and 120 s
        #expect(lines[1].hasPrefix("2026-06-21T00:00:00.000Z,0,sso-650/P01-S01,"))
        #expect(lines.last?.hasPrefix("2026-06-21T00:02:00.000Z,120,i53-550/P36-S22,") == true)
    }

    @Test func simulateWritesJSONLines() throws {
        let result = try BinaryUnderTest.run(["simulate", "--duration", "10s", "--every", "10s", "--format", "jsonl"])
        #expect(result.status == 0)
        let first = try #require(result.stdout.split(separator: "\n").first)
        let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        #expect(object?["sat"] as? String == "sso-650/P01-S01")
        #expect(object?["sim_s"] as? Int == 0)
    }

    @Test(arguments: [
        (["simulate", "--duration", "2x"], "--duration '2x' is not a duration"),
        (["simulate", "--duration", "1h", "--every", "15s"], "not a whole multiple of the scenario tick"),
        (["simulate", "--duration", "1h", "--format", "xml"], "'xml' is invalid for '--format"),
        (["console", "--speed", "0"], "--speed '0' is not a speed"),
        (["--no-such-flag"], "Unknown option '--no-such-flag'"),
    ])
    func badInputIsOneLineAndExitCode2(arguments: [String], message: String) throws {
        let result = try BinaryUnderTest.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test func helpExitsZero() throws {
        let result = try BinaryUnderTest.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("simulate"))
    }
}

@Suite struct OutputFileTests {
    @Test func outputToADeviceLeavesTheDeviceInPlace() throws {
        // Writing telemetry to /dev/null must not replace the device with a file.
        let result = try BinaryUnderTest.run(["simulate", "--duration", "10s", "--output", "/dev/null", "--no-journal"])
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test func unwritableOutputIsExitCode2() throws {
        let result = try BinaryUnderTest.run(["simulate", "--duration", "10s", "--output", "/no/such/dir/x.csv", "--no-journal"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write --output file '/no/such/dir/x.csv'"))
    }
}
