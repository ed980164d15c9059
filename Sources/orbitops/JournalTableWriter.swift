import ConstellationSim
import Foundation

/// Renders journal rows as an aligned table, CSV (RFC 4180 quoting) or JSON lines
/// (numbers as numbers, empty cells as null), with `JournalListing.columnNames`. CSV and
/// JSON keep full precision; the table rounds value and limit to 2 decimals. time_utc
/// and wall_time are ISO 8601 UTC in every format.
struct JournalTableWriter {
    let format: JournalFormat

    func write(_ rows: [JournalListing.Row], into out: inout String) {
        let names = JournalListing.columnNames
        switch format {
        case .csv:
            out += names.joined(separator: ",") + "\n"
            for row in rows { out += row.cells.map(TelemetryEncoder.csvField).joined(separator: ",") + "\n" }
        case .jsonl:
            for row in rows {
                let fields = zip(names, row.cells).map { name, value in
                    let json = value.isEmpty ? "null"
                        : JournalListing.numeric.contains(name) ? value : TelemetryEncoder.jsonString(value)
                    return "\(TelemetryEncoder.jsonString(name)):\(json)"
                }
                out += "{" + fields.joined(separator: ",") + "}\n"
            }
        case .table:
            let cells = [names.map { $0.uppercased() }] + rows.map(\.tableCells)
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
