/// The instants an ephemeris is written at: minutes relative to each element set's
/// own epoch, or one UTC window shared by every set.
public enum EphemerisGrid: Sendable, Hashable {
    /// `start`, `start + step`, … up to and including `stop`, minutes after each set's epoch.
    case minutes(start: Double, stop: Double, step: Double)
    /// `from`, `from + stepS`, … up to and including `to`, UTC (the same instants for every set).
    case utc(from: JulianDate, to: JulianDate, stepS: Double)

    /// The default grid: one day after each epoch, hourly (`0:1440:60`).
    public static let defaultMinutes = EphemerisGrid.minutes(start: 0, stop: 1440, step: 60)

    /// The accepted form of a minutes range, for error messages.
    public static let minutesForm = "START:STOP:STEP in minutes, STEP > 0, STOP ≥ START, within ±52596000 (100 years; e.g. 0:1440:60)"

    /// Most instants one grid may hold (guards against a step typed in the wrong unit).
    public static let maximumCount = 10_000_000

    /// Parses `START:STOP:STEP` (minutes; negative START/STOP allowed). Nil when malformed,
    /// when STEP ≤ 0, STOP < START, or the grid would exceed `maximumCount` instants.
    /// Largest |time| accepted by `--minutes`: 100 years, in minutes.
    public static let maximumMinutes = 36_525.0 * 1440

    public static func parseMinutes(_ text: String) -> EphemerisGrid? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let numbers = parts.compactMap { Double(String($0).trimmingSpaces) }
        // Within 100 years of the epoch: a resonant deep-space set integrates 720-minute
        // steps from its epoch, so 1e300 minutes would never finish.
        guard numbers.count == 3, numbers.allSatisfy(\.isFinite), abs(numbers[0]) <= Self.maximumMinutes,
              abs(numbers[1]) <= Self.maximumMinutes else { return nil }
        let grid = EphemerisGrid.minutes(start: numbers[0], stop: numbers[1], step: numbers[2])
        return grid.isValid ? grid : nil
    }

    /// True when the step is positive, the window not reversed and the count within `maximumCount`.
    public var isValid: Bool {
        switch self {
        case .minutes(let start, let stop, let step):
            return step > 0 && stop >= start && (stop - start) / step < Double(Self.maximumCount)
        case .utc(let from, let to, let stepS):
            return stepS > 0 && to >= from && to.seconds(since: from) / stepS < Double(Self.maximumCount)
        }
    }

    /// Number of instants (0 for an invalid grid). The last instant is included when it
    /// falls on `stop` to within 1e-9 of a step.
    public var count: Int {
        guard isValid else { return 0 }
        let (span, step): (Double, Double)
        switch self {
        case .minutes(let start, let stop, let step1): (span, step) = (stop - start, step1)
        case .utc(let from, let to, let stepS): (span, step) = (to.seconds(since: from), stepS)
        }
        return Int((span / step + 1e-9).rounded(.down)) + 1
    }

    /// Minutes after `record`'s epoch of instant `index` (0 ..< count). Computed as
    /// start + index × step, so no rounding accumulates along the grid.
    @inline(__always)
    public func minutesSinceEpoch(_ index: Int, of record: SGP4Record) -> Double {
        switch self {
        case .minutes(let start, _, let step):
            return start + Double(index) * step
        case .utc(let from, _, let stepS):
            return record.minutesSinceEpoch(from) + Double(index) * stepS / 60.0
        }
    }
}
