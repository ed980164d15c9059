/// A malformed element set, named by its source, line, columns and field.
///
/// Its `description` reads like a compiler message:
/// `sats.tle:14: column 19-32 (epoch): "2x001.5" is not a number`.
public struct TLEParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is (lets callers and tests tell a checksum from a field error).
    public enum Kind: Sendable, Hashable {
        case checksum
        case lineNumber
        case lineLength
        case missingLine
        case field
        case catalogNumberMismatch
        case characterSet
    }

    public var kind: Kind
    /// The file name (or other label) the text came from.
    public var source: String
    /// The 1-based line number in the source.
    public var line: Int
    /// The 1-based column range of the field, if the problem is in one field.
    public var columns: ClosedRange<Int>?
    /// The field's name, e.g. "epoch", "checksum".
    public var field: String?
    /// What is wrong and what would be accepted.
    public var message: String

    public init(kind: Kind, source: String, line: Int, columns: ClosedRange<Int>? = nil,
                field: String? = nil, message: String) {
        self.kind = kind
        self.source = source
        self.line = line
        self.columns = columns
        self.field = field
        self.message = message
    }

    public var description: String {
        var text = "\(source):\(line): "
        if let columns {
            text += columns.count == 1 ? "column \(columns.lowerBound)" : "column \(columns.lowerBound)-\(columns.upperBound)"
            if let field { text += " (\(field))" }
            text += ": "
        } else if let field {
            text += "\(field): "
        }
        return text + message
    }
}

/// Everything read from a TLE text: the good element sets and one error per bad one,
/// in file order, so a caller can skip invalid sets with a warning or stop at the first.
public struct TLEParseResult: Sendable {
    public var elementSets: [ElementSet]
    public var errors: [TLEParseError]
    /// The 1-based line number of each element set's line 1, parallel to `elementSets`.
    public var lineNumbers: [Int]
    /// The text after column 69 of each line 2, parallel to `elementSets` (the
    /// verification file keeps start, stop and step minutes there); empty if none.
    public var line2Trailers: [String]
}
