import ConstellationSim

/// The top line. Fields in display order: program, run state, `UNACK n SEVERITY`,
/// `FLOOD`, `JOURNAL FAILED` (the alarm journal could not be opened or written; it always
/// stays, like the run state, UNACK and FLOOD), simulation time, speed, achieved tick rate, and — in views without the
/// fleet summary line, so each figure shows once — fleet by mode, delivered compute and
/// solar vs load power (`Quantity`: `5.41 EFLOP/s`, `30.0 GW`). When the line is too
/// narrow, whole fields are dropped lowest priority first (a number is never cut):
/// power, compute, tick rate, `UNACK 0`, mode counts, speed, time (run state, UNACK and
/// FLOOD always stay). Every field sits on the bar's background; `UNACK` is a badge and
/// blinks while alarms arrived since the operator last looked at the alarm list.
public enum HeaderView {
    /// One field: its text segments and how important it is (higher stays longer).
    struct Field {
        var priority: Int
        var segments: [(String, Style)]
        var width: Int { segments.reduce(0) { $0 + $1.0.unicodeScalars.count } + 1 }
    }

    /// - Parameter rewindBadge: Shown instead of the run state while the past is on
    ///   screen (`REWIND t-0:12:00`).
    /// - Parameter showsTotals: The fleet summary line is on screen (the overview): the
    ///   header then leaves mode counts, compute and power to it.
    /// - Parameter journalFailed: The journal could not be opened (the snapshot's journal
    ///   status tells of write errors later on).
    public static func render(_ snapshot: FleetSnapshot?, newAlarms: Bool = false, rewindBadge: String? = nil,
                              showsTotals: Bool = false, journalFailed: Bool = false, area: Rect, into grid: inout Grid) {
        grid.fill(area, style: Style(.header))
        let x = grid.put(" OrbitOps ", x: area.x, y: area.y, style: Style(.title, .bold), clip: area)
        guard let s = snapshot else {
            grid.put(" starting engine…", x: x, y: area.y, style: Style(.header), clip: area)
            return
        }
        var fields = self.fields(s, newAlarms: newAlarms, totals: !showsTotals,
                                 journalFailed: journalFailed || s.alarms.journal?.failure != nil)
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

    static func fields(_ s: FleetSnapshot, newAlarms: Bool, totals: Bool = true, journalFailed: Bool = false) -> [Field] {
        let header = Style(.header)
        let state = s.runState == .running ? Style(.running, .bold) : Style(.paused, [.bold, .reverse])
        var out = [Field(priority: 100, segments: [(" \(s.runState.rawValue) ", state)])]
        if let step = s.step {
            // A step runs as ordinary ticks: its progress, and how to stop it.
            let text = " STEP \(Format.count(Int(clamping: step.done)))/\(Format.count(Int(clamping: step.total)))"
                + " \(Int((step.fraction * 100).rounded(.down)))% (space stops) "
            out[0] = Field(priority: 100, segments: [(text, Style(.running, [.bold, .reverse]))])
        }
        let summary = s.alarms.summary
        if summary.unacknowledged > 0 {
            let severity = summary.highestUnacknowledged ?? .warning
            let style = Style(severityRole(severity), newAlarms ? [.bold, .reverse, .blink] : [.bold, .reverse])
            out.append(Field(priority: 100, segments: [
                (" UNACK \(Quantity.count(summary.unacknowledged)) \(severity.displayName) ", style)]))
        } else {
            out.append(Field(priority: 40, segments: [("UNACK 0", Style(.barOK))]))
        }
        if summary.isFlooding {
            out.append(Field(priority: 100, segments: [(" FLOOD ", Style(.critical, [.bold, .reverse]))]))
        }
        if journalFailed {
            out.append(Field(priority: 100, segments: [(" JOURNAL FAILED ", Style(.critical, [.bold, .reverse]))]))
        }
        out.append(Field(priority: 80, segments: [("\(s.time.utcString) UTC", header)]))
        out.append(Field(priority: 70, segments: [(s.speed.label, header)]))
        out.append(Field(priority: 30, segments: [(rateText(s.ticksPerSecond), header)]))
        guard totals else { return out }
        let a = s.aggregates
        out.append(Field(priority: 50, segments: modeSegments(a)))
        out.append(Field(priority: 20, segments: [(Quantity.compute(petaflops: a.deliveredPFLOPS), header)]))
        out.append(Field(priority: 10, segments: [
            ("solar ", Style(.barMuted)), (Quantity.power(megawatts: a.solarMW), header),
            (" load ", Style(.barMuted)), (Quantity.power(megawatts: a.loadMW), header)]))
        return out
    }

    /// `12.5 t/s`, `4,210 t/s`.
    static func rateText(_ ticksPerSecond: Double) -> String {
        "\(Quantity.number(ticksPerSecond, decimals: ticksPerSecond < 100 ? 1 : 0)) t/s"
    }

    /// `NOM 1,580 DEG 3 SAFE 1 FAIL 0` on the bar.
    static func modeSegments(_ a: FleetAggregates) -> [(String, Style)] {
        let modes: [(String, Int, StyleRole)] = [
            ("NOM", a.nominal, .barOK), ("DEG", a.degraded, .barWarning), ("SAFE", a.safe, .barCritical),
            ("FAIL", a.failed, .barCritical),
        ]
        var segments: [(String, Style)] = []
        for (i, (label, count, role)) in modes.enumerated() {
            segments.append(((i == 0 ? "" : " ") + label + " ", Style(.barMuted)))
            segments.append((Quantity.count(count), Style(count > 0 ? role : .header, count > 0 ? .bold : [])))
        }
        return segments
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
