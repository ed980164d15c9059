internal import CNcursesw

/// Style roles mapped through a `Theme` onto ncurses colour pairs and attributes
/// at the terminal's colour depth. In monochrome, attributes alone carry the meaning.
struct Palette {
    let depth: ColorDepth
    private(set) var theme: Theme

    /// Attributes that stand in for colour on a monochrome terminal.
    private static let monochrome: [StyleRole: TextAttributes] = [
        .header: [.reverse], .title: [.reverse, .bold], .running: [.reverse, .bold], .paused: [.reverse, .bold],
        .selection: [.reverse], .columnHeader: [.underline], .warning: [.bold], .distress: [.bold],
        .critical: [.bold, .underline], .severe: [.bold, .reverse], .muted: [.dim], .station: [.bold],
        .barMuted: [.reverse, .dim], .barOK: [.reverse], .barWarning: [.reverse, .bold],
        .barCritical: [.reverse, .bold, .underline],
        .heat0: [.dim], .heat1: [.dim], .heat6: [.bold], .heat7: [.bold],
    ]

    init(depth: ColorDepth, theme: Theme) {
        self.depth = depth
        self.theme = theme
    }

    /// Defines one colour pair per role for `theme`.
    mutating func install(_ theme: Theme) {
        self.theme = theme
        guard depth != .monochrome else { return }
        for (offset, role) in StyleRole.allCases.enumerated() {
            let entry = theme.colors(for: role)
            let fg = ColorMapping.colorNumber(entry.fg, depth: depth)
            let bg = ColorMapping.colorNumber(entry.bg, depth: depth)
            _ = cnc_init_extended_pair(Int32(offset + 1), Int32(fg), Int32(bg))
        }
    }

    /// ncurses attributes and colour pair for `style`.
    func render(_ style: Style) -> (attr_t, Int32) {
        var attributes = style.attributes
        var pair: Int32 = 0
        if depth != .monochrome {
            attributes.formUnion(theme.colors(for: style.role).attributes)
            pair = Int32((StyleRole.allCases.firstIndex(of: style.role) ?? 0) + 1)
            // The selection pair already marks the row; reverse on top would undo it.
            if style.role == .selection { attributes.remove(.reverse) }
        } else {
            attributes.formUnion(Self.monochrome[style.role] ?? [])
        }
        return (Self.attr(attributes), pair)
    }

    private static func attr(_ attributes: TextAttributes) -> attr_t {
        var value = cnc_a_normal()
        if attributes.contains(.bold) { value |= cnc_a_bold() }
        if attributes.contains(.reverse) { value |= cnc_a_reverse() }
        if attributes.contains(.underline) { value |= cnc_a_underline() }
        if attributes.contains(.dim) { value |= cnc_a_dim() }
        if attributes.contains(.blink) { value |= cnc_a_blink() }
        return value
    }
}
