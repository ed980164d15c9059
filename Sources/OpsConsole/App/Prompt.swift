import ConstellationSim

/// A one-line text input in the footer. Keys typed into it are text, not actions:
/// Enter submits, Esc cancels, Backspace deletes the last character, Ctrl-U clears. Confirmations
/// take `y` (yes) or `n` / Esc (no).
public struct Prompt: Sendable, Hashable {
    /// What the prompt is for.
    public enum Kind: Sendable, Hashable {
        /// Acknowledge the selected alarm line with a comment.
        case comment
        /// Shelve the selected alarm line for a duration (`30m`).
        case shelveDuration
        /// The fleet table's filter.
        case filter
        /// Jump to a satellite by id.
        case jump
        /// Search the event log (view 7).
        case eventSearch
        /// Confirm acknowledging every unacknowledged visible line.
        case confirmAcknowledgeAll
        /// Confirm injecting a fault on many satellites.
        case confirmFaults(FaultKind, satellites: [Int])
        /// The alarm list's filter.
        case alarmFilter
        /// Pick one of the satellites an id names in several shells (a digit).
        case pickSatellite([SatelliteCandidate])
    }

    public var kind: Kind
    public var text: String

    /// Ctrl-U as the terminal sends it: clears the line (as in a shell), never text.
    public static let clearLine: Character = "\u{15}"

    public init(_ kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    /// Whether the prompt takes y/n rather than text.
    public var isConfirmation: Bool {
        switch kind {
        case .confirmAcknowledgeAll, .confirmFaults, .pickSatellite: return true
        case .comment, .shelveDuration, .filter, .jump, .eventSearch, .alarmFilter: return false
        }
    }

    /// The question shown before the text.
    public func label(visibleUnacknowledged: Int) -> String {
        switch kind {
        case .comment: return "ack comment: "
        case .shelveDuration: return "shelve for (e.g. 30m, 2h): "
        case .filter: return "filter: "
        case .jump: return "jump to id: "
        case .eventSearch: return "search events: "
        case .confirmAcknowledgeAll:
            return "acknowledge \(visibleUnacknowledged) visible unacknowledged line(s)? y/n "
        case .confirmFaults(let kind, let satellites):
            return "inject \(kind.consoleName) on \(satellites.count) satellites? y/n "
        case .alarmFilter: return "filter alarms: "
        case .pickSatellite(let candidates):
            let choices = candidates.prefix(9).enumerated().map { "\($0.offset + 1) \($0.element.id)" }
            return "in \(candidates.count) shells: " + choices.joined(separator: "  ") + "  (digit, Esc) "
        }
    }
}

extension FaultKind {
    /// The name the console shows (`radiator_loop`).
    public var consoleName: String {
        switch self {
        case .batteryCell: return "battery_cell"
        case .arrayString: return "array_string"
        case .radiatorLoop: return "radiator_loop"
        case .laserTerminal: return "laser_terminal"
        case .acceleratorBoard: return "accelerator_board"
        case .avionics: return "avionics"
        }
    }
}

/// What an alarm-list line acts on.
public enum AlarmTarget: Sendable, Hashable {
    case alarm(AlarmKey, AlarmState)
    /// A flood group, with the keys of the members the snapshot carried.
    case group(AlarmGroupID, members: [AlarmKey], memberCount: Int, unacknowledged: Int)

    public init(_ line: AlarmListLine) {
        switch line {
        case .alarm(let e): self = .alarm(e.key, e.state)
        case .group(let g):
            self = .group(AlarmGroupID(g.parameter, g.severity, g.causeClass), members: g.members.map(\.key),
                          memberCount: g.memberCount, unacknowledged: g.unacknowledgedCount)
        }
    }

    var needsAcknowledgement: Bool {
        switch self {
        case .alarm(_, let state): return state.needsAcknowledgement
        case .group(_, _, _, let unacked): return unacked > 0
        }
    }
}

/// A group line's identity, for expanding it.
public struct AlarmGroupID: Sendable, Hashable {
    public var parameter: AlarmParameter
    public var severity: AlarmSeverity
    /// The cause class (MODE_CHANGE groups): the engine's group acknowledge covers a
    /// parameter and severity, so such groups are acknowledged member by member.
    public var causeClass: AlarmCauseClass?
    public init(_ parameter: AlarmParameter, _ severity: AlarmSeverity, _ causeClass: AlarmCauseClass? = nil) {
        self.parameter = parameter
        self.severity = severity
        self.causeClass = causeClass
    }
}

/// What the console reads from each snapshot for `update` (pure: the loop builds it).
public struct FrameData: Sendable, Hashable {
    public var simSeconds: Double = 0
    public var paused = true
    public var unacknowledged = 0
    /// The alarm-list window on screen: its first line and targets, and the whole list's length.
    public var alarmFirstLine = 0
    public var alarmTargets: [AlarmTarget] = []
    public var alarmLineTotal = 0
    /// Ticks in one orbit of the selected satellite (nil: unknown), and its period, s.
    public var orbitStepTicks: Int?
    public var orbitSeconds: Double?
    public var selectedID: String?
    /// The fleet index of `selectedID`'s satellite (the snapshot may lag the selection a frame).
    public var selectedIndex: Int?
    public var filterMatchCount: Int?
    public var filterMatches: [Int] = []
    public var lookup: SatelliteLookup?
    public var maximumShelveSeconds: Double = 8 * 3600
    /// Catalog objects (not ours) in the run: bounds the Catalog view's scrolling.
    public var catalogObjectCount = 0
    /// Characters of the fleet's longest id and shell name (column widths).
    public var longestIDLength = 0
    public var longestShellName = 0
    /// Where `ViewRequest.alarmFocus` is in the list now (line, and member of its group).
    public var alarmFocusLine: Int?
    public var alarmFocusMember: Int?
    /// Ids of the satellites the alarm window names, for confirmations.
    public var alarmNames: [Int: String] = [:]
    /// Watched routes (known while the latency view is shown).
    public var routeCount = 0

    public init() {}

    /// The console's view of `snapshot`.
    public init(_ s: FleetSnapshot) {
        simSeconds = s.simSeconds
        paused = s.runState == .paused
        unacknowledged = s.alarms.summary.unacknowledged
        alarmFirstLine = s.alarms.firstLine
        alarmTargets = s.alarms.lines.map(AlarmTarget.init)
        alarmLineTotal = s.alarms.lineCount
        routeCount = s.latency?.routeCount ?? 0
        if let period = s.selectedOrbit?.periodSeconds, period.isFinite, s.dtSeconds > 0 {
            orbitStepTicks = max(1, Int(min(1e9, (period / s.dtSeconds).rounded())))
            orbitSeconds = period
        }
        selectedID = s.selected?.id
        selectedIndex = s.selected?.index
        filterMatchCount = s.filterMatchCount
        filterMatches = s.filterMatches
        lookup = s.lookup
        maximumShelveSeconds = s.maximumShelveSeconds
        catalogObjectCount = s.catalogObjectCount
        longestIDLength = s.longestIDLength
        longestShellName = max(s.longestGroupNameLength, s.shellNames.map(\.unicodeScalars.count).max() ?? 0)
        alarmFocusLine = s.alarms.focusLine
        alarmFocusMember = s.alarms.focusMember
        alarmNames = s.alarmSatelliteIDs
    }
}
