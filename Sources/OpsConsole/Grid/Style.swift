/// What a cell means; the backend turns meanings into colours and attributes,
/// so views never name a colour.
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    case normal, header, title, border, selection, muted, columnHeader
    case ok, watch, warning, distress, critical, severe
    case running, paused
}

/// Text attributes carried alongside the role; with no colour they carry the meaning.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
    public static let blink = TextAttributes(rawValue: 1 << 4)
}

/// A cell's style: its role and extra attributes.
public struct Style: Sendable, Hashable {
    public var role: StyleRole
    public var attributes: TextAttributes

    public init(_ role: StyleRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style()
}

/// One terminal cell: a single-width character and its style.
public struct Cell: Sendable, Hashable {
    public var character: Unicode.Scalar
    public var style: Style

    public init(_ character: Unicode.Scalar = " ", style: Style = .normal) {
        self.character = character
        self.style = style
    }
}
