/// The limits of every alarm parameter for one spacecraft class.
///
/// `LimitSet.default` holds the defaults below; a scenario overrides them per class
/// with the subscript or `overriding(_:with:)`. Sources: REFERENCE.md (accelerators
/// throttle near 85–95 °C and must stay below ≈ 105 °C; Li-ion depth of discharge
/// ≲ 20–30 % for long life) and OrbitOps operating choices where no standard exists.
///
/// The expected environment stays quiet (EEMUA 191: every alarm needs a response):
/// SEU_RATE alarms at twice the rate inside the SAA of the default radiation model
/// (≈ 190 SEU/h at 1e9 bits), so an SAA pass is not an alarm but a particle event or
/// failing memory is; GROUND_CONTACT_LOSS at 6 h, since laser links relay data and a
/// satellite may go hours between passes over the stations.
///
/// | parameter            | low W/C | high W/C | deadband | on/off ticks | severities |
/// |----------------------|---------|----------|----------|--------------|------------|
/// | BATTERY_SOC %        | 30 / 20 |    –     | 2        | 1 / 1        | WARNING/CRITICAL |
/// | BUS_POWER_MARGIN %   | 10 / 0  |    –     | 2        | 1 / 1        | WARNING/CRITICAL |
/// | ACCELERATOR_TEMP °C  |    –    | 90 / 100 | 2        | 1 / 1        | WARNING/CRITICAL |
/// | RADIATOR_TEMP °C     |    –    | 80 / 90  | 2        | 1 / 1        | WARNING/CRITICAL |
/// | UTILIZATION_COLLAPSE % |   –   | 50 / 90  | 5        | 3 / 3        | WATCH/WARNING |
/// | SEU_RATE SEU/h       |    –    | 400 / 1000 | 20     | 0 / 1        | WARNING/DISTRESS |
/// | LINK_LOSS links      |    –    | 1 / 3    | 0        | 0 / 0        | WATCH/WARNING |
/// | GROUND_CONTACT_LOSS min |  –   | 360 / 720| 0        | 0 / 0        | WARNING/DISTRESS |
/// | MODE_CHANGE mode     |    –    | 1 / 2    | 0        | 0 / 0        | WARNING/CRITICAL, latching |
/// | PROPELLANT %         | 20 / 10 |    –     | 1        | 0 / 0        | WARNING/CRITICAL |
/// | MIN_SEPARATION m     | 50 / 25 |    –     | 5        | 0 / 1        | WARNING/CRITICAL |
/// | ROUTE_LATENCY ms     |    –    | per route (`latency_ms`) | 1 | 0 / 0 | WARNING/DISTRESS |
/// | ROUTE_UNREACHABLE    |    –    | 1 / –    | 0        | 0 / 0        | DISTRESS |
public struct LimitSet: Sendable, Hashable, Codable {
    private var table: [ParameterLimits]

    /// A set where every parameter has `limits`.
    public init(all limits: ParameterLimits = .none) {
        table = Array(repeating: limits, count: AlarmParameter.count)
    }

    /// The limits of one parameter.
    public subscript(parameter: AlarmParameter) -> ParameterLimits {
        get { table[Int(parameter.rawValue)] }
        set { table[Int(parameter.rawValue)] = newValue }
    }

    /// A copy with one parameter's limits replaced.
    public func overriding(_ parameter: AlarmParameter, with limits: ParameterLimits) -> LimitSet {
        var copy = self
        copy[parameter] = limits
        return copy
    }

    /// The OrbitOps defaults (see the table above).
    public static let `default`: LimitSet = {
        var set = LimitSet()
        set[.batterySOC] = ParameterLimits(lowWarning: 30, lowCritical: 20, deadband: 2, onDelayTicks: 1, offDelayTicks: 1)
        set[.busPowerMargin] = ParameterLimits(lowWarning: 10, lowCritical: 0, deadband: 2, onDelayTicks: 1, offDelayTicks: 1)
        set[.acceleratorTemp] = ParameterLimits(highWarning: 90, highCritical: 100, deadband: 2, onDelayTicks: 1, offDelayTicks: 1)
        set[.radiatorTemp] = ParameterLimits(highWarning: 80, highCritical: 90, deadband: 2, onDelayTicks: 1, offDelayTicks: 1)
        set[.utilizationCollapse] = ParameterLimits(
            highWarning: 50, highCritical: 90, deadband: 5, onDelayTicks: 3, offDelayTicks: 3,
            warningSeverity: .watch, criticalSeverity: .warning)
        set[.seuRate] = ParameterLimits(
            highWarning: 400, highCritical: 1000, deadband: 20, onDelayTicks: 0, offDelayTicks: 1,
            warningSeverity: .warning, criticalSeverity: .distress)
        set[.propellant] = ParameterLimits(lowWarning: 20, lowCritical: 10, deadband: 1)
        set[.minSeparation] = ParameterLimits(lowWarning: 50, lowCritical: 25, deadband: 5, offDelayTicks: 1)
        set[.linkLoss] = ParameterLimits(
            highWarning: 1, highCritical: 3, warningSeverity: .watch, criticalSeverity: .warning)
        set[.groundContactLoss] = ParameterLimits(
            highWarning: 360, highCritical: 720, warningSeverity: .warning, criticalSeverity: .distress)
        set[.modeChange] = ParameterLimits(highWarning: 1, highCritical: 2, latching: true)
        set[.routeUnreachable] = routeUnreachableLimits
        return set
    }()

    /// A route has no path: DISTRESS (the service is lost, the spacecraft may be fine).
    public static let routeUnreachableLimits = ParameterLimits(highWarning: 1, warningSeverity: .distress)

    /// The limits of one watched route: its one-way latency levels (ms; nil = none) with a
    /// 1 ms deadband, and the unreachable alarm.
    public static func route(warningMs: Double?, highMs: Double?) -> LimitSet {
        var set = LimitSet()
        set[.routeLatency] = ParameterLimits(highWarning: warningMs, highCritical: highMs, deadband: 1,
                                             warningSeverity: .warning, criticalSeverity: .distress)
        set[.routeUnreachable] = routeUnreachableLimits
        return set
    }
}
