/// A colour as 8-bit red, green and blue.
public struct RGB: Sendable, Hashable, CustomStringConvertible {
    public var r: UInt8, g: UInt8, b: UInt8

    public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// Parses `#rrggbb` (or `rrggbb`).
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        self.init(UInt8(value >> 16), UInt8((value >> 8) & 0xff), UInt8(value & 0xff))
    }

    public var description: String {
        "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// The colour `fraction` of the way from `self` to `other`.
    public func mixed(with other: RGB, _ fraction: Double) -> RGB {
        let f = min(1, max(0, fraction))
        let mix = { (a: UInt8, b: UInt8) in UInt8((Double(a) + (Double(b) - Double(a)) * f).rounded()) }
        return RGB(mix(r, other.r), mix(g, other.g), mix(b, other.b))
    }
}

/// A theme colour: an RGB value, or the terminal's own default.
public enum ThemeColor: Sendable, Hashable {
    case terminalDefault
    case rgb(RGB)
}

/// The semantic colour keys of a theme file.
public enum ThemeKey: String, Sendable, Hashable, CaseIterable {
    case background, foreground, border, title, selection, muted
    case ok, watch, warning, distress, critical, severe
    /// Optional: the header and footer bar, and text on it.
    case header
    case headerText = "header-text"

    /// Keys a theme file must set.
    public static let required: [ThemeKey] = allCases.filter { $0 != .header && $0 != .headerText }
}

/// A colour theme: semantic colours plus a 1–3 colour gradient for meters,
/// heatmaps and graphs. Views never name colours; the backend maps style roles
/// through the theme to what the terminal can show.
public struct Theme: Sendable, Hashable {
    public var name: String
    /// Where it came from: a file path, or `built-in`.
    public var source: String
    public var colors: [ThemeKey: ThemeColor]
    public var gradient: [RGB]
    /// The terminal background the theme is made for (nil: any).
    public var variant: ThemeBackground?

    public init(name: String, source: String, colors: [ThemeKey: ThemeColor], gradient: [RGB],
                variant: ThemeBackground? = nil) {
        self.variant = variant
        self.name = name
        self.source = source
        self.colors = colors
        self.gradient = gradient
    }

    public func color(_ key: ThemeKey) -> ThemeColor {
        if let color = colors[key] { return color }
        switch key {
        case .header: return colors[.background] ?? .terminalDefault
        case .headerText: return colors[.foreground] ?? .terminalDefault
        default: return .terminalDefault
        }
    }

    /// The gradient colour at `fraction` (0…1), linear between the stops.
    public func gradientColor(_ fraction: Double) -> RGB {
        guard let first = gradient.first else { return RGB(255, 255, 255) }
        guard gradient.count > 1 else { return first }
        let position = min(1, max(0, fraction)) * Double(gradient.count - 1)
        let i = min(gradient.count - 2, Int(position))
        return gradient[i].mixed(with: gradient[i + 1], position - Double(i))
    }

    /// Foreground, background and extra attributes of a style role.
    public func colors(for role: StyleRole) -> (fg: ThemeColor, bg: ThemeColor, attributes: TextAttributes) {
        let bg = color(.background), bar = color(.header)
        switch role {
        case .normal: return (color(.foreground), bg, [])
        case .header: return (color(.headerText), bar, [])
        case .title: return (color(.title), bar, [.bold])
        case .border: return (color(.border), bg, [])
        case .selection: return (color(.foreground), color(.selection), [])
        case .muted: return (color(.muted), bg, [])
        case .columnHeader: return (color(.border), bg, [.bold])
        case .ok, .land: return (color(.ok), bg, [])
        case .watch: return (color(.watch), bg, [])
        case .warning: return (color(.warning), bg, [.bold])
        case .distress: return (color(.distress), bg, [.bold])
        case .critical: return (color(.critical), bg, [.bold])
        case .severe: return (color(.headerText), color(.severe), [.bold])
        case .running: return (color(.ok), bar, [.bold])
        case .paused: return (color(.warning), bar, [.bold])
        case .barMuted: return (color(.muted), bar, [])
        case .barOK: return (color(.ok), bar, [])
        case .barWarning: return (color(.warning), bar, [.bold])
        case .barCritical: return (color(.critical), bar, [.bold])
        case .track, .station: return (color(.title), bg, [])
        case .heat0, .heat1, .heat2, .heat3, .heat4, .heat5, .heat6, .heat7:
            return (.rgb(gradientColor(Double(role.heatLevel ?? 0) / 7)), bg, [])
        }
    }
}
