import ConstellationSim

/// View 4: the alarm list (ISA-18.2 states), one line per alarm or flood group, awaiting
/// acknowledgement first, and the KPI panel (below the list, or beside it from 150
/// columns). Columns (titles aligned with the cells, `AlarmColumns`):
/// `1ST RAISED   SATELLITE ALARM  VALUE  LIMITS  COMMENT        SEVERITY STATE`
/// first-out mark (`1st`; `▸`/`▾` for a group), UTC raised, satellite (as wide as the
/// fleet's longest id), parameter with the value and both limits
/// (`BUS_POWER_MARGIN -7.2 % warn<10 crit<0`, `W<10 C<0` below 100 columns) and the
/// operator's comment, severity,
/// state (`SHELVED 29m` with the time left). Unacknowledged lines are bold in their
/// severity's colour (blinking when raised since the operator last looked);
/// acknowledged ones are muted with only the severity coloured. A group line reads
/// `RADIATOR_TEMP ×312 (12 unacked)` (MODE_CHANGE groups name the mode and
/// cause: one group per cause); its RAISED is its earliest member's. An expanded group
/// lists its members indented; ↑/↓ step through them, and the alarm keys then act on
/// the one member. `/` filters the list (satellite, parameter or severity).
public enum AlarmListView {
    /// Width of the KPI panel when beside the list.
    static let sidePanelWidth = 34
    /// Rows of the KPI panel when below the list.
    static let bottomPanelRows = 3

    /// Whether the KPI panel goes beside the list.
    static func panelBeside(_ area: Rect) -> Bool { area.width >= 150 }

    /// Alarm-list lines that fit in `area` (the title row and the KPI panel excluded).
    public static func listRows(in area: Rect) -> Int {
        let panel = panelBeside(area) || area.height < 12 ? 0 : bottomPanelRows
        return max(1, area.height - 1 - panel)
    }

    public static func render(_ lines: [AlarmListLine]?, state: AppState, snapshot: FleetSnapshot?, area: Rect,
                              ascii: Bool = false, into grid: inout Grid) {
        guard area.height > 1 else { return }
        let beside = panelBeside(area)
        let rows = listRows(in: area)
        let listArea = Rect(x: area.x, y: area.y, width: beside ? area.width - sidePanelWidth : area.width,
                            height: rows + 1)
        let panel = beside
            ? Rect(x: listArea.maxX, y: area.y, width: sidePanelWidth, height: area.height)
            : Rect(x: area.x, y: listArea.maxY, width: area.width, height: area.height - listArea.height)
        renderList(lines, state: state, snapshot: snapshot, area: listArea, into: &grid)
        AlarmKPIPanel.render(snapshot?.alarms, area: panel, beside: beside, into: &grid)
    }

