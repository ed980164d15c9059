import ConstellationSim
import Foundation
import Testing

/// `orbitops journal`: columns, filters, formats and exit codes, on a journal written by
/// `orbitops simulate` into which known transitions are inserted with the sqlite3 CLI.
/// Expected outputs are worked out by hand from those rows.
@Suite struct JournalCommandTests {
    static let header = "time_utc,sim_time,wall_time,event,alarm,satellite,parameter,severity,from_state,to_state,value,limit,operator,comment"

    /// Three transitions and one command (not listed): battery WARNING at 10 s, radiator
    /// CRITICAL at 4000 s, acknowledged by alice at 5000 s.
    private func makeJournal(in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("j.sqlite").path
        let sim = try BinaryUnderTest.run([
            "simulate", "--duration", "30s", "--every", "10s", "--output", "/dev/null", "--journal", path,
        ])
        #expect(sim.status == 0, "\(sim.stderr)")
        // The run's own transitions are cleared: the rows below are the whole journal.
        let insert = try sqlite(path, """
            DELETE FROM event;
            INSERT INTO event (session_id, tick, sim_time, wall_time, kind, event, alarm, satellite, parameter,
                severity, severity_rank, from_state, to_state, value, limit_value, operator, comment) VALUES
            (1, 1, 10, 1700000000.5, 'transition', 'ACTIVATED', 'P01-S02:BATTERY_SOC', 'P01-S02', 'BATTERY_SOC',
                'WARNING', 1, 'NORMAL', 'UNACKED', 25.5, 30, NULL, NULL),
            (1, 400, 4000, 1700000001, 'transition', 'ACTIVATED', 'P02-S01:RADIATOR_TEMP', 'P02-S01',
                'RADIATOR_TEMP', 'CRITICAL', 3, 'NORMAL', 'UNACKED', 95, 90, NULL, NULL),
            (1, 500, 5000, 1700000002, 'command', 'ACK', 'P02-S01:RADIATOR_TEMP', 'P02-S01', 'RADIATOR_TEMP',
                NULL, NULL, NULL, NULL, NULL, NULL, 'alice', 'on it, really'),
            (1, 500, 5000, 1700000002, 'transition', 'ACKNOWLEDGED', 'P02-S01:RADIATOR_TEMP', 'P02-S01',
                'RADIATOR_TEMP', 'CRITICAL', 3, 'UNACKED', 'ACKED', 95, 90, 'alice', 'on it, really');
            UPDATE session SET end_sim_time = 6000;
            """)
        #expect(insert.status == 0, "\(insert.err)")
        return path
    }

