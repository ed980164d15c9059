/// What an operator can ask the console to do, independent of the key bound to it.
public enum ConsoleAction: String, Sendable, Hashable, CaseIterable {
    case togglePause = "pause"
    case stepTick = "step"
    case speedUp = "faster"
    case speedDown = "slower"
    case moveUp = "up"
    case moveDown = "down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case first = "first"
    case last = "last"
    case help = "help"
    case quit = "quit"

    /// What help says the action does.
    public var summary: String {
        switch self {
        case .togglePause: return "pause / resume the simulation"
        case .stepTick: return "step one tick (while paused)"
        case .speedUp: return "faster (×1 … ×10000, MAX)"
        case .speedDown: return "slower"
        case .moveUp: return "select previous satellite"
        case .moveDown: return "select next satellite"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .first: return "first satellite"
        case .last: return "last satellite"
        case .help: return "show / hide this help"
        case .quit: return "quit"
        }
    }
}

/// Key bindings: each key triggers at most one action; an action may have several keys.
public struct KeyMap: Sendable, Hashable {
    public private(set) var bindings: [Key: ConsoleAction]

    public init(bindings: [Key: ConsoleAction]) {
        self.bindings = bindings
    }

    public static let standard = KeyMap(bindings: [
        .character(" "): .togglePause,
        .character("."): .stepTick,
        .character("+"): .speedUp,
        .character("="): .speedUp,
        .character("-"): .speedDown,
        .up: .moveUp, .character("k"): .moveUp,
        .down: .moveDown, .character("j"): .moveDown,
        .pageUp: .pageUp,
        .pageDown: .pageDown,
        .home: .first, .character("g"): .first,
        .end: .last, .character("G"): .last,
        .character("?"): .help, .function(1): .help,
        .character("q"): .quit,
    ])

    public func action(for key: Key) -> ConsoleAction? { bindings[key] }

    /// The keys bound to `action`, in a stable order for help.
    public func keys(for action: ConsoleAction) -> [Key] {
        bindings.filter { $0.value == action }.map(\.key).sorted { $0.name < $1.name }
    }
}
