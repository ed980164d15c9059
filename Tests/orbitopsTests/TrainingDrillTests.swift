import Foundation
import Testing

/// Issue 5's acceptance: a headless 2 h run of the `training` scenario shows the whole
/// alarm life cycle (raise, acknowledge, clear, shelve, shelve expiry, latch, reset,
/// operator comments) in the journal and acknowledgements in `--alarm-report`. The
/// scripted operator is "drill" (see TrainingScenarioYAML.swift).
@Suite struct TrainingDrillTests {
    /// One journal row by column name.
    private struct Row {
        var cells: [String: String]
        subscript(_ name: String) -> String { cells[name] ?? "" }
    }

    /// RFC 4180 fields of one CSV line (quoted fields may hold commas and "").
    private static func fields(_ line: String) -> [String] {
        var out: [String] = [], field = "", quoted = false
        var chars = line.makeIterator()
        while let ch = chars.next() {
            if quoted {
                if ch == "\"" {
                    quoted = false
                } else {
                    field.append(ch)
                }
            } else if ch == "\"" {
                if !field.isEmpty { field.append("\"") }  // "" inside a quoted field
                quoted = true
            } else if ch == "," {
                out.append(field)
                field = ""
            } else {
                field.append(ch)
            }
        }
        out.append(field)
        return out
    }

    @Test func twoHourRunShowsTheWholeAlarmLifeCycle() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = dir.appendingPathComponent("t.sqlite").path
        let sim = try BinaryUnderTest.run([
            "simulate", "--scenario", "training", "--duration", "2h", "--every", "10m", "--telemetry", "fleet",
            "--output", dir.appendingPathComponent("x.csv").path, "--journal", journal, "--alarm-report",
        ])
        #expect(sim.status == 0, "\(sim.stderr)")
        let report = sim.stdout
        let acks = report.split(separator: "\n").first { $0.contains("acknowledgements") }
            .flatMap { $0.split(separator: " ").last }.flatMap { Int($0) }
        #expect((acks ?? 0) > 0, "\(report)")
        #expect(report.contains("time to acknowledge  mean   ") && !report.contains("time to acknowledge  mean   –"))

        let listed = try BinaryUnderTest.run(["journal", journal, "--format", "csv"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.stdout.split(separator: "\n").map(String.init)
        let names = Self.fields(try #require(lines.first))
        #expect(names == ["time_utc", "sim_time", "wall_time", "event", "alarm", "satellite", "parameter", "severity",
                          "from_state", "to_state", "value", "limit", "operator", "comment"])
        let rows = lines.dropFirst().map { Row(cells: Dictionary(uniqueKeysWithValues: zip(names, Self.fields($0)))) }
        func any(_ what: String, _ match: (Row) -> Bool) {
            let found = rows.contains(where: match)
            #expect(found, "no \(what) in the journal")
        }
        any("raise") { $0["from_state"] == "NORMAL" && $0["to_state"] == "UNACKED" && $0["operator"].isEmpty }
        any("acknowledgement") { $0["from_state"] == "UNACKED" && $0["to_state"] == "ACKED" && $0["operator"] == "drill" }
        any("clear before ack") { $0["from_state"] == "UNACKED" && $0["to_state"] == "RTN_UNACKED" }
        any("clear after ack") { $0["from_state"] == "ACKED" && $0["to_state"] == "NORMAL" && $0["operator"].isEmpty }
        any("shelve") { $0["to_state"] == "SHELVED" && $0["operator"] == "drill" }
        any("timed shelve expiry") {
            $0["from_state"] == "SHELVED" && $0["to_state"] == "UNACKED" && $0["operator"].isEmpty
        }
        any("one-shot shelve ending on clear") {
            $0["from_state"] == "SHELVED" && $0["to_state"] == "NORMAL" && $0["operator"].isEmpty
        }
        any("latch") { $0["to_state"] == "LATCHED" }
        any("latched reset") { $0["from_state"] == "LATCHED" && $0["to_state"] == "NORMAL" && $0["operator"] == "drill" }
        any("out of service") { $0["to_state"] == "OUT_OF_SERVICE" }
        any("operator comment") {
            $0["alarm"] == "P02-S03:MODE_CHANGE" && $0["to_state"] == "ACKED" && $0["comment"] == "seen, radiator loop 2"
        }
        // wall_time is ISO 8601 UTC with milliseconds.
        let iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
        #expect(!rows.isEmpty && rows.allSatisfy { $0["wall_time"].wholeMatch(of: iso) != nil })
        // time_utc too: the simulated instant (the scenario epoch plus sim_time).
        #expect(rows.allSatisfy { $0["time_utc"].wholeMatch(of: iso) != nil })
    }

    @Test func aBadOperatorActionIsAUsageErrorNamingFileLineAndKey() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("drill.yaml").path
        try """
            shells:
              - {name: s1, altitude_km: 550, inclination_deg: 53, planes: 2, per_plane: 3}
            operator:
              - {at: "+5m", action: shelve, alarm: "P01-S01:MODE_CHANGE"}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try BinaryUnderTest.run(["simulate", "--scenario", path, "--duration", "10s", "--no-journal"])
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: \(path):4:5: operator[0]: action 'shelve' needs 'duration' (how long to shelve, e.g. \"10m\")\n")
    }
}
