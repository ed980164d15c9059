/// Where a console replay stands, published with every frame: the recorded commands
/// applied so far (the last one shown in the status line) and where the recording ends.
public struct ReplayProgress: Sendable, Hashable {
    /// The tick the replay stops at (the recording's last, or `--until`).
    public var endTick: UInt64
    /// Recorded commands applied so far, of `commandCount`.
    public var applied: Int
    public var commandCount: Int
    /// The most recent recorded command applied, with its tick.
    public var last: JournaledCommand?

    public init(endTick: UInt64, applied: Int = 0, commandCount: Int, last: JournaledCommand? = nil) {
        self.endTick = endTick
        self.applied = applied
        self.commandCount = commandCount
        self.last = last
    }
}