    private static func renderList(_ lines: [AlarmListLine]?, state: AppState, snapshot: FleetSnapshot?, area: Rect,
                                   into grid: inout Grid) {
        let columns = AlarmColumns(width: area.width, idWidth: max(9, snapshot?.longestIDLength ?? 0))
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.columnHeader))
        grid.put(columns.titles, x: area.x, y: area.y, style: Style(.columnHeader, .bold), clip: area)
        guard let lines else {
            grid.put(" this engine publishes no alarm list yet", x: area.x, y: area.y + 1, style: Style(.muted), clip: area)
            return
        }
        if lines.isEmpty {
            let text = state.alarmFilter.map { " no alarms match '\($0)' (Esc clears the filter)" } ?? " no alarms"
            grid.put(text, x: area.x, y: area.y + 1, style: Style(.ok), clip: area)
            return
        }
        let first = snapshot?.alarms.firstLine ?? 0
        let context = LineContext(snapshot: snapshot)
        var y = area.y + 1
        for (offset, line) in lines.enumerated() {
            guard y < area.maxY else { break }
            let isCursor = first + offset == state.alarmSelected && state.alarmMember == nil
            let expanded: Bool
            if case .group(let g) = line {
                expanded = state.expandedGroups.contains(AlarmGroupID(g.parameter, g.severity, g.causeClass))
            } else {
                expanded = false
            }
            draw(line, columns: columns, context: context, expanded: expanded, indent: 0, selected: isCursor,
                 lookSeconds: state.lookSeconds, y: y, area: area, into: &grid)
            y += 1
            if expanded, case .group(let g) = line {
                for (m, member) in g.members.enumerated() {
                    guard y < area.maxY else { break }
                    let selected = first + offset == state.alarmSelected && state.alarmMember == m
                    draw(.alarm(member), columns: columns, context: context, expanded: false, indent: 2,
                         selected: selected, lookSeconds: state.lookSeconds, y: y, area: area, into: &grid)
                    y += 1
                }
                if g.memberCount > g.members.count, y < area.maxY {
                    grid.put("     … \(Quantity.count(g.memberCount - g.members.count)) more", x: area.x, y: y,
                             style: Style(.muted), clip: area)
                    y += 1
                }
            }
        }
    }

    /// What a line's text needs from the snapshot.
    struct LineContext {
        var snapshot: FleetSnapshot?

        func name(_ satellite: Int) -> String { snapshot?.alarmSatelliteIDs[satellite] ?? "#\(satellite)" }

        func utc(_ raised: Double) -> String {
            guard raised.isFinite else { return "–" }
            guard let s = snapshot else { return Format.fixed(raised, 0, width: 8) }
            return String(s.time.adding(seconds: raised - s.simSeconds).utcString.suffix(8))
        }

        func limits(_ satellite: Int) -> LimitSet? {
            guard let s = snapshot else { return nil }
            let c = s.alarmSatelliteClasses[satellite] ?? (s.limits.count == 1 ? 0 : -1)
            return s.limits.indices.contains(c) ? s.limits[c] : nil
        }

        var simSeconds: Double { snapshot?.simSeconds ?? 0 }
    }

    /// Draws one line: the row in its style, the severity cell in the severity's colour.
    private static func draw(_ line: AlarmListLine, columns: AlarmColumns, context: LineContext, expanded: Bool,
                             indent: Int, selected: Bool, lookSeconds: Double, y: Int, area: Rect,
                             into grid: inout Grid) {
        let style = selected ? Style(.selection, .reverse) : self.style(for: line, lookSeconds: lookSeconds)
        if selected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
        let cells = self.cells(line, expanded: expanded, context: context, short: area.width < 100)
        grid.put(columns.line(cells, indent: indent), x: area.x, y: y, style: style, clip: area)
        if !selected {
            let severity = Style(HeaderView.severityRole(line.severity), line.needsAcknowledgement ? .bold : [])
            grid.put(Format.left(cells.severity, columns.severityWidth), x: area.x + columns.severityX, y: y,
                     style: severity, clip: area)
        }
    }

    /// The state column's word.
    static func stateLabel(_ state: AlarmState) -> String {
        switch state {
        case .normal: return "NORMAL"
        case .unacked: return "UNACK"
        case .acked: return "ACK"
        case .rtnUnacked: return "RTN UNACK"
        case .latched: return "LATCHED"
        case .shelved: return "SHELVED"
        case .suppressed: return "SUPPR"
        case .outOfService: return "OOS"
        }
    }

    /// `SHELVED 29m` (time left), else the state's word.
    static func stateText(_ e: AlarmListEntry, simSeconds: Double) -> String {
        guard e.state == .shelved, let until = e.shelvedUntilSeconds, until.isFinite else { return stateLabel(e.state) }
        return "SHELVED " + Format.timeLeft(max(0, until - simSeconds))
    }

    /// `RADIATOR_TEMP 82.1 °C > 80.0 WARNING` (mode changes name the new mode): the
    /// short form the satellite view uses.
    static func condition(_ e: AlarmListEntry) -> String {
        conditionText(e, limits: nil) + " " + e.severity.displayName
    }

    /// The parameter, the value and the limits: with the class's limits both levels
    /// (`BUS_POWER_MARGIN -7.2 % warn<10 crit<0`; `W<10 C<0` when `short`), so a value
    /// past the critical level under a WARNING (the critical level still in its on-delay
    /// when the value was taken) reads against both; without them the limit crossed (`> 80.0`).
    static func conditionText(_ e: AlarmListEntry, limits: LimitSet?, short: Bool = false) -> String {
        let p = e.key.parameter
        guard let value = e.value, value.isFinite else { return p.displayName }
        if p == .modeChange {
            let mode = abs(value) < 1e6 ? OperatingMode(rawValue: Int(value.rounded())).map(\.name) : nil
            return "\(p.displayName) → \(mode ?? "?")"
        }
        var text = "\(p.displayName) \(Format.fixed(value, 1, width: 1)) \(p.unit)"
        let (warn, crit) = short ? ("W", "C") : ("warn", "crit")
        if let l = limits?[p] {
            let low = l.lowWarning.isFinite || l.lowCritical.isFinite
            let high = l.highWarning.isFinite || l.highCritical.isFinite
            // The side the alarm is on: below the low limits, or above the high ones.
            if low, !high || value <= max(l.lowWarning, l.lowCritical) {
                if l.lowWarning.isFinite { text += " \(warn)<\(Format.compact(l.lowWarning))" }
                if l.lowCritical.isFinite { text += " \(crit)<\(Format.compact(l.lowCritical))" }
                return text
            }
            if l.highWarning.isFinite { text += " \(warn)>\(Format.compact(l.highWarning))" }
            if l.highCritical.isFinite { text += " \(crit)>\(Format.compact(l.highCritical))" }
            return text
        }
        if let limit = e.limit, limit.isFinite {
            text += " \(value >= limit ? ">" : "<") \(Format.fixed(limit, 1, width: 1))"
        }
        return text
    }

    /// The cells of one line.
    static func cells(_ line: AlarmListLine, expanded: Bool, context: LineContext, short: Bool = false)
        -> AlarmColumns.Cells {
        switch line {
        case .alarm(let e):
            var alarm = conditionText(e, limits: context.limits(e.key.satellite), short: short)
            if let comment = e.comment { alarm += " “\(comment)”" }
            return AlarmColumns.Cells(mark: e.isFirstOut ? "1st" : "", raised: context.utc(e.raisedSeconds),
                                      satellite: context.name(e.key.satellite), alarm: alarm,
                                      severity: e.severity.displayName, state: stateText(e, simSeconds: context.simSeconds))
        case .group(let g):
            let shelved = !g.members.isEmpty && g.members.allSatisfy { $0.state == .shelved }
            let state = g.unacknowledgedCount > 0 ? "UNACK" : shelved ? "SHELVED" : "ACK"
            var what = g.parameter.displayName
            if let c = g.causeClass { what += " → \(c.mode.name) (\(c.cause.phrase))" }
            let title = "\(what) ×\(Quantity.count(g.memberCount)) (\(Quantity.count(g.unacknowledgedCount)) unacked)"
            return AlarmColumns.Cells(mark: expanded ? "▾" : "▸", raised: context.utc(g.firstMember?.raisedSeconds ?? .nan),
                                      satellite: "group", alarm: title, severity: g.severity.displayName, state: state)
        }
    }

    private static func style(for line: AlarmListLine, lookSeconds: Double) -> Style {
        guard line.needsAcknowledgement else { return Style(.muted) }
        let role = HeaderView.severityRole(line.severity)
        return Style(role, line.raisedSeconds > lookSeconds ? [.bold, .blink] : [.bold])
    }
}

