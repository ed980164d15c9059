import ConstellationSim
import Foundation
import OpsConsole

/// The rows `orbitops journal` lists: alarm transitions and operator commands (with
/// their arguments: fault injections, shelve durations, comments…), merged in time order
/// (a command stamped at tick T acts after tick T − 1's transitions at the same time).
struct JournalListing {
    /// Column names, in order.
    static let columnNames = [
        "time_utc", "sim_time", "wall_time", "event", "alarm", "satellite", "parameter", "severity",
        "from_state", "to_state", "value", "limit", "operator", "comment",
    ]
    /// Columns holding numbers (bare in JSON lines).
    static let numeric: Set<String> = ["sim_time", "value", "limit"]

    /// One line: its full-precision cells and the table's (value and limit rounded).
    struct Row {
        var simSeconds: Double
        var isCommand: Bool
        var cells: [String]
        var tableCells: [String]
    }

    /// Transitions `transitions` and commands `commands` as rows, times in UTC against
    /// `epoch` (the scenario start; without it time_utc is empty).
    static func rows(transitions: [AlarmJournalRow], commands: [JournalEvent], epoch: JulianDate?) -> [Row] {
        func utc(_ seconds: Double) -> String { epoch.map { $0.adding(seconds: seconds).iso8601 } ?? "" }
        var out = transitions.map { t -> Row in
            let v = t.columnValues, table = t.tableColumnValues
            // columnValues: sim_time, wall_time, alarm … comment; the event (cause) goes after wall_time.
            let cells = [utc(t.simSeconds)] + v[0..<2] + [t.event] + v[2...]
            let tableCells = [utc(t.simSeconds)] + table[0..<2] + [t.event] + table[2...]
            return Row(simSeconds: t.simSeconds, isCommand: false, cells: cells, tableCells: tableCells)
        }
        for c in commands {
            guard case .command(let command, let kind, let satellite) = c.what else { continue }
            var parameter = "", severity = ""
            if case .alarm(let action)? = command {
                parameter = action.key?.parameter.displayName ?? ""
                if case .acknowledgeGroup(let p, let s, _) = action {
                    parameter = p.displayName
                    severity = s.displayName
                }
            }
            let cells = [
                utc(c.simSeconds), AlarmJournalRow.number(c.simSeconds), AlarmJournalRow.iso8601(unixSeconds: c.wallTime),
                CommandText.describe(command, kind: kind, satellite: satellite), "", satellite ?? "", parameter, severity,
                "", "", "", "", c.operatorName ?? "", c.comment ?? "",
            ]
            out.append(Row(simSeconds: c.simSeconds, isCommand: true, cells: cells, tableCells: cells))
        }
        // Stable: each source is already in write order.
        return out.enumerated().sorted { a, b in
            if a.element.simSeconds != b.element.simSeconds { return a.element.simSeconds < b.element.simSeconds }
            if a.element.isCommand != b.element.isCommand { return !a.element.isCommand }
            return a.offset < b.offset
        }.map(\.element)
    }
}
