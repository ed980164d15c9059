import ConstellationSim

/// What the console needs from the engine.
public protocol EngineLink: Sendable {
    func send(_ command: EngineCommand)
    func setView(_ request: ViewRequest)
    func latestSnapshot() -> (version: UInt64, snapshot: FleetSnapshot?)
    /// Archives these satellites every tick (the selected and pinned ones); see `EngineHost.archiveEveryTick`.
    func archiveEveryTick(_ satellites: [Int])
    /// Shows the past after `tick` (nil: live); see `EngineHost.rewind(to:)`.
    func rewind(to tick: UInt64?)
    /// The newest snapshot of the past; never blocks.
    func latestPastSnapshot() -> (version: UInt64, snapshot: FleetSnapshot?)
    /// How far back a rewind reaches.
    func rewindStatus() -> RewindStatus
}

extension EngineLink {
    /// An engine without an archive ignores the selection and the pins.
    public func archiveEveryTick(_ satellites: [Int]) {}
    /// An engine without a history cannot rewind (`rewindStatus` says so).
    public func rewind(to tick: UInt64?) {}
    public func latestPastSnapshot() -> (version: UInt64, snapshot: FleetSnapshot?) { (0, nil) }
    public func rewindStatus() -> RewindStatus { RewindStatus() }
}

extension EngineHost: EngineLink {}

/// The console's one synchronous loop, on the thread that owns the terminal:
/// key → action → update → commands; newest snapshot → grid → changed cells.
public final class ConsoleLoop {
    private let backend: any TerminalBackend
    private let engine: any EngineLink
    public private(set) var state: AppState
    private var previous: Grid?
    private var drawnVersion: UInt64 = .max
    private var drawnState: AppState?
    /// Frame interval while the simulation runs, and while it is paused.
    private let runningFrameMs: Int
    private let pausedFrameMs = 200
    /// The themes `t` cycles through; the state holds the index.
    private let themes: [Theme]
    /// Draw ASCII only (no braille, box drawing or other non-ASCII characters).
    private let ascii: Bool
    /// The satellites last handed to `archiveEveryTick` (nil: none yet).
    private var archived: [Int]?
    /// The past last asked of the engine (nil: live).
    private var requestedRewind: UInt64?
    /// Reads the event log (view 7) from the journal off this thread (nil: no journal).
    private let eventLog: JournalEventService?
    private var drawnEventVersion: UInt64 = .max

    public init(backend: any TerminalBackend, engine: any EngineLink, keyMap: KeyMap = .standard,
                framesPerSecond: Int = 20, themes: [Theme] = [.builtIn], themeIndex: Int = 0, ascii: Bool = false,
                eventLog: JournalEventService? = nil,
                columns: [TableColumn]? = nil, terminalBackground: ThemeBackground = .dark,
                journalOpenFailure: String? = nil) {
        self.backend = backend
        self.eventLog = eventLog
        self.engine = engine
        self.themes = themes.isEmpty ? [.builtIn] : themes
        self.ascii = ascii
        self.state = AppState(size: backend.size, keyMap: keyMap)
        state.themeNames = self.themes.map(\.name)
        state.themeBackgrounds = self.themes.map(\.variant)
        state.terminalBackground = terminalBackground
        if let columns { state.columns = columns }
        state.journalOpenFailure = journalOpenFailure
        state.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        self.runningFrameMs = max(10, 1000 / max(1, framesPerSecond))
    }

    /// Runs until the operator quits or `shouldStop` says so; restores the terminal.
    public func run(shouldStop: () -> Bool = { TerminationSignals.pending != nil }) {
        defer { backend.stop() }
        engine.setView(state.viewRequest)
        while !state.quitRequested && !shouldStop() {
            frame()
        }
    }

    /// One frame: waits for input up to the frame interval, then draws if anything changed.
    public func frame() {
        let paused = engine.latestSnapshot().snapshot?.runState != .running
        var key = backend.readKey(timeoutMs: paused ? pausedFrameMs : runningFrameMs)
        var forceFull = false
        let themeBefore = state.themeIndex
        while let pressed = key {
            if pressed == .resize {
                send(update(&state, .resized(backend.size)))
                forceFull = true
            } else {
                send(update(&state, .keyPressed(pressed)))
            }
            if state.quitRequested { return }
            key = backend.readKey(timeoutMs: 0)
        }
        if state.themeIndex != themeBefore {
            backend.apply(theme: themes[state.themeIndex])
            forceFull = true
        }
        if state.rewind?.tick != requestedRewind {
            requestedRewind = state.rewind?.tick
            engine.rewind(to: requestedRewind)
        }
        engine.setView(state.viewRequest)
        let live = engine.latestSnapshot()
        if let now = live.snapshot {
            send(update(&state, .liveArrived(LiveClock(tick: now.tick, dtSeconds: now.dtSeconds,
                                                       history: engine.rewindStatus()))))
        }
        // While rewound every view reads the past (the live snapshot until the first one is built).
        let past = state.rewind != nil ? engine.latestPastSnapshot() : (version: 0, snapshot: nil)
        let (version, snapshot) = past.snapshot != nil ? (past.version | 1 << 63, past.snapshot) : live
        if let snapshot, snapshot.satelliteCount != state.satelliteCount {
            send(update(&state, .snapshotArrived(satelliteCount: snapshot.satelliteCount)))
            engine.setView(state.viewRequest)
        }
        if let snapshot {
            send(update(&state, .frameArrived(FrameData(snapshot))))
            engine.setView(state.viewRequest)
        }
        if let snapshot, state.isReordered {
            let before = state.selected
            send(update(&state, .windowArrived(firstRow: snapshot.firstRow, indices: snapshot.rows.map(\.index))))
            if state.selected != before { engine.setView(state.viewRequest) }
        }
        if let snapshot, snapshot.shellNames.count != state.shellCount {
            send(update(&state, .shellsKnown(snapshot.shellNames.count)))
        }
        if archived != state.archivedEveryTick {
            archived = state.archivedEveryTick
            engine.archiveEveryTick(state.archivedEveryTick)
        }
        let events = readEventLog(tick: live.snapshot?.tick ?? 0)
        guard forceFull || version != drawnVersion || state != drawnState || events.version != drawnEventVersion
        else { return }
        var grid = Grid(width: state.size.width, height: state.size.height)
        ConsoleLayout.render(state, snapshot, alarms: snapshot?.alarms.lines, events: events.data, ascii: ascii,
                             into: &grid)
        drawnEventVersion = events.version
        backend.draw(grid.changes(since: forceFull ? nil : previous), fullRedraw: forceFull)
        previous = grid
        drawnVersion = version
        drawnState = state
    }

    /// While view 7 is shown: asks for the page on screen as of `tick` (new ticks may
    /// bring new events) and returns the newest page read.
    private func readEventLog(tick: UInt64) -> (version: UInt64, data: EventLogData?) {
        guard state.view == .events, let eventLog else { return (0, nil) }
        eventLog.request(state.eventQuery, revision: tick)
        let latest = eventLog.latest()
        if let page = latest.page, page.hasOlder != state.eventHasOlder {
            send(update(&state, .eventPageArrived(hasOlder: page.hasOlder)))
        }
        return (latest.version, EventLogData(page: latest.page, failure: latest.failure))
    }

    private func send(_ commands: [EngineCommand]) {
        for command in commands { engine.send(command) }
    }
}
