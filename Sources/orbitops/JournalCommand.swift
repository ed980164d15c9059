import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops journal PATH`: lists the alarm transitions of a journal, or its KPIs.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "List the alarm transitions and operator commands recorded in a journal, or print its KPIs.",
        discussion: """
            Columns: \(JournalListing.columnNames.joined(separator: ",")). time_utc is the simulated \
            instant (ISO 8601 UTC, the scenario epoch plus sim_time), sim_time the same in seconds \
            since the scenario start, wall_time the UTC instant the row was written; event is the \
            transition's cause (ACTIVATED, ACKNOWLEDGED…) or the operator command with its arguments \
            (SHELVE P01-S03 SEU_RATE for 30m, inject fault radiator_loop on P02-S03…); value and limit \
            in the parameter's unit (the table rounds them to 2 decimals; csv and jsonl keep full precision).
            """)

    @Argument(help: "The journal file (.sqlite).")
    var path: String

    @Option(help: "Only rows at or after this time: a duration back from the end of the journal (2h: the last two hours) or a UTC instant (2026-01-01T06:00:00Z).")
    var since: String?

    @Option(help: "Only rows at or before this time: a duration back from the end of the journal (30m) or a UTC instant.")
    var until: String?

    @Option(help: "Only transitions of at least this severity: watch, warning, distress, critical or severe (commands are left out).")
    var severity: String?

    @Option(help: "Only transitions of, and commands on, this satellite id (e.g. P03-S07).")
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
        let session = try reader.sessions().last
        if let since { filter.sinceSimSeconds = try seconds(since, option: "--since", session: session) }
        if let until { filter.untilSimSeconds = try seconds(until, option: "--until", session: session) }
        let transitions = try reader.rows(filter)
        let commands = filter.minimumSeverity == nil ? try reader.commands(filter) : []
        let rows = JournalListing.rows(transitions: transitions, commands: commands, epoch: session?.epoch)
        var out = ""
        JournalTableWriter(format: format).write(rows, into: &out)
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    /// A `--since`/`--until` value as simulated seconds: a duration back from the end of
    /// the journal's last session, or a UTC instant against its epoch.
    private func seconds(_ text: String, option: String, session: AlarmJournalSession?) throws -> Double {
        if let back = DurationText.seconds(text) {
            let end = session.map { $0.endSimSeconds ?? $0.startSimSeconds } ?? 0
            return end - back
        }
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = iso.date(from: text) ?? fractional.date(from: text) else {
            throw UsageError("\(option) '\(text)' is neither a duration back from the end of the journal "
                             + "(\(DurationText.accepted)) nor an ISO 8601 UTC instant (2026-01-01T06:00:00Z)")
        }
        guard let epoch = session?.epoch else {
            throw UsageError("\(option) '\(text)': the journal records no scenario epoch; use a duration")
        }
        return JulianDate(date).seconds(since: epoch)
    }
}

/// `--format` of `orbitops journal`.
enum JournalFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, jsonl
}
