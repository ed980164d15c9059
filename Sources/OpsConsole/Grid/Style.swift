/// What a cell means; the backend turns meanings into colours and attributes,
/// so views never name a colour.
public enum StyleRole: String, Sendable, Hashable, CaseIterable {
    case normal, header, title, border, selection, muted, columnHeader
    case ok, watch, warning, distress, critical, severe
    case running, paused
    /// Text on the header and footer bar (the bar's background, the role's colour).
    case barMuted, barOK, barWarning, barCritical
    /// Map layers.
    case land, track, station
    /// Eight steps of the theme's gradient, low to high, for heatmaps and density.
    case heat0, heat1, heat2, heat3, heat4, heat5, heat6, heat7

    /// The gradient step for `fraction` in 0…1.
    public static func heat(_ fraction: Double) -> StyleRole {
        let steps: [StyleRole] = [.heat0, .heat1, .heat2, .heat3, .heat4, .heat5, .heat6, .heat7]
        guard fraction.isFinite else { return .heat0 }
        return steps[min(7, max(0, Int(fraction * 8)))]
    }

    /// 0…7 for the heat roles, nil otherwise.
    public var heatLevel: Int? {
        switch self {
        case .heat0: return 0
        case .heat1: return 1
        case .heat2: return 2
        case .heat3: return 3
        case .heat4: return 4
        case .heat5: return 5
        case .heat6: return 6
        case .heat7: return 7
        default: return nil
        }
    }
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
