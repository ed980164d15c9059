import ConstellationSim

/// View 7: the session's event log from the journal — every operator command (who,
/// when, what, with comments and arguments) and every alarm transition (mode changes
/// are MODE_CHANGE's), in time order, newest at the bottom; `/` searches, ↑↓ PgUp PgDn
/// scroll back, End returns to the newest.
public enum EventLogView {
    /// Rows above and below the list: title, column titles.
    static let chromeRows = 2

    /// Lines of events that fit in `area`.
    public static func listRows(in area: Rect) -> Int { max(1, area.height - chromeRows) }

    /// - Parameter page: the newest page read from the journal (nil: none yet), and the
    ///   read error, if any.
    public static func render(_ state: AppState, _ events: EventLogData?, area: Rect, into grid: inout Grid) {
        let search = state.eventSearch.map { " · /\($0)" } ?? ""
        var title = " Event log\(search)"
        if let page = events?.page {
            let shown = page.events.count
            title += page.offsetFromNewest > 0 ? " · \(page.offsetFromNewest) newer below (End: newest)" : " · newest at the bottom"
            if shown == 0 { title += " · no events\(state.eventSearch != nil ? " match" : " yet")" }
        }
        grid.put(title, x: area.x, y: area.y, style: Style(.title, .bold), clip: area)
        let header = Format.left(" TIME (UTC)            TICK  OPERATOR  EVENT", area.width)
        grid.put(header, x: area.x, y: area.y + 1, style: Style(.columnHeader, .bold), clip: area)
        guard let data = events else {
            let why = " no journal is being written (--no-journal, or a replay): the event log reads it"
            grid.put(why, x: area.x, y: area.y + 2, style: Style(.muted), clip: area)
            return
        }
        if let failure = data.failure {
            grid.put(" cannot read the journal: \(failure)", x: area.x, y: area.y + 2, style: Style(.warning), clip: area)
            return
        }
        guard let page = data.page else {
            grid.put(" reading the journal…", x: area.x, y: area.y + 2, style: Style(.muted), clip: area)
            return
        }
        let rows = listRows(in: area)
        let lines = page.events.suffix(rows)
        // Newest at the bottom: the list is anchored to the last row.
        var y = area.y + chromeRows + max(0, rows - lines.count)
        for event in lines {
            let (text, style) = line(event, epoch: page.epoch)
            grid.put(Format.left(text, area.width), x: area.x, y: y, style: style, clip: area)
            y += 1
        }
    }

    /// One event as a line and its style (commands in the title colour, transitions by
    /// severity, returns to normal muted).
    static func line(_ event: JournalEvent, epoch: JulianDate?) -> (String, Style) {
        let time = epoch.map { $0.adding(seconds: event.simSeconds).utcString } ?? "+\(DurationText.format(event.simSeconds))"
        let tick = Format.pad(String(event.tick), 6)
        let who = Format.left(event.operatorName ?? "—", 8)
        switch event.what {
        case .command(let command, let kind, let satellite):
            let what = CommandText.describe(command, kind: kind, satellite: satellite)
            return (" \(Format.left(time, 20)) \(tick)  \(who)  ▶ \(what)", Style(.title))
        case .transition(let cause, let satellite, let parameter, let severity, _, let toState, let value, let limit):
            let what = CommandText.transition(cause: cause, satellite: satellite, parameter: parameter,
                                              severity: severity, toState: toState, value: value, limit: limit)
            let level = severity.flatMap(AlarmSeverity.init(displayName:))
            let quiet = toState == "NORMAL" || cause == "RETURNED"
            let role = quiet ? StyleRole.muted : level.map(HeaderView.severityRole) ?? .normal
            let comment = event.comment.map { " \"\($0)\"" } ?? ""
            return (" \(Format.left(time, 20)) \(tick)  \(who)  \(what)\(comment)", Style(role))
        }
    }
}

/// What the console has of the event log: the newest page and the last read error.
public struct EventLogData: Sendable, Hashable {
    public var page: JournalEventPage?
    public var failure: String?

    public init(page: JournalEventPage?, failure: String? = nil) {
        self.page = page
        self.failure = failure
    }
}
