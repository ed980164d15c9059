import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops journal PATH`: lists the alarm transitions of a journal, or its KPIs.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "List the alarm transitions recorded in an alarm journal, or print its KPIs.",
        discussion: """
            Columns: \(AlarmJournalRow.columnNames.joined(separator: ",")). sim_time is simulated \
            seconds since the scenario start, wall_time the UTC instant the row was written \
            (ISO 8601, e.g. 2026-11-22T03:44:18.039Z), value and limit in the parameter's unit \
            (the table rounds them to 2 decimals; csv and jsonl keep full precision).
            """)

    @Argument(help: "The journal file (.sqlite).")
    var path: String

    @Option(help: "Only transitions at or after this simulated time: a duration since the scenario start (2h) or a UTC instant (2026-01-01T06:00:00Z).")
    var since: String?

    @Option(help: "Only transitions of at least this severity: watch, warning, distress, critical or severe.")
    var severity: String?

    @Option(help: "Only transitions of this satellite id (e.g. P03-S07).")
    var satellite: String?

    @Option(help: "Output format: table, csv or jsonl.")
    var format: JournalFormat = .table

    @Flag(help: "Print the ISA-18.2 KPIs of the last session instead of the transitions.")
    var kpis = false

    func run() throws {
        let reader: AlarmJournalReader
        do {
            reader = try AlarmJournalReader(path: path)
        } catch let error as AlarmJournalError {
            throw UsageError(error.description)
        } catch {
            throw UsageError("not an OrbitOps alarm journal: \(path)")
        }
        do {
            try show(reader)
        } catch let error as AlarmJournalError {
            throw UsageError(error.description)  // a damaged cell: bad input, exit 2
        }
    }

    /// Prints the KPIs or the rows asked for.
    private func show(_ reader: AlarmJournalReader) throws {
        if kpis {
            print(try reader.kpis().report(), terminator: "")
            return
        }
        var filter = AlarmJournalFilter(satellite: satellite, includeCommands: false)
        if let severity {
            guard let level = AlarmSeverity(displayName: severity) else {
                throw UsageError("--severity '\(severity)' is not a severity: use watch, warning, distress, critical or severe")
            }
            filter.minimumSeverity = level
        }
        if let since { filter.sinceSimSeconds = try sinceSeconds(since, reader: reader) }
        let rows = try reader.rows(filter)
        var out = ""
        JournalTableWriter(format: format).write(rows, into: &out)
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// `--since` as simulated seconds: a duration, or a UTC instant against the epoch of
    /// the journal's last session.
    private func sinceSeconds(_ text: String, reader: AlarmJournalReader) throws -> Double {
        if let seconds = DurationText.seconds(text) { return seconds }
        let iso = ISO8601DateFormatter()
        guard let date = iso.date(from: text) else {
            throw UsageError("--since '\(text)' is neither a duration (\(DurationText.accepted)) nor an ISO 8601 UTC instant")
        }
        guard let epoch = try reader.sessions().last?.epoch else {
            throw UsageError("--since '\(text)': the journal records no scenario epoch; use a duration")
        }
        return JulianDate(date).seconds(since: epoch)
    }
}

/// `--format` of `orbitops journal`.
enum JournalFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, jsonl
}
