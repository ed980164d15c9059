/// A step of n ticks in progress (`.` or `>` while paused): the ticks run as ordinary
/// bursts, so the console keeps drawing and Space interrupts it.
public struct StepProgress: Sendable, Hashable {
    /// The tick the step started after, and the tick it ends at.
    public var startTick: UInt64
    public var targetTick: UInt64
    /// The last completed tick.
    public var tick: UInt64

    public init(startTick: UInt64, targetTick: UInt64, tick: UInt64) {
        self.startTick = startTick
        self.targetTick = targetTick
        self.tick = tick
    }

    /// Ticks the step runs in all, and those done so far.
    public var total: UInt64 { targetTick &- startTick }
    public var done: UInt64 { min(total, tick &- startTick) }

    /// Done so far, 0…1.
    public var fraction: Double { total == 0 ? 1 : Double(done) / Double(total) }
}
