import Foundation

/// How telemetry is written: comma-separated with a header, or one JSON object a line.
public enum TelemetryFormat: String, Sendable, CaseIterable {
    case csv
    case jsonl
}

/// Writes rows of named columns as CSV or JSON lines into a text sink, buffered.
public struct TelemetryEncoder {
    public let format: TelemetryFormat
    public let columns: [String]
    private var buffer = ""
    private let sink: (String) throws -> Void

    public init(format: TelemetryFormat, columns: [String], sink: @escaping (String) throws -> Void) {
        self.format = format
        self.columns = columns
        self.sink = sink
        buffer.reserveCapacity(1 << 16)
        if format == .csv { buffer += columns.joined(separator: ",") + "\n" }
    }

    /// A cell value: a number is written bare, text quoted where the format needs it.
    public enum Value {
        case number(String)
        case text(String)
        /// No value: an empty CSV field, JSON `null`.
        case missing
    }

    /// Appends one row; values in column order.
    public mutating func append(_ values: [Value]) throws {
        precondition(values.count == columns.count, "row has \(values.count) values for \(columns.count) columns")
        switch format {
        case .csv:
            for (i, value) in values.enumerated() {
                if i > 0 { buffer += "," }
                switch value {
                case .number(let n): buffer += n
                case .text(let t): buffer += Self.csvField(t)
                case .missing: break
                }
            }
        case .jsonl:
            buffer += "{"
            for (i, value) in values.enumerated() {
                if i > 0 { buffer += "," }
                buffer += "\"\(columns[i])\":"
                switch value {
                case .number(let n): buffer += n
                case .text(let t): buffer += Self.jsonString(t)
                case .missing: buffer += "null"
                }
            }
            buffer += "}"
        }
        buffer += "\n"
        if buffer.utf8.count >= 1 << 16 { try flush() }
    }

    /// Hands everything buffered to the sink.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// `text` as one CSV field: quoted (quotes doubled) when it holds a comma, quote or line break.
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` as a JSON string literal, control characters escaped.
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
