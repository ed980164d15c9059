internal import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw. Create, use and stop it on one thread
/// (the main thread): ncurses is not thread-safe.
public final class NcursesBackend: TerminalBackend {
    private var stopped = false
    private var palette: Palette
    /// The colour depth in use (after `NO_COLOR` and terminfo).
    public let colorDepth: ColorDepth
    /// Whether the locale's character set is UTF-8 (braille and box drawing show).
    public let isUTF8: Bool

    /// Whether the terminal reports mouse clicks and the wheel.
    public let mouseEnabled: Bool

    /// Takes over the terminal. `color` false (or `NO_COLOR` set) draws with
    /// attributes only; `mouse` false (`--no-mouse`) leaves the mouse to the terminal.
    public init(color: Bool = true, theme: Theme = .builtIn, mouse: Bool = true) {
        setlocale(LC_ALL, "")
        isUTF8 = nl_langinfo(nl_item(CODESET)).map { String(cString: $0).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" } ?? false
        initscr()
        cbreak()
        noecho()
        nonl()
        intrflush(cnc_stdscr(), false)
        keypad(cnc_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        let environment = { (name: String) in getenv(name).map { String(cString: $0) } }
        let noColor = !color || !(environment("NO_COLOR") ?? "").isEmpty || !has_colors()
        if !noColor {
            start_color()
            use_default_colors()
        }
        colorDepth = ColorDepth.detect(terminfoColors: noColor ? 0 : Int(cnc_colors()),
                                       colorTerm: environment("COLORTERM"), term: environment("TERM"), noColor: noColor)
        palette = Palette(depth: colorDepth, theme: theme)
        palette.install(theme)
        mouseEnabled = mouse && cnc_mouse_on() != 0
    }

    public func apply(theme: Theme) {
        palette.install(theme)
    }

    public var size: Size {
        Size(width: Int(cnc_getmaxx(cnc_stdscr())), height: Int(cnc_getmaxy(cnc_stdscr())))
    }

    public func readKey(timeoutMs: Int) -> Key? {
        wtimeout(cnc_stdscr(), Int32(timeoutMs))
        var code: wint_t = 0
        let result = cnc_get_wch(cnc_stdscr(), &code)
        if result == cnc_err() { return nil }
        if result == cnc_key_code_yes() {
            if Int32(code) == cnc_key_mouse() { return Self.mouseEvent() }
            return Self.functionKey(Int32(code))
        }
        return Self.characterKey(UInt32(code))
    }

    public func draw(_ changes: [CellChange], fullRedraw: Bool) {
        if fullRedraw { clearok(cnc_stdscr(), true) }
        var text: [wchar_t] = [0, 0]
        for change in changes {
            text[0] = wchar_t(bitPattern: change.cell.character.value)
            let (attributes, pair) = palette.render(change.cell.style)
            _ = cnc_put_cell(Int32(change.y), Int32(change.x), text, attributes, pair)
        }
        wrefresh(cnc_stdscr())
    }

    public func stop() {
        guard !stopped else { return }
        stopped = true
        if mouseEnabled { cnc_mouse_off() }
        curs_set(1)
        endwin()
    }

    deinit { stop() }

    /// The pending mouse event as a key (nil: a button the console does not use).
    private static func mouseEvent() -> Key? {
        var x: Int32 = 0, y: Int32 = 0
        switch cnc_get_mouse(&x, &y) {
        case 1: return .mouse(MouseEvent(.click, x: Int(x), y: Int(y)))
        case 2: return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y)))
        case 3: return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y)))
        default: return nil
        }
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_RESIZE: return .resize
        default:
            for n in 1...12 where code == cnc_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    private static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
