/// Why a satellite's alarms are suppressed by design.
public enum AlarmSuppression: UInt8, Sendable, Hashable, Codable {
    /// Nothing suppressed.
    case none
    /// The satellite is in SAFE mode: compute alarms (`isCompute`) are suppressed.
    case safe
    /// The satellite FAILED: all its alarms but MODE_CHANGE (the parent) are suppressed.
    case failed

    /// Whether this cause suppresses the alarm of `parameter`.
    public func suppresses(_ parameter: AlarmParameter) -> Bool {
        switch self {
        case .none: false
        case .safe: parameter.isCompute
        case .failed: parameter != .modeChange
        }
    }
}
