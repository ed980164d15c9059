/// How many colours the terminal shows, best first.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable {
    case truecolor, xterm256 = "256", ansi16 = "16", ansi8 = "8", monochrome

    /// Picks the depth from what terminfo reports (`COLORS`, via ncurses) and the
    /// environment. Truecolor needs a direct-colour terminfo entry (`COLORS` ≥ 2²⁴,
    /// e.g. `TERM=xterm-direct`): ncurses cannot send 24-bit colours otherwise, so
    /// `COLORTERM=truecolor` alone still yields 256 colours there.
    public static func detect(terminfoColors: Int, colorTerm: String?, term: String?, noColor: Bool) -> ColorDepth {
        if noColor || terminfoColors < 8 { return .monochrome }
        if terminfoColors >= 1 << 24 { return .truecolor }
        if terminfoColors >= 256 { return .xterm256 }
        if terminfoColors >= 16 || (term ?? "").contains("16color") { return .ansi16 }
        return .ansi8
    }
}

/// Nearest-colour mapping from RGB to the xterm palettes.
public enum ColorMapping {
    /// The xterm default 16 colours (indices 0…15).
    public static let ansi16: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0), RGB(0, 0, 238), RGB(205, 0, 205),
        RGB(0, 205, 205), RGB(229, 229, 229), RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0),
        RGB(255, 255, 0), RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]
    /// Channel levels of the xterm 6×6×6 cube (indices 16…231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let dr = Int(a.r) - Int(b.r), dg = Int(a.g) - Int(b.g), db = Int(a.b) - Int(b.b)
        return dr * dr + dg * dg + db * db
    }

    /// The nearest of the 256 xterm colours among the cube (16…231) and the grey
    /// ramp (232…255: 8 + 10 k); the 16 system colours vary between terminals and
    /// are not used.
    public static func nearest256(_ c: RGB) -> Int {
        let level = { (v: UInt8) in cubeLevels.indices.min { abs(cubeLevels[$0] - Int(v)) < abs(cubeLevels[$1] - Int(v)) } ?? 0 }
        let (ri, gi, bi) = (level(c.r), level(c.g), level(c.b))
        let cube = RGB(UInt8(cubeLevels[ri]), UInt8(cubeLevels[gi]), UInt8(cubeLevels[bi]))
        let average = (Int(c.r) + Int(c.g) + Int(c.b)) / 3
        let greyIndex = min(23, max(0, (average - 3) / 10))
        let greyValue = UInt8(8 + 10 * greyIndex)
        let grey = RGB(greyValue, greyValue, greyValue)
        return distance(c, grey) < distance(c, cube) ? 232 + greyIndex : 16 + 36 * ri + 6 * gi + bi
    }

    /// The nearest of the first `count` (16 or 8) xterm system colours.
    public static func nearestANSI(_ c: RGB, count: Int = 16) -> Int {
        ansi16.prefix(count).indices.min { distance(c, ansi16[$0]) < distance(c, ansi16[$1]) } ?? 7
    }

    /// The ncurses colour number for `color` at `depth` (-1: the terminal's default).
    public static func colorNumber(_ color: ThemeColor, depth: ColorDepth) -> Int {
        guard case .rgb(let c) = color else { return -1 }
        switch depth {
        case .truecolor: return Int(c.r) << 16 | Int(c.g) << 8 | Int(c.b)
        case .xterm256: return nearest256(c)
        case .ansi16: return nearestANSI(c)
        case .ansi8: return nearestANSI(c, count: 8)
        case .monochrome: return -1
        }
    }
}
