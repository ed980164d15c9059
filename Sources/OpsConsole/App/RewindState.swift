import ConstellationSim

/// The console looking at the past: the tick whose end state every view shows, read
/// only, while the live run goes on (or stays paused).
public struct RewindState: Sendable, Hashable {
    /// The tick shown.
    public var tick: UInt64

    public init(tick: UInt64) {
        self.tick = tick
    }

    /// How far the shown past is behind the live run, seconds.
    public func behindSeconds(_ live: LiveClock) -> Double {
        Double(live.tick - min(tick, live.tick)) * live.dtSeconds
    }
}

/// What the live run says while the screen may show the past: its tick, the tick length
/// and how far back its history reaches.
public struct LiveClock: Sendable, Hashable {
    public var tick: UInt64 = 0
    public var dtSeconds: Double = 1
    public var history = RewindStatus()

    public init(tick: UInt64 = 0, dtSeconds: Double = 1, history: RewindStatus = RewindStatus()) {
        self.tick = tick
        self.dtSeconds = dtSeconds
        self.history = history
    }

    /// Ticks one scrub key moves: a fortieth of the history, at least one.
    public var stepTicks: UInt64 {
        guard let earliest = history.earliestTick, tick > earliest else { return 1 }
        return max(1, (tick - earliest) / 40)
    }
}
