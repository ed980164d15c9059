/// The header's alarm counts, kept as alarms change instead of counted from every
/// record per publish: each record contributes its displayed state (and, while it
/// awaits acknowledgement, its severity) once.
struct AlarmSummaryCounts: Sendable, Equatable, Codable {
    private var byState = [Int](repeating: 0, count: AlarmState.allCases.count)
    private var unacknowledgedBySeverity = [Int](repeating: 0, count: AlarmSeverity.allCases.count)

    /// Moves one alarm from (`old`, `oldSeverity`) to (`new`, `newSeverity`); NORMAL counts nowhere.
    mutating func move(from old: AlarmState, _ oldSeverity: AlarmSeverity, to new: AlarmState,
                       _ newSeverity: AlarmSeverity) {
        add(old, oldSeverity, -1)
        add(new, newSeverity, 1)
    }

    private mutating func add(_ state: AlarmState, _ severity: AlarmSeverity, _ delta: Int) {
        guard state != .normal else { return }
        byState[Int(state.rawValue)] += delta
        if state.needsAcknowledgement { unacknowledgedBySeverity[Int(severity.rawValue)] += delta }
    }

    /// The counts as the console header shows them.
    func summary(isFlooding: Bool) -> AlarmSummary {
        var s = AlarmSummary()
        s.isFlooding = isFlooding
        s.unacknowledged = byState[Int(AlarmState.unacked.rawValue)] + byState[Int(AlarmState.rtnUnacked.rawValue)]
        s.highestUnacknowledged = AlarmSeverity.allCases.last { unacknowledgedBySeverity[Int($0.rawValue)] > 0 }
        s.active = byState[Int(AlarmState.unacked.rawValue)] + byState[Int(AlarmState.acked.rawValue)]
        s.shelved = byState[Int(AlarmState.shelved.rawValue)]
        s.suppressed = byState[Int(AlarmState.suppressed.rawValue)]
        s.outOfService = byState[Int(AlarmState.outOfService.rawValue)]
        return s
    }
}
