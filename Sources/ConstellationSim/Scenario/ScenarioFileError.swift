import Foundation

/// A problem in a scenario file, named like a compiler message:
/// `mine.yaml:14:16: shells[0].altitude_km: "550 km" is not a number (kilometres, e.g. 550)`.
public struct ScenarioFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name (or label) the YAML came from.
    public var file: String
    /// 1-based line of the offending node, when known.
    public var line: Int?
    /// 1-based column (Unicode scalars) of the offending node, when known.
    public var column: Int?
    /// Where in the document: `shells[0].altitude_km`; empty for the whole file.
    public var keyPath: String
    /// What is wrong and what would be accepted.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, keyPath: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        text += ": "
        if !keyPath.isEmpty { text += keyPath + ": " }
        // One line even when the message quotes a multi-line value (found by fuzzing).
        return (text + message).replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }
}