    private func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func csvListsTransitionsWithTheDocumentedColumns() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try makeJournal(in: dir)
        let r = try BinaryUnderTest.run(["journal", path, "--format", "csv"])
        #expect(r.status == 0)
        // time_utc: the default scenario's epoch (2026-06-21T00:00:00Z) plus sim_time.
        #expect(lines(r.stdout) == [
            Self.header,
            "2026-06-21T00:00:10.000Z,10,2023-11-14T22:13:20.500Z,ACTIVATED,P01-S02:BATTERY_SOC,P01-S02,BATTERY_SOC,WARNING,NORMAL,UNACKED,25.5,30,,",
            "2026-06-21T01:06:40.000Z,4000,2023-11-14T22:13:21.000Z,ACTIVATED,P02-S01:RADIATOR_TEMP,P02-S01,RADIATOR_TEMP,CRITICAL,NORMAL,UNACKED,95,90,,",
            "2026-06-21T01:23:20.000Z,5000,2023-11-14T22:13:22.000Z,ACKNOWLEDGED,P02-S01:RADIATOR_TEMP,P02-S01,RADIATOR_TEMP,CRITICAL,UNACKED,ACKED,95,90,alice,\"on it, really\"",
        ])
    }

    @Test(arguments: [
        (["--severity", "critical"], [4000, 5000]),
        (["--severity", "WARNING"], [10, 4000, 5000]),
        (["--satellite", "P01-S02"], [10]),
        // Durations count back from the end of the journal (6000 s): 1h = from 2400 s.
        (["--since", "1h"], [4000, 5000]),
        (["--since", "1h", "--satellite", "P01-S02"], []),
        (["--since", "99m"], [4000, 5000]),
        (["--until", "20m"], [10, 4000]),
        (["--since", "5000s", "--until", "1000s"], [4000, 5000]),
    ])
    func filtersSelectRows(arguments: [String], simTimes: [Int]) throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try makeJournal(in: dir)
        let r = try BinaryUnderTest.run(["journal", path, "--format", "csv"] + arguments)
        #expect(r.status == 0)
        #expect(lines(r.stdout).dropFirst().map { Int($0.split(separator: ",")[1]) } == simTimes)
    }

    @Test func sinceAcceptsAUTCInstantAgainstTheScenarioEpoch() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try makeJournal(in: dir)
        let jd = try #require(Double(try sqlite(path, "SELECT epoch_jd FROM session").out))
        // Unix time of a Julian date: (JD − 2440587.5) × 86400; then 4500 s after the epoch.
        let instant = Date(timeIntervalSince1970: (jd - 2_440_587.5) * 86_400 + 4_500)
        let iso = ISO8601DateFormatter().string(from: instant)
        let r = try BinaryUnderTest.run(["journal", path, "--format", "csv", "--since", iso])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(lines(r.stdout).dropFirst().map { $0.split(separator: ",")[1] } == ["5000"])
    }

    /// Operator commands are listed with their arguments among the transitions, in time
    /// order; --severity leaves them out, --satellite keeps the ones on that satellite.
    @Test func commandsAreListedWithTheirArguments() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try makeJournal(in: dir)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json(_ c: EngineCommand) throws -> String {
            String(decoding: try encoder.encode(c), as: UTF8.self).replacingOccurrences(of: "'", with: "''")
        }
        let fault = try json(.injectFault(satellite: 4, kind: .radiatorLoop))
        let shelve = try json(.alarm(.shelve(AlarmKey(satellite: 10, parameter: .radiatorTemp), durationSeconds: 1800,
                                             comment: "known")))
        let insert = try sqlite(path, """
            INSERT INTO command (session_id, tick, sim_time, wall_time, kind, command, operator, digest, satellite) VALUES
            (1, 301, 3000, 1700000003, 'inject_fault', '\(fault)', 'bob', '', 'P01-S05'),
            (1, 401, 4000, 1700000004, 'alarm', '\(shelve)', 'alice', '', 'P02-S01');
            """)
        #expect(insert.status == 0, "\(insert.err)")
        let r = try BinaryUnderTest.run(["journal", path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = lines(r.stdout)
        #expect(out.count == 6)
        #expect(out[2] == "2026-06-21T00:50:00.000Z,3000,2023-11-14T22:13:23.000Z,inject fault radiator_loop on P01-S05,,"
            + "P01-S05,,,,,,,bob,")
        // The shelve at 4000 s acts after the transition written at 4000 s.
        #expect(out[3].hasPrefix("2026-06-21T01:06:40.000Z,4000,2023-11-14T22:13:21.000Z,ACTIVATED,"))
        #expect(out[4] == "2026-06-21T01:06:40.000Z,4000,2023-11-14T22:13:24.000Z,\"SHELVE P02-S01 RADIATOR_TEMP for 30m \"\"known\"\"\","
            + ",P02-S01,RADIATOR_TEMP,,,,,,alice,known")
        let critical = try BinaryUnderTest.run(["journal", path, "--format", "csv", "--severity", "critical"])
        #expect(lines(critical.stdout).count == 3, "commands have no severity")
        let one = try BinaryUnderTest.run(["journal", path, "--format", "csv", "--satellite", "P01-S05"])
        #expect(lines(one.stdout).dropFirst().map { $0.split(separator: ",")[3] } == ["inject fault radiator_loop on P01-S05"])
    }

    @Test func simulateSaysWhereTheJournalIs() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("where.sqlite").path
        let r = try BinaryUnderTest.run(["simulate", "--duration", "20s", "--output", "/dev/null", "--journal", path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("orbitops: journal: \(path)\n"))
        let none = try BinaryUnderTest.run(["simulate", "--duration", "20s", "--output", "/dev/null", "--no-journal"])
        #expect(!none.stderr.contains("journal:"))
    }

    @Test func jsonlWritesNumbersAsNumbersAndEmptyAsNull() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try makeJournal(in: dir)
        let r = try BinaryUnderTest.run(["journal", path, "--format", "jsonl"])
        #expect(r.status == 0)
        let objects = try lines(r.stdout).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 3)
        #expect(Set(objects[0].keys) == Set(Self.header.split(separator: ",").map(String.init)))
        #expect(objects[0]["value"] as? Double == 25.5 && objects[0]["sim_time"] as? Double == 10)
        #expect(objects[0]["operator"] is NSNull && objects[2]["operator"] as? String == "alice")
        #expect(objects[2]["comment"] as? String == "on it, really")
    }

    @Test func tableAlignsColumnsUnderAnUppercaseHeader() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try makeJournal(in: dir)
        let r = try BinaryUnderTest.run(["journal", path])
        let out = lines(r.stdout)
        #expect(r.status == 0 && out.count == 4)
        #expect(out[0].hasPrefix("TIME_UTC                  SIM_TIME  WALL_TIME     "))
        // time_utc and wall_time in ISO 8601 UTC; value and limit rounded to 2 decimals.
        #expect(out[1].hasPrefix("2026-06-21T00:00:10.000Z  10        2023-11-14T22:13:20.500Z  ACTIVATED     P01-S02:BATTERY_SOC"))
        #expect(out[1].contains("  25.50  30.00"))
        // The ALARM column starts at the same offset on every line.
        let offsets = out.compactMap { line -> Int? in
            guard let r = line.range(of: line == out[0] ? "ALARM" : "P0") else { return nil }
            return line.distance(from: line.startIndex, to: r.lowerBound)
        }
        #expect(offsets.count == 4 && Set(offsets).count == 1)
    }

    @Test func kpisAreRecomputedFromTheTransitions() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try makeJournal(in: dir)
        let r = try BinaryUnderTest.run(["journal", path, "--kpis"])
        #expect(r.status == 0)
        // Two annunciations (NORMAL → UNACKED); one acknowledgement 5000 − 4000 = 1000 s
        // = 16.7 min after its annunciation.
        #expect(r.stdout.contains("alarms total                2\n"))
        #expect(r.stdout.contains("acknowledgements            1\n"))
        #expect(r.stdout.contains("mean   16.7 min"))
    }

    @Test(arguments: [
        (["journal", "/nonexistent/j.sqlite"], "alarm journal not found"),
        (["journal", "NOTAJOURNAL"], "not an OrbitOps alarm journal"),
        (["journal", "JOURNAL", "--severity", "loud"], "--severity 'loud'"),
        (["journal", "JOURNAL", "--since", "yesterday"], "--since 'yesterday'"),
        (["journal", "JOURNAL", "--until", "5"], "--until '5' is neither a duration"),
        (["simulate", "--duration", "1"], "--duration '1' is not a duration: it has no unit; use a number followed by s, m, h or d"),
        (["simulate", "--duration", "1h", "--every", "60"], "--every '60' is not a duration"),
        (["journal", "JOURNAL", "--format", "xml"], "xml"),
        (["simulate", "--duration", "10s", "--journal", "x.sqlite", "--no-journal"], "exclude each other"),
    ])
    func badInputExitsTwoWithOneLine(arguments: [String], message: String) throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notJournal = dir.appendingPathComponent("notes.txt").path
        try "not sqlite\n".write(toFile: notJournal, atomically: true, encoding: .utf8)
        let journal = arguments.contains("JOURNAL") ? try makeJournal(in: dir) : ""
        let args = arguments.map { $0 == "NOTAJOURNAL" ? notJournal : $0 == "JOURNAL" ? journal : $0 }
        let r = try BinaryUnderTest.run(args)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(lines(r.stderr).count == 1)
    }

    @Test func alarmReportGoesToStderrBesideTelemetryOnStdoutElseToStdout() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let toStdout = try BinaryUnderTest.run([
            "simulate", "--duration", "20s", "--every", "10s", "--no-journal", "--alarm-report",
        ])
        #expect(toStdout.status == 0)
        #expect(toStdout.stdout.hasPrefix("time_utc,") && !toStdout.stdout.contains("ALARM KPIs"))
        #expect(toStdout.stderr.contains("ALARM KPIs  sim 0 s … 20 s"))
        let file = dir.appendingPathComponent("t.csv").path
        let toFile = try BinaryUnderTest.run([
            "simulate", "--duration", "20s", "--every", "10s", "--no-journal", "--alarm-report", "--output", file,
        ])
        #expect(toFile.status == 0 && toFile.stdout.hasPrefix("ALARM KPIs  sim 0 s … 20 s"))
        #expect(!toFile.stderr.contains("ALARM KPIs"))
    }

    @Test func defaultJournalGoesUnderXDGStateHome() throws {
        let dir = try journalTestDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Spawn.run("/usr/bin/env", [
            "XDG_STATE_HOME=\(dir.path)", BinaryUnderTest.path, "simulate", "--duration", "20s", "--every", "10s",
            "--output", "/dev/null",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("orbitops").path)
        #expect(files.count == 1)
        let name = try #require(files.first)
        // journal-YYYYMMDDTHHMMSSZ.sqlite
        #expect(name.range(of: #"^journal-\d{8}T\d{6}Z\.sqlite$"#, options: .regularExpression) != nil, "\(name)")
    }
}
