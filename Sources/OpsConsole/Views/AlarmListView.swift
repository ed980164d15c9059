import ConstellationSim

/// View 4: the alarm list (ISA-18.2 states), one line per alarm or flood group, awaiting
/// acknowledgement first, and the KPI panel (below the list, or beside it from 150
/// columns). A line reads
/// `1 12:04:10 P01-S03  RADIATOR_TEMP 82.1 °C > 80.0 WARNING      UNACK`: first-out mark,
/// UTC raised, satellite, parameter, value and the limit crossed, severity, state.
/// Unacknowledged lines are bold; those raised since the operator last looked blink.
/// An expanded group lists its members indented; ↑/↓ step through them, and the alarm
/// keys then act on the one member.
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
                              into grid: inout Grid) {
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
        let stateWidth = 9
        let middle = max(8, area.width - 27 - stateWidth)
        let titles = "   " + Format.left("RAISED", 8) + " " + Format.left("SATELLITE", 12) + " "
            + Format.left("ALARM  VALUE  LIMIT  SEVERITY", middle) + " " + Format.left("STATE", stateWidth)
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: Style(.columnHeader))
        grid.put(titles, x: area.x, y: area.y, style: Style(.columnHeader, .bold), clip: area)
        guard let lines else {
            grid.put(" this engine publishes no alarm list yet", x: area.x, y: area.y + 1, style: Style(.muted), clip: area)
            return
        }
        if lines.isEmpty {
            grid.put(" no alarms", x: area.x, y: area.y + 1, style: Style(.ok), clip: area)
            return
        }
        let first = snapshot?.alarms.firstLine ?? 0
        let name: (Int) -> String = { snapshot?.alarmSatelliteIDs[$0] ?? "#\($0)" }
        let utc: (Double) -> String = { raised in
            guard let s = snapshot else { return Format.fixed(raised, 0, width: 8) }
            return String(s.time.adding(seconds: raised - s.simSeconds).utcString.suffix(8))
        }
        var y = area.y + 1
        for (offset, line) in lines.enumerated() {
            guard y < area.maxY else { break }
            let isCursor = first + offset == state.alarmSelected && state.alarmMember == nil
            var style = self.style(for: line, lookSeconds: state.lookSeconds)
            if isCursor {
                style = Style(.selection, .reverse)
                grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
            }
            let expanded: Bool
            if case .group(let g) = line { expanded = state.expandedGroups.contains(AlarmGroupID(g.parameter, g.severity)) } else {
                expanded = false
            }
            let text = self.text(line, expanded: expanded, width: area.width, stateWidth: stateWidth, name: name, utc: utc)
            grid.put(text, x: area.x, y: y, style: style, clip: area)
            y += 1
            if expanded, case .group(let g) = line {
                for (m, member) in g.members.enumerated() {
                    guard y < area.maxY else { break }
                    let memberText = "    " + self.text(.alarm(member), expanded: false, width: area.width - 4,
                                                        stateWidth: stateWidth, name: name, utc: utc)
                    let selected = first + offset == state.alarmSelected && state.alarmMember == m
                    let memberStyle = selected ? Style(.selection, .reverse)
                        : self.style(for: .alarm(member), lookSeconds: state.lookSeconds)
                    if selected { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: memberStyle) }
                    grid.put(memberText, x: area.x, y: y, style: memberStyle, clip: area)
                    y += 1
                }
                if g.memberCount > g.members.count, y < area.maxY {
                    grid.put("     … \(g.memberCount - g.members.count) more", x: area.x, y: y, style: Style(.muted), clip: area)
                    y += 1
                }
            }
        }
    }

    /// The state column's word.
    static func stateLabel(_ state: AlarmState) -> String {
        switch state {
        case .normal: return "NORMAL"
        case .unacked: return "UNACK"
        case .acked: return "ACK"
        case .rtnUnacked: return "RTN"
        case .latched: return "LATCHED"
        case .shelved: return "SHELVED"
        case .suppressed: return "SUPPR"
        case .outOfService: return "OOS"
        }
    }

    /// `RADIATOR_TEMP 82.1 °C > 80.0 WARNING` (mode changes name the new mode).
    static func condition(_ e: AlarmListEntry) -> String {
        let p = e.key.parameter
        guard let value = e.value, value.isFinite else { return "\(p.displayName) \(e.severity.displayName)" }
        if p == .modeChange {
            let mode = OperatingMode(rawValue: Int(value.rounded())).map { String(describing: $0).uppercased() } ?? "?"
            return "\(p.displayName) → \(mode) \(e.severity.displayName)"
        }
        var text = "\(p.displayName) \(Format.fixed(value, 1, width: 1)) \(p.unit)"
        if let limit = e.limit, limit.isFinite {
            text += " \(value >= limit ? ">" : "<") \(Format.fixed(limit, 1, width: 1))"
        }
        return text + " " + e.severity.displayName
    }

    /// The text of one list line, `width` columns.
    static func text(_ line: AlarmListLine, expanded: Bool, width: Int, stateWidth: Int, name: (Int) -> String,
                     utc: (Double) -> String) -> String {
        let middle = max(8, width - 27 - stateWidth)
        switch line {
        case .alarm(let e):
            return " " + (e.isFirstOut ? "1 " : "  ") + utc(e.raisedSeconds) + " " + Format.left(name(e.key.satellite), 12) + " "
                + Format.left(condition(e), middle) + " " + Format.left(stateLabel(e.state), stateWidth)
        case .group(let g):
            let shelved = !g.members.isEmpty && g.members.allSatisfy { $0.state == .shelved }
            let state = g.unacknowledgedCount > 0 ? "UNACK" : shelved ? "SHELVED" : "ACK"
            let title = "\(g.title), \(g.unacknowledgedCount) unacked"
            return " " + (expanded ? "▾ " : "▸ ") + utc(g.firstMember?.raisedSeconds ?? .nan) + " "
                + Format.left("group", 12) + " " + Format.left(title, middle) + " " + Format.left(state, stateWidth)
        }
    }

    private static func style(for line: AlarmListLine, lookSeconds: Double) -> Style {
        let role = HeaderView.severityRole(line.severity)
        guard line.needsAcknowledgement else { return Style(role) }
        return Style(role, line.raisedSeconds > lookSeconds ? [.bold, .blink] : [.bold])
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
