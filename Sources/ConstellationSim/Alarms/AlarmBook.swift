/// The alarm book: limit checks and the ISA-18.2 state machine of every alarm
/// (satellite × parameter), operator commands, flood detection and live KPIs.
///
/// Alarm subjects are the fleet's satellites (indices `0..<fleet count`) followed by the
/// scenario's watched routes (index `fleet count + route`), which only sample the route
/// parameters (`AlarmParameter.isRoute`); `satelliteCount` counts both.
///
/// Per tick the engine calls `beginTick`, applies operator commands with `apply`,
/// feeds every sample with `evaluate` (and mode changes with `setSuppression`), then
/// collects the tick's transitions with `endTick` and journals them. The limit state
/// lives in dense arrays (4 bytes per alarm); only alarms that are not NORMAL have a
/// record in a dictionary, so a sample that changes nothing allocates nothing.
public struct AlarmBook: Sendable, Codable {
    /// Number of satellites (indices 0..<satelliteCount).
    public let satelliteCount: Int
    /// Longest a shelve may last, seconds (longer requests are cut to it). Default 8 h.
    public var maximumShelveSeconds: Double
    /// A quiet period this long (seconds) ends a burst; the next alarm is first-out.
    public var burstGapSeconds: Double

    package var trackers: PlainArray<LimitTracker>
    var limitTable: [ParameterLimits]
    private var limitClasses: [LimitSet]
    var limitClassOfSatellite: PlainArray<UInt16>
    private var suppression: PlainArray<AlarmSuppression>
    package private(set) var records: [AlarmKey: AlarmRecord] = [:]
    private var shelvedKeys: Set<AlarmKey> = []
    private var pending: [AlarmTransition] = []
    private var kpi = AlarmKPIAccumulator()
    private var counts = AlarmSummaryCounts()
    private var lastAnnunciationSeconds: Double?
    private var firstOutSeconds = 0.0
    private var firstOutSeverity = AlarmSeverity.watch

    /// The tick and simulation time set by the last `beginTick`.
    public private(set) var tick = 0
    public private(set) var simSeconds = 0.0
    /// Flood detection over the trailing 10 minutes.
    public private(set) var flood = AlarmFloodDetector()
    /// The first alarm of the current burst.
    public private(set) var firstOut: AlarmKey? {
        didSet { if firstOut != oldValue { revision &+= 1 } }
    }
    /// Grows whenever a record, a displayed state or the first-out changes: a list
    /// built at one revision holds until the next.
    public private(set) var revision: UInt64 = 0

    /// A book for `satelliteCount` satellites, all with the limits `limits`.
    public init(
        satelliteCount: Int, limits: LimitSet = .default,
        maximumShelveSeconds: Double = 8 * 3600, burstGapSeconds: Double = 300
    ) {
        precondition(satelliteCount >= 0)
        self.satelliteCount = satelliteCount
        self.maximumShelveSeconds = maximumShelveSeconds
        self.burstGapSeconds = burstGapSeconds
        trackers = PlainArray(repeating: LimitTracker(), count: satelliteCount * AlarmParameter.count)
        limitClasses = [limits]
        limitTable = AlarmParameter.allCases.map { limits[$0] }
        limitClassOfSatellite = PlainArray(repeating: 0, count: satelliteCount)
        suppression = PlainArray(repeating: .none, count: satelliteCount)
    }

    /// Gives `satellites` (a spacecraft class) their own limits.
    public mutating func setLimits(_ limits: LimitSet, forSatellites satellites: some Sequence<Int>) {
        let index: Int
        if let existing = limitClasses.firstIndex(of: limits) {
            index = existing
        } else {
            precondition(limitClasses.count < Int(UInt16.max), "too many limit classes")
            index = limitClasses.count
            limitClasses.append(limits)
            limitTable += AlarmParameter.allCases.map { limits[$0] }
        }
        for s in satellites where s >= 0 && s < satelliteCount { limitClassOfSatellite[s] = UInt16(index) }
    }

    /// The limits in force for one satellite and parameter.
    public func limits(satellite: Int, parameter: AlarmParameter) -> ParameterLimits {
        limitTable[Int(limitClassOfSatellite[satellite]) * AlarmParameter.count + Int(parameter.rawValue)]
    }

