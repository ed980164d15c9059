/// The alarm part of a snapshot: the header summary, the window of alarm-list lines the
/// console asked for (`ViewRequest.alarmFirstLine` / `alarmLineCount`), the KPIs, the
/// selected satellite's alarms and the journal's health.
public struct AlarmSnapshot: Sendable, Equatable {
    /// `UNACK N`, highest unacknowledged severity, flood, shelved/suppressed counts.
    public var summary = AlarmSummary()
    /// Lines in the whole (grouped) list; 0 when the view asked for no lines.
    public var lineCount = 0
    /// Index of `lines[0]` in the whole list.
    public var firstLine = 0
    /// The line (index in the whole list) holding `ViewRequest.alarmFocus`, and which
    /// member of that line's group it is (nil: a line of its own, or beyond the members carried).
    public var focusLine: Int?
    public var focusMember: Int?
    /// The requested window of the list (groups carry at most `alarmGroupMemberLimit` members).
    public var lines: [AlarmListLine] = []
    /// The first-out alarm of the current burst, by name (`P03-S07:SEU_RATE`).
    public var firstOut: String?
    /// ISA-18.2 KPIs from the first tick to now.
    public var kpis: AlarmKPIs?
    /// The selected satellite's alarms that are not NORMAL, by parameter.
    public var selectedAlarms: [AlarmListEntry] = []
    /// The journal being written, if any (filled in by the engine host).
    public var journal: AlarmJournalWriter.Status?

    public init() {}
}
