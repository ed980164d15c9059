import ConstellationSim

/// The top line. Fields in display order: program, run state, `UNACK n SEVERITY`,
/// `FLOOD`, `JOURNAL FAILED` (the alarm journal could not be opened or written),
/// simulation time, speed, achieved tick rate, fleet by mode, delivered
/// PFLOP/s, generated vs consumed MW. When the line is too narrow, fields are dropped
/// lowest priority first: MW, PFLOP/s, tick rate, `UNACK 0`, mode counts, speed, time (run state,
/// UNACK, FLOOD and JOURNAL FAILED always stay). `UNACK` blinks (reverse) while alarms arrived since the
/// operator last looked at the alarm list.
public enum HeaderView {
    /// One field: its text segments and how important it is (higher stays longer).
    struct Field {
        var priority: Int
        var segments: [(String, Style)]
        var width: Int { segments.reduce(0) { $0 + $1.0.unicodeScalars.count } + 1 }
    }

    /// - Parameter rewindBadge: Shown instead of the run state while the past is on
    ///   screen (`REWIND t-0:12:00`).
    ///   - journalFailed: The journal could not be opened (the snapshot's journal status
    ///     tells of write errors later on).
    public static func render(_ snapshot: FleetSnapshot?, newAlarms: Bool = false, rewindBadge: String? = nil,
                              journalFailed: Bool = false, area: Rect, into grid: inout Grid) {
        grid.fill(area, style: Style(.header))
        let x = grid.put(" OrbitOps ", x: area.x, y: area.y, style: Style(.title, .bold), clip: area)
        guard let s = snapshot else {
            grid.put(" starting engine…", x: x, y: area.y, style: Style(.header), clip: area)
            return
        }
        var fields = self.fields(s, newAlarms: newAlarms, journalFailed: journalFailed || s.alarms.journal?.failure != nil)
        if let rewindBadge {
            fields[0] = Field(priority: 100, segments: [(" \(rewindBadge) ", Style(.warning, [.bold, .reverse]))])
        }
        let room = area.maxX - x
        while fields.reduce(0, { $0 + $1.width }) > room, let lowest = fields.indices.min(by: {
            fields[$0].priority < fields[$1].priority
        }), fields[lowest].priority < 100 {
            fields.remove(at: lowest)
        }
        var cursor = x
        for field in fields {
            cursor += 1
            for (text, style) in field.segments {
                cursor = grid.put(text, x: cursor, y: area.y, style: style, clip: area)
            }
        }
    }

    static func fields(_ s: FleetSnapshot, newAlarms: Bool, journalFailed: Bool = false) -> [Field] {
        let header = Style(.header)
        let state = s.runState == .running ? Style(.running, .bold) : Style(.paused, [.bold, .reverse])
        var out = [Field(priority: 100, segments: [(" \(s.runState.rawValue) ", state)])]
        let summary = s.alarms.summary
        if summary.unacknowledged > 0 {
            let severity = summary.highestUnacknowledged ?? .warning
            let style = Style(severityRole(severity), newAlarms ? [.bold, .reverse, .blink] : [.bold])
            out.append(Field(priority: 100, segments: [
                ("UNACK \(Format.count(summary.unacknowledged)) \(severity.displayName)", style)]))
        } else {
            out.append(Field(priority: 40, segments: [("UNACK 0", Style(.ok))]))
        }
        if summary.isFlooding {
            out.append(Field(priority: 100, segments: [(" FLOOD ", Style(.critical, [.bold, .reverse]))]))
        }
        if journalFailed {
            out.append(Field(priority: 100, segments: [(" JOURNAL FAILED ", Style(.critical, [.bold, .reverse]))]))
        }
        out.append(Field(priority: 80, segments: [("\(s.time.utcString) UTC", header)]))
        out.append(Field(priority: 70, segments: [(s.speed.label, header)]))
        let rate = "\(Format.fixed(s.ticksPerSecond, s.ticksPerSecond < 100 ? 1 : 0, width: 1)) t/s"
        out.append(Field(priority: 30, segments: [(rate, header)]))
        let a = s.aggregates
        let modes: [(String, Int, StyleRole)] = [
            ("NOM", a.nominal, .ok), ("DEG", a.degraded, .warning), ("SAFE", a.safe, .critical), ("FAIL", a.failed, .critical),
        ]
        var segments: [(String, Style)] = []
        for (i, (label, count, role)) in modes.enumerated() {
            segments.append(((i == 0 ? "" : " ") + label + " ", Style(.muted)))
            segments.append((Format.count(count), Style(count > 0 ? role : .header, count > 0 ? .bold : [])))
        }
        out.append(Field(priority: 50, segments: segments))
        out.append(Field(priority: 20, segments: [("\(Format.fixed(a.deliveredPFLOPS, 1, width: 1)) PFLOP/s", header)]))
        out.append(Field(priority: 10, segments: [
            ("\(Format.fixed(a.solarMW, 2, width: 1))/\(Format.fixed(a.loadMW, 2, width: 1)) MW gen/use", header)]))
        return out
    }

    /// The style role of an alarm severity.
    static func severityRole(_ severity: AlarmSeverity) -> StyleRole {
        switch severity {
        case .watch: return .watch
        case .warning: return .warning
        case .distress: return .distress
        case .critical: return .critical
        case .severe: return .severe
        }
    }
}
