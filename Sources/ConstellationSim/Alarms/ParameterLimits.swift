/// Limits of one telemetry parameter: low and high warning and critical levels, a
/// deadband, on- and off-delays, the severities raised and whether the alarm latches.
///
/// An alarm is raised when `value >= high…` or `value <= low…`; it returns to a less
/// severe level only once the value is back past the limit by `deadband` (hysteresis).
/// Levels that do not apply are `nil` (stored as ±infinity so the check never fires).
public struct ParameterLimits: Sendable, Hashable, Codable {
    /// Low warning level (raise when `value <= lowWarning`), in the parameter's unit.
    public var lowWarning: Double
    /// Low critical level.
    public var lowCritical: Double
    /// High warning level (raise when `value >= highWarning`).
    public var highWarning: Double
    /// High critical level.
    public var highCritical: Double
    /// Hysteresis: a level clears only when the value is past it by this much (≥ 0).
    public var deadband: Double
    /// On-delay N: a more severe level is raised only if the condition holds on N further
    /// ticks after the first sample over the limit (N + 1 consecutive samples); 0 = at once.
    public var onDelayTicks: Int
    /// Off-delay N: a level clears (or lowers) only after N further ticks below it.
    public var offDelayTicks: Int
    /// Severity raised at the warning levels.
    public var warningSeverity: AlarmSeverity
    /// Severity raised at the critical levels.
    public var criticalSeverity: AlarmSeverity
    /// A latching alarm stays (LATCHED) after its condition clears until the operator resets it.
    public var latching: Bool

    /// Limits with absent levels as `nil`.
    public init(
        lowWarning: Double? = nil, lowCritical: Double? = nil,
        highWarning: Double? = nil, highCritical: Double? = nil,
        deadband: Double = 0, onDelayTicks: Int = 0, offDelayTicks: Int = 0,
        warningSeverity: AlarmSeverity = .warning, criticalSeverity: AlarmSeverity = .critical,
        latching: Bool = false
    ) {
        precondition(deadband >= 0 && onDelayTicks >= 0 && offDelayTicks >= 0, "negative deadband or delay")
        self.lowWarning = lowWarning ?? -.infinity
        // A critical level without a warning level still raises critical.
        self.lowCritical = lowCritical ?? -.infinity
        self.highWarning = highWarning ?? .infinity
        self.highCritical = highCritical ?? .infinity
        self.deadband = deadband
        self.onDelayTicks = min(onDelayTicks, Int(UInt16.max) - 1)
        self.offDelayTicks = min(offDelayTicks, Int(UInt16.max) - 1)
        self.warningSeverity = warningSeverity
        self.criticalSeverity = criticalSeverity
        self.latching = latching
    }

    /// Limits that never raise an alarm.
    public static let none = ParameterLimits()

    /// The level the value is in, given the currently committed level (for the deadband):
    /// 0 normal, +1/+2 high warning/critical, −1/−2 low warning/critical.
    package func level(of value: Double, current: Int8) -> Int8 {
        if value >= highCritical - (current >= 2 ? deadband : 0) { return 2 }
        if value >= highWarning - (current >= 1 ? deadband : 0) { return 1 }
        if value <= lowCritical + (current <= -2 ? deadband : 0) { return -2 }
        if value <= lowWarning + (current <= -1 ? deadband : 0) { return -1 }
        return 0
    }

    /// The severity of a non-zero level.
    public func severity(ofLevel level: Int8) -> AlarmSeverity {
        abs(level) >= 2 ? criticalSeverity : warningSeverity
    }

    /// The limit crossed to reach a non-zero level; `nil` for level 0.
    public func limit(ofLevel level: Int8) -> Double? {
        switch level {
        case 2...: highCritical
        case 1: highWarning
        case -1: lowWarning
        case ...(-2): lowCritical
        default: nil
        }
    }
}
