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
        /// Whether `staleCount` counts this alarm.
        var countedStale = false
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
    // Kept as transitions arrive, so `kpis` costs O(10) and not a walk over every alarm ever raised.
    private var standingCount = 0
    private var chatteringCount = 0
    private var staleCount = 0
    /// Activations in time order; those before `staleFrontier` were checked for staleness.
    /// When each alarm became active, oldest first (the stale-alarm frontier walks it).
    private var activations: [Activation] = []
    private struct Activation: Sendable, Codable {
        var since: Double
        var key: AlarmKey
    }
    private var staleFrontier = 0
    /// The 10 most frequent alarms, most frequent first (ties by alarm id).
    private var top: [Frequent] = []
    /// An alarm and its annunciation count (the top-10 list).
    private struct Frequent: Sendable, Codable {
        var key: AlarmKey
        var count: Int
    }

    package init() {}

    /// Marks the start of the observed span (the first call wins).
    package mutating func start(at simSeconds: Double) {
        if startSeconds == nil { startSeconds = simSeconds }
        lastSeconds = max(lastSeconds, simSeconds)
        advanceStale(to: simSeconds)
    }

    /// Counts the standing alarms that have become stale by `t` (active > 24 h).
    private mutating func advanceStale(to t: Double) {
        while staleFrontier < activations.count, t - activations[staleFrontier].since > AlarmKPIs.staleSeconds {
            let entry = activations[staleFrontier]
            if var alarm = perAlarm[entry.key], alarm.activeSince == entry.since, !alarm.countedStale {
                alarm.countedStale = true
                perAlarm[entry.key] = alarm
                staleCount += 1
            }
            staleFrontier += 1
        }
        if staleFrontier > 4096, staleFrontier * 2 > activations.count {
            activations.removeFirst(staleFrontier)
            staleFrontier = 0
        }
    }

    /// Keeps `top` when `key`'s annunciation count grows to `count`.
    private mutating func raiseFrequency(_ key: AlarmKey, to count: Int) {
        func before(_ a: Frequent, _ b: Frequent) -> Bool {
            a.count != b.count ? a.count > b.count : a.key < b.key
        }
        if let i = top.firstIndex(where: { $0.key == key }) {
            top[i].count = count
        } else if top.count < Self.topCount {
            top.append(Frequent(key: key, count: count))
        } else if let last = top.last, before(Frequent(key: key, count: count), last) {
            top[top.count - 1] = Frequent(key: key, count: count)
        } else {
            return
        }
        top.sort(by: before)
    }

    private static let topCount = 10

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
            raiseFrequency(key, to: alarm.annunciations)
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
            if simSeconds - alarm.olderReturn <= Self.chatterSeconds, !alarm.chattering {
                alarm.chattering = true
                chatteringCount += 1
            }
            (alarm.olderReturn, alarm.newerReturn) = (alarm.newerReturn, simSeconds)
        }
        let wasStanding = alarm.activeSince != nil
        if to.isActive && !from.isActive {
            alarm.activeSince = simSeconds
            activations.append(Activation(since: simSeconds, key: key))
        }
        if !to.isActive {
            alarm.activeSince = nil
            if alarm.countedStale {
                alarm.countedStale = false
                staleCount -= 1
            }
        }
        standingCount += (alarm.activeSince != nil ? 1 : 0) - (wasStanding ? 1 : 0)
        perAlarm[key] = alarm
    }

    /// The 10-minute window holding `s` seconds (clamped so any Double converts; NaN: 0).
    private static func bucketIndex(_ s: Double) -> Int {
        let index = (s / windowSeconds).rounded(.down)
        return index.isNaN ? 0 : Int(min(max(index, -1e15), 1e15))
    }

    private mutating func closeBucket() {
        guard bucket != Int.min else { return }
        peak = max(peak, bucketCount)
        if bucketCount > Self.floodAbove { floodWindows += 1 }
        bucketCount = 0
    }

    /// The KPIs of the span from the start to `endSeconds`; `name` names an alarm.
    /// Costs O(10) plus the alarms turning stale since the last `start`.
    package func kpis(at endSeconds: Double, name: (AlarmKey) -> String) -> AlarmKPIs {
        let end = max(endSeconds, startSeconds ?? endSeconds)
        var stale = staleCount
        for entry in activations[staleFrontier...] {
            guard end - entry.since > AlarmKPIs.staleSeconds else { break }
            if let alarm = perAlarm[entry.key], alarm.activeSince == entry.since, !alarm.countedStale { stale += 1 }
        }
        return report(at: endSeconds, standing: standingCount, stale: stale, chattering: chatteringCount,
                      top: top.map { ($0.key, $0.count) }, name: name)
    }

    /// The same KPIs by a pass over every alarm ever raised: the reference the kept
    /// counts are tested against.
    package func kpisByScanning(at endSeconds: Double, name: (AlarmKey) -> String) -> AlarmKPIs {
        let end = max(endSeconds, startSeconds ?? endSeconds)
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
        return report(at: endSeconds, standing: standing, stale: stale, chattering: chattering,
                      top: Array(frequent.prefix(Self.topCount)), name: name)
    }

    private func report(at endSeconds: Double, standing: Int, stale: Int, chattering: Int, top: [(AlarmKey, Int)],
                        name: (AlarmKey) -> String) -> AlarmKPIs {
        var copy = self
        copy.closeBucket()
        copy.trailing.advance(to: endSeconds)
        let start = startSeconds ?? endSeconds
        let end = max(endSeconds, start)
        let windows = Self.bucketIndex(end) - Self.bucketIndex(start) + 1
        return AlarmKPIs(
            startSeconds: start, endSeconds: end, totalAlarms: total, windowCount: windows,
            averagePer10Min: Double(total) / Double(windows),
            currentPer10Min: copy.trailing.countInWindow, peakPer10Min: copy.peak,
            floodWindows: copy.floodWindows, floodWindowPercent: 100 * Double(copy.floodWindows) / Double(windows),
            standingAlarms: standing, staleAlarms: stale, chatteringAlarms: chattering,
            acknowledgements: ackCount, meanTimeToAckSeconds: ackCount > 0 ? ackSum / Double(ackCount) : nil,
            maxTimeToAckSeconds: ackMax, topAlarms: top.map { AlarmFrequency(name: name($0.0), key: $0.0, count: $0.1) })
    }
}