/// The alarm list's columns at one width: titles and cells share these positions, so
/// every title sits over its cells.
struct AlarmColumns {
    struct Cells {
        var mark, raised, satellite, alarm, severity, state: String
    }

    static let markWidth = 3, raisedWidth = 8, severityWidthValue = 8, stateWidth = 11
    let idWidth: Int
    let alarmWidth: Int

    init(width: Int, idWidth: Int) {
        self.idWidth = idWidth
        let fixed = Self.markWidth + 1 + Self.raisedWidth + 1 + idWidth + 1 + 1 + Self.severityWidthValue + 1
            + Self.stateWidth
        alarmWidth = max(12, width - fixed)
    }

    var severityWidth: Int { Self.severityWidthValue }

    /// Column of the severity cell.
    var severityX: Int { Self.markWidth + 1 + Self.raisedWidth + 1 + idWidth + 1 + alarmWidth + 1 }

    var titles: String {
        line(Cells(mark: "1ST", raised: "RAISED", satellite: "SATELLITE", alarm: "ALARM  VALUE  LIMITS  COMMENT",
                   severity: "SEVERITY", state: "STATE"), indent: 0)
    }

    /// One line; `indent` shifts the satellite and alarm cells right (group members).
    func line(_ c: Cells, indent: Int) -> String {
        Format.left(c.mark, Self.markWidth) + " " + Format.left(c.raised, Self.raisedWidth) + " "
            + String(repeating: " ", count: indent) + Format.left(c.satellite, idWidth) + " "
            + Format.left(c.alarm, max(1, alarmWidth - indent)) + " " + Format.left(c.severity, Self.severityWidthValue)
            + " " + Format.left(c.state, Self.stateWidth)
    }
}

/// The ISA-18.2 KPIs of the alarm view.
enum AlarmKPIPanel {
    static func render(_ alarms: AlarmSnapshot?, area: Rect, beside: Bool, into grid: inout Grid) {
        guard area.height > 0, area.width > 4 else { return }
        grid.fill(area)
        guard let k = alarms?.kpis else { return }
        let tta: (Double?) -> String = { seconds in
            guard let seconds, seconds.isFinite else { return "–" }
            let whole = Int(seconds.rounded())
            return whole < 60 ? "\(whole)s" : whole < 3600 ? "\(whole / 60)m\(whole % 60)s" : "\(whole / 3600)h\(whole % 3600 / 60)m"
        }
        let items = [
            "alarms/10 min \(k.currentPer10Min) (peak \(k.peakPer10Min))",
            "flood \(Format.fixed(k.floodWindowPercent, 1, width: 1)) % of time",
            "standing \(k.standingAlarms)  stale \(k.staleAlarms)",
            "chattering \(k.chatteringAlarms)",
            "ack time mean \(tta(k.meanTimeToAckSeconds)) max \(tta(k.maxTimeToAckSeconds))",
            "first out \(alarms?.firstOut ?? "–")",
        ]
        if beside {
            Box.draw(area, title: "KPIs", style: Style(.border), into: &grid)
            for (i, item) in items.enumerated() where i + 1 < area.height - 1 {
                grid.put(" " + item, x: area.x + 1, y: area.y + 1 + i, clip: area.inset(by: 1))
            }
            return
        }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.columnHeader))
        grid.put(" ISA-18.2 KPIs", x: area.x, y: area.y, style: Style(.columnHeader, .bold), clip: area)
        var x = area.x, y = area.y + 1
        for item in items {
            let text = " " + item + "  ·"
            if x + text.unicodeScalars.count > area.maxX { x = area.x; y += 1 }
            guard y < area.maxY else { break }
            x = grid.put(text, x: x, y: y, style: Style(.normal), clip: area)
        }
    }
}
