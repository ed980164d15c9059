import ConstellationSim

/// View 4: the alarm list (ISA-18.2 states), one line per alarm or per flood
/// group, awaiting acknowledgement first. Fed with `AlarmBook.alarmList()` lines;
/// satellites are named by fleet index until the snapshot carries their ids.
public enum AlarmListView {
    public static func render(_ lines: [AlarmListLine]?, selected: Int, area: Rect, into grid: inout Grid,
                              satelliteName: (Int) -> String = { "#\($0)" }) {
        guard area.height > 1 else { return }
        let titles = " " + Format.left("STATE", 12) + " " + Format.left("SEVERITY", 9) + " " + Format.left("ALARM", 24) + " "
            + Format.pad("VALUE", 9) + " " + Format.pad("LIMIT", 9) + " " + Format.pad("RAISED s", 9)
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
        let rows = area.height - 1
        let cursor = min(max(0, selected), lines.count - 1)
        let top = max(0, cursor - rows + 1)
        for (offset, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let y = area.y + 1 + offset
            let isCursor = top + offset == cursor
            let text = self.text(line, satelliteName: satelliteName)
            let style = isCursor ? Style(.selection, .reverse) : style(for: line)
            if isCursor { grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            grid.put(text, x: area.x, y: y, style: style, clip: area)
        }
    }

    /// The text of one list line, in the columns of the title row.
    static func text(_ line: AlarmListLine, satelliteName: (Int) -> String) -> String {
        switch line {
        case .alarm(let e):
            let name = (e.isFirstOut ? "1st " : "") + e.key.name(satelliteID: satelliteName(e.key.satellite))
            return " " + Format.left(e.state.displayName, 12) + " " + Format.left(e.severity.displayName, 9) + " "
                + Format.left(name, 24) + " " + Format.fixed(e.value ?? .nan, 2, width: 9) + " "
                + Format.fixed(e.limit ?? .nan, 2, width: 9) + " " + Format.fixed(e.raisedSeconds, 0, width: 9)
        case .group(let g):
            let state = g.unacknowledgedCount > 0 ? "UNACKED" : "ACKED"
            return " " + Format.left(state, 12) + " " + Format.left(g.severity.displayName, 9) + " "
                + Format.left("\(g.parameter.displayName) ×\(g.members.count) sats", 24) + " " + Format.pad("\(g.unacknowledgedCount) unacked", 19) + " "
                + Format.fixed(g.firstMember?.raisedSeconds ?? .nan, 0, width: 9)
        }
    }

    private static func style(for line: AlarmListLine) -> Style {
        let (severity, unacked): (AlarmSeverity, Bool)
        switch line {
        case .alarm(let e): (severity, unacked) = (e.severity, e.state.needsAcknowledgement)
        case .group(let g): (severity, unacked) = (g.severity, g.unacknowledgedCount > 0)
        }
        let role: StyleRole
        switch severity {
        case .watch: role = .watch
        case .warning: role = .warning
        case .distress: role = .distress
        case .critical: role = .critical
        case .severe: role = .severe
        }
        return Style(role, unacked ? [.bold] : [])
    }
}
