internal import CNcursesw

/// Style roles mapped onto ncurses colour pairs and attributes: the standard
/// dark palette on the terminal's own background, in the 8 basic colours every
/// colour terminal has. Without colour, attributes alone carry the meaning.
struct Palette {
    let enabled: Bool

    /// Foreground and background per role; -1 is the terminal's default.
    private static let colors: [StyleRole: (fg: Int32, bg: Int32, attributes: TextAttributes)] = [
        .normal: (-1, -1, []),
        .header: (Int32(COLOR_WHITE), Int32(COLOR_BLUE), []),
        .title: (Int32(COLOR_YELLOW), Int32(COLOR_BLUE), [.bold]),
        .border: (Int32(COLOR_CYAN), -1, []),
        .selection: (Int32(COLOR_BLACK), Int32(COLOR_CYAN), []),
        .muted: (Int32(COLOR_WHITE), -1, [.dim]),
        .columnHeader: (Int32(COLOR_CYAN), -1, [.bold]),
        .ok: (Int32(COLOR_GREEN), -1, []),
        .watch: (Int32(COLOR_CYAN), -1, []),
        .warning: (Int32(COLOR_YELLOW), -1, [.bold]),
        .distress: (Int32(COLOR_MAGENTA), -1, [.bold]),
        .critical: (Int32(COLOR_RED), -1, [.bold]),
        .severe: (Int32(COLOR_WHITE), Int32(COLOR_RED), [.bold]),
        .running: (Int32(COLOR_GREEN), Int32(COLOR_BLUE), [.bold]),
        .paused: (Int32(COLOR_YELLOW), Int32(COLOR_BLUE), [.bold]),
    ]

    /// Attributes that stand in for colour on a monochrome terminal.
    private static let monochrome: [StyleRole: TextAttributes] = [
        .header: [.reverse], .title: [.reverse, .bold], .running: [.reverse, .bold], .paused: [.reverse, .bold],
        .selection: [.reverse], .columnHeader: [.underline], .warning: [.bold], .distress: [.bold],
        .critical: [.bold, .underline], .severe: [.bold, .reverse], .muted: [.dim],
    ]

    func install() {
        guard enabled else { return }
        start_color()
        use_default_colors()
        for (offset, role) in StyleRole.allCases.enumerated() {
            let entry = Self.colors[role] ?? (-1, -1, [])
            init_pair(Int16(offset + 1), Int16(entry.fg), Int16(entry.bg))
        }
    }

    /// ncurses attributes and colour pair for `style`.
    func render(_ style: Style) -> (attr_t, Int32) {
        var attributes = style.attributes
        var pair: Int32 = 0
        if enabled {
            attributes.formUnion(Self.colors[style.role]?.attributes ?? [])
            pair = Int32((StyleRole.allCases.firstIndex(of: style.role) ?? 0) + 1)
            // The selection pair already inverts; reverse on top would undo it.
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
