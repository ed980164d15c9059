/// The limit-check state of one alarm (one satellite × parameter): the committed level
/// and the pending change counting towards its on- or off-delay. Four bytes, kept in a
/// dense array by the alarm book; updating it allocates nothing.
package struct LimitTracker: Sendable, Equatable, BitwiseCopyable {
    /// Committed level: 0 normal, ±1 warning, ±2 critical (negative = low side).
    package private(set) var level: Int8 = 0
    private var pendingLevel: Int8 = 0
    private var pendingCount: UInt16 = 0

    package init() {}

    /// Feeds one sample; returns the new committed level when it changes, else `nil`.
    /// A NaN sample (no data) changes nothing.
    package mutating func update(value: Double, limits: ParameterLimits) -> Int8? {
        if value.isNaN { return nil }
        let raw = limits.level(of: value, current: level)
        if raw == level {
            pendingCount = 0
            return nil
        }
        let rising = abs(raw) > abs(level) || (raw != 0 && level != 0 && (raw > 0) != (level > 0))
        let delay = rising ? limits.onDelayTicks : limits.offDelayTicks
        if pendingCount > 0 && (raw > level) == (pendingLevel > level) {
            // Still moving the same way: keep counting, towards the smaller change.
            pendingLevel = raw > level ? min(raw, pendingLevel) : max(raw, pendingLevel)
            pendingCount &+= 1
        } else {
            pendingLevel = raw
            pendingCount = 1
        }
        guard Int(pendingCount) > delay else { return nil }
        level = pendingLevel
        pendingCount = 0
        return level
    }
}
