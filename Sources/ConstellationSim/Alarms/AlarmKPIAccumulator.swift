/// Computes `AlarmKPIs` from a stream of transitions in time order. The alarm book feeds
/// it live; the journal reader feeds it the rows of a journal file, so both give the
/// same numbers for the same history.
package struct AlarmKPIAccumulator: Sendable, Codable {
    private struct PerAlarm: Sendable, Codable {
        var annunciations = 0
        var lastAnnunciation: Double?
        var activeSince: Double?
        /// The two latest returns to normal, s.
        var olderReturn = -Double.infinity, newerReturn = -Double.infinity
        var chattering = false
    }

    package static let windowSeconds = 600.0
    package static let floodAbove = 10
    package static let chatterSeconds = 60.0

    private var perAlarm: [AlarmKey: PerAlarm] = [:]
    private var startSeconds: Double?
    private var lastSeconds = 0.0
    private var bucket = Int.min
    private var bucketCount = 0
    private var peak = 0
    private var floodWindows = 0
    private var total = 0
    private var trailing = AlarmFloodDetector()
    private var ackCount = 0
    private var ackSum = 0.0
    private var ackMax: Double?

    package init() {}

    /// Marks the start of the observed span (the first call wins).
    package mutating func start(at simSeconds: Double) {
        if startSeconds == nil { startSeconds = simSeconds }
        lastSeconds = max(lastSeconds, simSeconds)
    }

    /// Feeds one transition (times non-decreasing).
    package mutating func ingest(_ t: AlarmTransition) {
        ingest(key: t.key, simSeconds: t.simSeconds, from: t.from, to: t.to, cause: t.cause)
    }

    /// Feeds one transition given by its fields.
    package mutating func ingest(
        key: AlarmKey, simSeconds: Double, from: AlarmState, to: AlarmState, cause: AlarmTransitionCause
    ) {
        start(at: simSeconds)
        var alarm = perAlarm[key] ?? PerAlarm()
        if to == .unacked && from != .unacked {
            total += 1
            alarm.annunciations += 1
            alarm.lastAnnunciation = simSeconds
            trailing.record(count: 1, at: simSeconds)
            trailing.advance(to: simSeconds)
            let b = Self.bucketIndex(simSeconds)
            if b != bucket { closeBucket(); bucket = b }
            bucketCount += 1
        }
        if cause == .acknowledged, from.needsAcknowledgement, let raised = alarm.lastAnnunciation {
            let tta = simSeconds - raised
            ackCount += 1
            ackSum += tta
            ackMax = max(ackMax ?? tta, tta)
        }
        if cause == .returned {
            if simSeconds - alarm.olderReturn <= Self.chatterSeconds { alarm.chattering = true }
            (alarm.olderReturn, alarm.newerReturn) = (alarm.newerReturn, simSeconds)
        }
        if to.isActive && !from.isActive { alarm.activeSince = simSeconds }
        if !to.isActive { alarm.activeSince = nil }
        perAlarm[key] = alarm
    }

    private static func bucketIndex(_ s: Double) -> Int { Int((s / windowSeconds).rounded(.down)) }

    private mutating func closeBucket() {
        guard bucket != Int.min else { return }
        peak = max(peak, bucketCount)
        if bucketCount > Self.floodAbove { floodWindows += 1 }
        bucketCount = 0
    }

    /// The KPIs of the span from the start to `endSeconds`; `name` names an alarm.
    package func kpis(at endSeconds: Double, name: (AlarmKey) -> String) -> AlarmKPIs {
        var copy = self
        copy.closeBucket()
        copy.trailing.advance(to: endSeconds)
        let start = startSeconds ?? endSeconds
        let end = max(endSeconds, start)
        let windows = Self.bucketIndex(end) - Self.bucketIndex(start) + 1
        var standing = 0, stale = 0, chattering = 0
        var frequent: [(AlarmKey, Int)] = []
        for (key, alarm) in perAlarm {
            if let since = alarm.activeSince {
                standing += 1
                if end - since > AlarmKPIs.staleSeconds { stale += 1 }
            }
            if alarm.chattering { chattering += 1 }
            if alarm.annunciations > 0 { frequent.append((key, alarm.annunciations)) }
        }
        frequent.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let top = frequent.prefix(10).map { AlarmFrequency(name: name($0.0), key: $0.0, count: $0.1) }
        return AlarmKPIs(
            startSeconds: start, endSeconds: end, totalAlarms: total, windowCount: windows,
            averagePer10Min: Double(total) / Double(windows),
            currentPer10Min: copy.trailing.countInWindow, peakPer10Min: copy.peak,
            floodWindows: copy.floodWindows, floodWindowPercent: 100 * Double(copy.floodWindows) / Double(windows),
            standingAlarms: standing, staleAlarms: stale, chatteringAlarms: chattering,
            acknowledgements: ackCount, meanTimeToAckSeconds: ackCount > 0 ? ackSum / Double(ackCount) : nil,
            maxTimeToAckSeconds: ackMax, topAlarms: top)
    }
}