    /// Starts a tick: sets the time stamped on what follows and ends expired shelves.
    public mutating func beginTick(_ tick: Int, simSeconds: Double) {
        self.tick = tick
        self.simSeconds = simSeconds
        kpi.start(at: simSeconds)
        guard !shelvedKeys.isEmpty else { return }
        var ending: [AlarmKey] = []
        for key in shelvedKeys {
            guard let shelf = records[key]?.shelf else { continue }
            switch shelf {
            case .none: continue
            case .timed(let until): if until <= simSeconds { ending.append(key) }
            case .oneShot(let until):
                if until <= simSeconds || trackers[index(key)].level == 0 { ending.append(key) }
            }
        }
        for key in ending.sorted() {
            mutate(key, at: simSeconds) { record, level, suppressed in
                record.shelf = .none
                record.reconcile(level: level, suppressed: suppressed, at: simSeconds)
                return .shelveEnded
            }
        }
    }

    /// Checks one sample of one satellite's parameter against its limits. Allocates
    /// nothing unless the alarm changes level.
    public mutating func evaluate(satellite: Int, parameter: AlarmParameter, value: Double) {
        let p = Int(parameter.rawValue)
        let i = satellite &* AlarmParameter.count &+ p
        let limits = limitTable[Int(limitClassOfSatellite[satellite]) &* AlarmParameter.count &+ p]
        let old = trackers[i].level
        guard let new = trackers[i].update(value: value, limits: limits) else { return }
        levelChanged(AlarmKey(satellite: satellite, parameter: parameter), from: old, to: new, value: value, limits: limits)
    }

    /// Checks one parameter of every satellite: `values[i]` is the sample of satellite i
    /// (a structure-of-arrays column; NaN = no sample).
    public mutating func evaluate<Values: RandomAccessCollection<Double>>(parameter: AlarmParameter, values: Values)
    where Values.Index == Int {
        precondition(values.count <= satelliteCount, "at most one value per alarm subject")
        for s in values.indices { evaluate(satellite: s, parameter: parameter, value: values[s]) }
    }

    /// Sets a satellite's suppression by design (from its mode: SAFE, FAILED or none).
    public mutating func setSuppression(_ cause: AlarmSuppression, satellite: Int) {
        let old = suppression[satellite]
        guard old != cause else { return }
        suppression[satellite] = cause
        let now = simSeconds
        for parameter in AlarmParameter.allCases {
            let was = old.suppresses(parameter), isNow = cause.suppresses(parameter)
            let key = AlarmKey(satellite: satellite, parameter: parameter)
            guard was != isNow, trackers[index(key)].level != 0 || records[key] != nil else { continue }
            mutate(key, at: now, suppressedBefore: was) { record, level, suppressed in
                record.reconcile(level: level, suppressed: suppressed, at: now)
                return isNow ? .suppressed : .unsuppressed
            }
        }
    }

    /// Ends the tick: updates flood detection and returns every transition since
    /// `beginTick` (process changes and operator commands), in order.
    public mutating func endTick() -> [AlarmTransition] {
        flood.advance(to: simSeconds)
        let out = pending
        pending = []
        return out
    }

    /// The state the operator sees for one alarm.
    public func state(of key: AlarmKey) -> AlarmState {
        guard let record = records[key] else { return .normal }
        return record.displayed(level: trackers[index(key)].level, suppressed: isSuppressed(key))
    }

    /// Counts for the console header, kept as alarms change (O(1)).
    public var summary: AlarmSummary { counts.summary(isFlooding: flood.isFlooding) }

    /// The KPIs from the first tick to now; `satelliteName` names satellites by index.
    public func kpis(satelliteName: (Int) -> String) -> AlarmKPIs {
        kpi.kpis(at: simSeconds) { $0.name(satelliteID: satelliteName($0.satellite)) }
    }

    /// The KPIs by a pass over every alarm ever raised (the reference for tests).
    package func kpisByScanning(satelliteName: (Int) -> String) -> AlarmKPIs {
        kpi.kpisByScanning(at: simSeconds) { $0.name(satelliteID: satelliteName($0.satellite)) }
    }

    // MARK: - Internals

    package func index(_ key: AlarmKey) -> Int { key.satellite * AlarmParameter.count + Int(key.parameter.rawValue) }

    package func isSuppressed(_ key: AlarmKey) -> Bool { suppression[key.satellite].suppresses(key.parameter) }

