/// A key press, decoded from the terminal.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case function(Int)
    /// The terminal changed size.
    case resize
    /// A mouse button or wheel event (never bound in the key map; `update` reads where).
    case mouse(MouseEvent)

    /// How help and the config file name the key: `space`, `q`, `Up`, `PgDn`, `F1`.
    public var name: String {
        switch self {
        case .character(" "): return "space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .mouse: return "mouse"
        }
    }
}

extension Key {
    /// Parses a key name as the config file writes it: one character (`q`, `?`),
    /// `space`, `Up` `Down` `Left` `Right` (or ↑↓←→), `PgUp`, `PgDn`, `Home`, `End`,
    /// `Enter`, `Esc`, `Tab`, `Shift-Tab`, `Backspace`, `F1` … `F12`. Case-insensitive
    /// except for single characters.
    public init?(name: String) {
        if name.count == 1, let c = name.first, c != " " {
            switch c {
            case "↑": self = .up
            case "↓": self = .down
            case "←": self = .left
            case "→": self = .right
            default: self = .character(c)
            }
            return
        }
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
            "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace,
        ]
        let lower = name.lowercased()
        if let key = named[lower] {
            self = key
        } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            self = .function(n)
        } else {
            return nil
        }
    }
}

/// A mouse event at a screen cell (0-based column and row).
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The left button pressed (or clicked).
        case click
        case wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
