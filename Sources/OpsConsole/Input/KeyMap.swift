/// What an operator can ask the console to do, independent of the key bound to it.
/// The raw value is the action's name in the config file's `keys:` section.
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
    case overview = "view-overview"
    case map = "view-map"
    case constellation = "view-constellation"
    case alarms = "view-alarms"
    case detail = "view-satellite"
    case plots = "view-plots"
    case events = "view-events"
    case latency = "view-latency"
    case catalog = "view-catalog"
    case nextView = "next-view"
    case previousView = "previous-view"
    case previousShell = "previous-shell"
    case nextShell = "next-shell"
    case cycleMetric = "metric"
    case cycleTheme = "theme"
    case chooseColumns = "columns"
    case sortNext = "sort"
    case sortReverse = "sort-reverse"
    case acknowledge = "ack"
    case acknowledgeAll = "ack-all"
    case acknowledgeWithComment = "ack-comment"
    case shelve = "shelve"
    case unshelve = "unshelve"
    case resetLatched = "reset"
    case expand = "expand"
    case filter = "filter"
    case nextMatch = "next-match"
    case jump = "jump"
    case pin = "pin"
    case clear = "clear"
    case injectFault = "inject-fault"
    case stepOrbit = "step-orbit"
    case rewindBack = "rewind"
    case rewindForward = "rewind-forward"
    case help = "help"
    case quit = "quit"

    /// What help says the action does.
    public var summary: String {
        switch self {
        case .togglePause: return "pause / resume the simulation"
        case .stepTick: return "step one tick (while paused)"
        case .speedUp: return "faster (×1 … ×10000, MAX)"
        case .speedDown: return "slower"
        case .moveUp: return "select previous satellite / alarm"
        case .moveDown: return "select next satellite / alarm"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .first: return "first satellite"
        case .last: return "last satellite"
        case .overview: return "view 1: overview (fleet table)"
        case .map: return "view 2: world map"
        case .constellation: return "view 3: constellation heatmap"
        case .alarms: return "view 4: alarms"
        case .detail: return "view 5: selected satellite"
        case .plots: return "view 6: plots (history charts)"
        case .events: return "view 7: event log (journal)"
        case .latency: return "view 8: route latency"
        case .catalog: return "view 0: catalog objects (not ours)"
        case .nextView: return "next view"
        case .previousView: return "previous view"
        case .previousShell: return "previous shell / shorter plot"
        case .nextShell: return "next shell / longer plot"
        case .cycleMetric: return "heatmap metric / plots: fleet"
        case .cycleTheme: return "next theme for this background"
        case .chooseColumns: return "choose table columns"
        case .sortNext: return "sort table: next column (▲▼)"
        case .sortReverse: return "sort table: reverse"
        case .acknowledge: return "alarms: acknowledge selected line"
        case .acknowledgeAll: return "alarms: ack all visible (y/n)"
        case .acknowledgeWithComment: return "alarms: acknowledge with a comment"
        case .shelve: return "alarms: shelve for a duration (30m)"
        case .unshelve: return "alarms: unshelve"
        case .resetLatched: return "alarms: reset latched"
        case .expand: return "alarms: expand / collapse a group"
        case .filter: return "filter table or alarm list"
        case .nextMatch: return "next filtered satellite"
        case .jump: return "jump to a satellite by id"
        case .pin: return "pin / unpin the satellite"
        case .clear: return "clear / back to live"
        case .injectFault: return "inject a fault (menu)"
        case .stepOrbit: return "step one orbit (while paused)"
        case .rewindBack: return "rewind: time bar, back in time"
        case .rewindForward: return "rewind: forward (to live at the end)"
        case .help: return "show / hide this help"
        case .quit: return "quit"
        }
    }

    /// The view a number-key action opens.
    var view: ConsoleView? {
        switch self {
        case .overview: return .overview
        case .map: return .map
        case .constellation: return .constellation
        case .alarms: return .alarms
        case .detail: return .detail
        case .plots: return .plots
        case .events: return .events
        case .latency: return .latency
        case .catalog: return .catalog
        default: return nil
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
        .home: .first,
        .end: .last, .character("G"): .last,
        .character("1"): .overview, .character("2"): .map, .character("3"): .constellation,
        .character("4"): .alarms, .character("5"): .detail,
        .character("6"): .plots, .character("7"): .events, .character("8"): .latency, .character("0"): .catalog,
        .tab: .nextView, .backTab: .previousView,
        .character("["): .previousShell, .character("]"): .nextShell,
        .character("m"): .cycleMetric,
        .character("t"): .cycleTheme, .character("C"): .chooseColumns,
        .character("o"): .sortNext, .character("O"): .sortReverse,
        .character("?"): .help, .function(1): .help,
        .character("q"): .quit,
        .character("a"): .acknowledge, .character("A"): .acknowledgeAll, .character("c"): .acknowledgeWithComment,
        .character("s"): .shelve, .character("u"): .unshelve, .character("r"): .resetLatched, .enter: .expand,
        .character("/"): .filter, .character("n"): .nextMatch, .character("g"): .jump, .escape: .clear,
        .character("p"): .pin,
        .character("f"): .injectFault, .character(">"): .stepOrbit,
        .character("b"): .rewindBack, .left: .rewindBack, .right: .rewindForward,
    ])

    public func action(for key: Key) -> ConsoleAction? { bindings[key] }

    /// The keys bound to `action`, in a stable order for help.
    public func keys(for action: ConsoleAction) -> [Key] {
        bindings.filter { $0.value == action }.map(\.key).sorted { $0.name < $1.name }
    }

    /// This map with `action` bound to exactly `keys`. Throws when one of the keys
    /// already triggers another action.
    public func rebinding(_ action: ConsoleAction, to keys: [Key]) throws(KeyBindingConflict) -> KeyMap {
        var copy = self
        copy.bindings = copy.bindings.filter { $0.value != action }
        for key in keys {
            if let other = copy.bindings[key], other != action {
                throw KeyBindingConflict(key: key, first: other, second: action)
            }
            copy.bindings[key] = action
        }
        return copy
    }
}

/// Two actions bound to one key.
public struct KeyBindingConflict: Error, Sendable, Hashable, CustomStringConvertible {
    public var key: Key
    public var first: ConsoleAction
    public var second: ConsoleAction

    public var description: String {
        "key '\(key.name)' is bound to both '\(first.rawValue)' and '\(second.rawValue)'; bind '\(first.rawValue)' to another key too"
    }
}
