/// One route after a routing step.
public struct RouteState: Sendable, Hashable, Codable {
    /// Satellites on the path in order (fleet indices); empty when unreachable.
    public var path: [Int32] = []
    /// Length of every link in order, km: the uplink, the laser links, and the downlink
    /// (none for a route to compute, which ends on the satellite).
    public var linkKm: [Double] = []
    /// Great-circle distance at fibre speed, ms (nil for a route to compute).
    public var fibreMs: Double?
    /// Switching delay per link, ms.
    public var hopDelayMs: Double = 0

    public init() {}

    public var reachable: Bool { !linkKm.isEmpty }
    /// Links on the path, the two ground links included.
    public var hops: Int { linkKm.count }
    /// Total path length, km.
    public var pathKm: Double { linkKm.reduce(0, +) }
    /// One-way latency: length / c plus the switching delay of every link, ms (NaN when unreachable).
    public var latencyMs: Double {
        reachable ? LatencyModel.vacuumMs(km: pathKm) + Double(hops) * hopDelayMs : .nan
    }
    /// One link's latency, ms.
    public func linkMs(_ k: Int) -> Double { LatencyModel.vacuumMs(km: linkKm[k]) + hopDelayMs }
}

/// Every route of the scenario after the latest routing step, with a short history of
/// latencies for sparklines.
public struct RouteTable: Sendable, Hashable, Codable {
    public internal(set) var routes: [RouteState]
    /// Tick of the latest routing step (−1 before the first).
    public internal(set) var tick: Int64 = -1
    /// One-way latency of each route at the last `historyLength` routing steps, oldest
    /// first (NaN = unreachable).
    public internal(set) var recentLatencyMs: [[Double]]

    /// Routing steps kept in `recentLatencyMs`.
    public static let historyLength = 120

    public init(routeCount: Int) {
        routes = Array(repeating: RouteState(), count: routeCount)
        recentLatencyMs = Array(repeating: [], count: routeCount)
    }

    mutating func record(_ states: [RouteState], tick: Int64) {
        routes = states
        self.tick = tick
        for r in states.indices {
            if recentLatencyMs[r].count >= Self.historyLength { recentLatencyMs[r].removeFirst() }
            recentLatencyMs[r].append(states[r].latencyMs)
        }
    }
}