    package func isValid(_ key: AlarmKey) -> Bool { key.satellite >= 0 && key.satellite < satelliteCount }

    mutating func levelChanged(_ key: AlarmKey, from old: Int8, to new: Int8, value: Double, limits: ParameterLimits) {
        let cause: AlarmTransitionCause =
            old == 0 || (new != 0 && (new > 0) != (old > 0)) ? .activated
            : new == 0 ? .returned
            : abs(new) > abs(old) ? .escalated : .deescalated
        let now = simSeconds
        mutate(key, at: now, levelBefore: old, reportSeverityChange: true) { record, level, suppressed in
            record.value = value
            if new != 0 {
                record.severity = limits.severity(ofLevel: new)
                record.limit = limits.limit(ofLevel: new)
            } else {
                record.limit = limits.limit(ofLevel: old)
            }
            if record.isMasked(suppressed: suppressed) {
                if new == 0, case .oneShot = record.shelf {
                    record.shelf = .none
                    record.reconcile(level: level, suppressed: suppressed, at: now)
                    return .shelveEnded
                }
                return cause
            }
            switch cause {
            case .activated, .escalated:
                record.cycle = .unacked
                record.raisedSeconds = now
            case .returned:
                record.cycle = limits.latching ? .latched : (record.cycle == .acked ? .normal : .rtnUnacked)
            default:
                break
            }
            return cause
        }
    }

    /// Changes one alarm's record with `body` (given the current level and suppression,
    /// returning the cause) and emits a transition when the displayed state changed, or
    /// (with `reportSeverityChange`) when a visible alarm changed severity.
    package mutating func mutate(
        _ key: AlarmKey, at time: Double, levelBefore: Int8? = nil, suppressedBefore: Bool? = nil,
        reportSeverityChange: Bool = false, operatorName: String? = nil, comment: String? = nil,
        _ body: (inout AlarmRecord, Int8, Bool) -> AlarmTransitionCause
    ) {
        let level = trackers[index(key)].level
        let suppressed = isSuppressed(key)
        var record = records[key] ?? AlarmRecord()
        let before = record.displayed(level: levelBefore ?? level, suppressed: suppressedBefore ?? suppressed)
        let severityBefore = record.severity
        let cause = body(&record, level, suppressed)
        if let comment, !comment.isEmpty { record.comment = comment }
        let after = record.displayed(level: level, suppressed: suppressed)
        let severityChanged = reportSeverityChange && record.severity != severityBefore
            && !record.isMasked(suppressed: suppressed)
        if before != after || severityChanged {
            emit(AlarmTransition(
                tick: tick, simSeconds: time, key: key, severity: record.severity, from: before, to: after,
                cause: cause, value: record.value, limit: record.limit, operatorName: operatorName, comment: comment))
        }
        counts.move(from: records[key]?.shown ?? .normal, severityBefore, to: after, record.severity)
        record.shown = after
        revision &+= 1
        if after == .normal {
            records[key] = nil
            shelvedKeys.remove(key)
        } else {
            records[key] = record
            if record.shelf == .none { shelvedKeys.remove(key) } else { shelvedKeys.insert(key) }
        }
    }

    package var pendingCount: Int { pending.count }

    package func pendingTransitions(from start: Int) -> [AlarmTransition] { Array(pending[start...]) }

    /// Removes and returns the transitions emitted since `pendingCount` was `start`.
    package mutating func takePendingTransitions(from start: Int) -> [AlarmTransition] {
        let taken = Array(pending[start...])
        pending.removeSubrange(start...)
        return taken
    }

    private mutating func emit(_ t: AlarmTransition) {
        pending.append(t)
        kpi.ingest(t)
        guard t.isAnnunciation else { return }
        flood.record(count: 1, at: t.simSeconds)
        if let last = lastAnnunciationSeconds, t.simSeconds - last <= burstGapSeconds {
            // Same burst; within its first instant, the most severe (then lowest id) wins.
            if t.simSeconds == firstOutSeconds, let current = firstOut,
               t.severity > firstOutSeverity || (t.severity == firstOutSeverity && t.key < current) {
                firstOut = t.key
                firstOutSeverity = t.severity
            }
        } else {
            firstOut = t.key
            firstOutSeconds = t.simSeconds
            firstOutSeverity = t.severity
        }
        lastAnnunciationSeconds = t.simSeconds
    }
}
