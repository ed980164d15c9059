import ConstellationSim
import Foundation

/// Renders journal rows as an aligned table, CSV (RFC 4180 quoting) or JSON lines
/// (numbers as numbers, empty cells as null), with `AlarmJournalRow.columnNames`. CSV and
/// JSON keep full precision (`AlarmJournalRow.columnValues`); the table rounds value and
/// limit to 2 decimals (`tableColumnValues`). wall_time is ISO 8601 UTC in every format.
struct JournalTableWriter {
    let format: JournalFormat

    /// Columns holding numbers (written bare in JSON); wall_time is an ISO 8601 string.
    private static let numeric: Set<String> = ["sim_time", "value", "limit"]

    func write(_ rows: [AlarmJournalRow], into out: inout String) {
        let names = AlarmJournalRow.columnNames
        switch format {
        case .csv:
            out += names.joined(separator: ",") + "\n"
            for row in rows { out += row.columnValues.map(TelemetryEncoder.csvField).joined(separator: ",") + "\n" }
        case .jsonl:
            for row in rows {
                let fields = zip(names, row.columnValues).map { name, value in
                    let json = value.isEmpty ? "null" : Self.numeric.contains(name) ? value : TelemetryEncoder.jsonString(value)
                    return "\(TelemetryEncoder.jsonString(name)):\(json)"
                }
                out += "{" + fields.joined(separator: ",") + "}\n"
            }
        case .table:
            let cells = [names.map { $0.uppercased() }] + rows.map(\.tableColumnValues)
            var widths = Array(repeating: 0, count: names.count)
            for line in cells { for (i, c) in line.enumerated() { widths[i] = max(widths[i], c.count) } }
            for line in cells {
                let padded = line.enumerated().map { i, c in
                    i == line.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
                }
                out += padded.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            }
        }
    }

}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
