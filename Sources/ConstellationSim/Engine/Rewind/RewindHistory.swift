/// The live run's past, kept so the console can rewind: copies of the simulation taken
/// right after a tick, every `intervalTicks` ticks, within a memory budget.
///
/// A copy is an exact checkpoint (a `Simulation` is a value; its world is copied on the
/// live run's next write), so restoring one is a copy back, with no encoding. When the
/// copies would exceed the budget, every other one goes and the interval doubles: the
/// history always reaches back to the first copy (the start of the session) and a
/// rewind replays at most `intervalTicks` ticks from the nearest copy. A fleet whose one
/// copy exceeds the budget keeps none, and `status` says so.
struct RewindHistory: Sendable {
    /// Memory the copies may take, bytes.
    let budgetBytes: Int
    /// Memory one copy takes: the world's columns, bytes.
    let bytesPerCheckpoint: Int
    /// Copies kept at most (0: the budget holds none).
    let capacity: Int
    /// Ticks between two copies.
    private(set) var intervalTicks: UInt64
    /// The copies, oldest first (the first is the session's start).
    private(set) var checkpoints: [Simulation] = []

    /// Starts the history with `initial` (the session's first state).
    init(initial: Simulation, budgetBytes: Int, intervalTicks: UInt64 = 32) {
        self.budgetBytes = max(0, budgetBytes)
        bytesPerCheckpoint = max(1, initial.world.columnBytes)
        capacity = self.budgetBytes / bytesPerCheckpoint
        self.intervalTicks = max(1, intervalTicks)
        if capacity > 0 { checkpoints = [Self.quiet(initial)] }
    }

    /// Keeps a copy of `simulation` (just after a tick) when its tick is due.
    mutating func record(_ simulation: Simulation) {
        guard capacity > 0, simulation.tick % intervalTicks == 0,
              let last = checkpoints.last, last.tick < simulation.tick else { return }
        checkpoints.append(Self.quiet(simulation))
        while checkpoints.count > capacity, checkpoints.count > 1 {
            intervalTicks *= 2
            let keep = intervalTicks
            checkpoints = checkpoints.enumerated().filter { $0.offset == 0 || $0.element.tick % keep == 0 }.map(\.element)
        }
    }

    /// The latest copy at or before `tick` (nil: none kept).
    func nearest(atOrBefore tick: UInt64) -> Simulation? {
        checkpoints.last { $0.tick <= tick }
    }

    /// What the history holds, for the console.
    var status: RewindStatus {
        RewindStatus(earliestTick: checkpoints.first?.tick, checkpointCount: checkpoints.count,
                     bytesPerCheckpoint: bytesPerCheckpoint, budgetBytes: budgetBytes, intervalTicks: intervalTicks)
    }

    /// A copy that records nothing for the journal (its pending batches dropped).
    private static func quiet(_ simulation: Simulation) -> Simulation {
        var copy = simulation
        copy.recordsAlarmBatches = false
        _ = copy.takeAlarmBatches()
        return copy
    }
}

/// How far back the console can rewind, and what that costs.
public struct RewindStatus: Sendable, Hashable {
    /// The earliest tick a rewind reaches (nil: rewind is off, no copy fits the budget).
    public var earliestTick: UInt64?
    /// Copies of the simulation kept.
    public var checkpointCount = 0
    /// Memory one copy takes, bytes.
    public var bytesPerCheckpoint = 0
    /// Memory the copies may take, bytes.
    public var budgetBytes = 0
    /// Ticks between two copies (the most a rewind replays).
    public var intervalTicks: UInt64 = 0

    public init(earliestTick: UInt64? = nil, checkpointCount: Int = 0, bytesPerCheckpoint: Int = 0,
                budgetBytes: Int = 0, intervalTicks: UInt64 = 0) {
        self.earliestTick = earliestTick
        self.checkpointCount = checkpointCount
        self.bytesPerCheckpoint = bytesPerCheckpoint
        self.budgetBytes = budgetBytes
        self.intervalTicks = intervalTicks
    }
}
