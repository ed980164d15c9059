import Synchronization

/// The past the console plots, kept by the engine as ticks run (not from the frames the
/// console happens to see, so a selection change never loses anything):
///
/// - every satellite at a coarse interval (`CoarseFleetHistory`, bounded by a byte
///   budget whatever the fleet size);
/// - every tick of the satellites the console asks for (the selected and pinned ones,
///   `Simulation.archivedEveryTick`), kept for the `fullRateKept` most recent of them
///   after they stop being asked for (`FullRateHistory`);
/// - the fleet totals every tick (`FleetKPIHistory`).
///
/// The engine records after each tick on its queue; the query service reads on its own.
/// The lock guards the three stores; a record holds it for one tick's copy (at a coarse
/// sample, one pass over the fleet).
public final class RetainedHistory: Sendable {
    struct Stores: Sendable {
        var coarse: CoarseFleetHistory
        /// Full-rate rings by fleet index, and the order they were last asked for (LRU).
        var fine: [Int: FullRateHistory] = [:]
        var recent: [Int] = []
        var fleet = FleetKPIHistory()
        let dtSeconds: Double
    }

    /// Default memory for the coarse samples of the whole fleet, bytes.
    public static let defaultBudgetBytes = 128_000_000
    /// Full-rate rings kept at most (the selection, 8 pins and a few recent selections).
    static let fullRateKept = 16

    private let stores: Mutex<Stores>

    /// - Parameters:
    ///   - satellites: Fleet size (catalog objects are not ours and are not kept).
    ///   - budgetBytes: Memory the coarse samples may take.
    public init(satellites: Int, dtSeconds: Double, budgetBytes: Int = defaultBudgetBytes) {
        stores = Mutex(Stores(coarse: CoarseFleetHistory(satellites: satellites, dtSeconds: dtSeconds,
                                                         budgetBytes: budgetBytes),
                              dtSeconds: dtSeconds))
    }

    /// Records the tick `simulation` just completed.
    func record(_ simulation: Simulation) {
        let world = simulation.world, tick = simulation.tick, t = simulation.simSeconds
        let asked = simulation.archivedEveryTick
        stores.withLock { s in
            s.coarse.record(world, tick: tick, simSeconds: t)
            s.fleet.record(simulation)
            for i in asked where (0..<s.coarse.satellites).contains(i) {
                s.fine[i, default: FullRateHistory()].record(world, i, tick: tick, simSeconds: t)
                if s.recent.last != i {
                    s.recent.removeAll { $0 == i }
                    s.recent.append(i)
                }
            }
            while s.recent.count > Self.fullRateKept {
                s.fine[s.recent.removeFirst()] = nil
            }
        }
    }

    /// Samples per satellite the coarse ring keeps, its interval, and its bytes per satellite.
    public var coarseLayout: (samples: Int, intervalSeconds: Double, bytesPerSatellite: Int) {
        stores.withLock { s in
            (s.coarse.capacity, s.coarse.intervalSeconds(dtSeconds: s.dtSeconds), s.coarse.bytesPerSatellite)
        }
    }

    /// Satellite `i`'s newest `limit` samples, oldest first: the coarse samples older
    /// than its full-rate ring, then the full-rate ones.
    public func history(of i: Int, limit: Int = SatelliteHistory.capacity) -> SatelliteHistory {
        stores.withLock { s in
            let fine = s.fine[i]?.newest(limit)
            let firstFine = fine?.times.first ?? .infinity
            let coarse = s.coarse.samples(of: i, before: firstFine)
            var history = SatelliteHistory(satellite: i)
            history.append(times: coarse.times, values: coarse.values)
            if let fine { history.append(times: fine.times, values: fine.values) }
            history.keepNewest(limit)
            return history
        }
    }

    /// The traces `request` asks for, for `selected` and the overlay, over the window
    /// ending at `nowSeconds`.
    public func plot(_ request: PlotRequest, selected: Int, nowSeconds: Double) -> PlotData {
        let columns = max(1, request.columns)
        let start = nowSeconds - request.windowSeconds, span = max(request.windowSeconds, 1e-9)
        func column(_ t: Double) -> Int? {
            let c = Int(((t - start) / span * Double(columns)).rounded(.down).clamped(-1, Double(columns)))
            return (0..<columns).contains(c) ? c : (t == nowSeconds ? columns - 1 : nil)
        }
        var satellites = [selected]
        for i in request.overlay where !satellites.contains(i) { satellites.append(i) }
        return stores.withLock { s in
            let k = SatelliteSeries.allCases.count
            var satelliteTraces: [[PlotTrace]] = []
            for i in satellites {
                var bins = TraceBins(series: k, columns: columns)
                let fine = s.fine[i]
                let firstFine = fine?.firstSeconds ?? .infinity
                let coarse = s.coarse.samples(of: i, before: firstFine)
                for (j, t) in coarse.times.enumerated() {
                    guard let c = column(t) else { continue }
                    for series in 0..<k { bins.add(series, c, coarse.values[series][j]) }
                }
                fine?.forEach(from: start) { t, series, v in
                    if let c = column(t) { bins.add(series, c, v) }
                }
                satelliteTraces.append(bins.traces)
            }
            var fleet = TraceBins(series: FleetSeries.allCases.count, columns: columns)
            s.fleet.forEach(from: start) { t, series, v in
                if let c = column(t) { fleet.add(series, c, v) }
            }
            return PlotData(startSeconds: start, endSeconds: nowSeconds, satellites: satellites,
                            satelliteTraces: satelliteTraces, fleetTraces: fleet.traces,
                            coarseIntervalSeconds: s.coarse.intervalSeconds(dtSeconds: s.dtSeconds))
        }
    }
}

/// Sums and counts per (series, column), for the mean of each column.
private struct TraceBins {
    var sums: [[Double]]
    var counts: [[Int]]

    init(series: Int, columns: Int) {
        sums = Array(repeating: Array(repeating: 0, count: columns), count: series)
        counts = Array(repeating: Array(repeating: 0, count: columns), count: series)
    }

    mutating func add(_ series: Int, _ column: Int, _ value: Double) {
        guard value.isFinite else { return }
        sums[series][column] += value
        counts[series][column] += 1
    }

    var traces: [PlotTrace] {
        zip(sums, counts).map { sum, count in
            PlotTrace(values: zip(sum, count).map { $1 > 0 ? $0 / Double($1) : .nan })
        }
    }
}

fileprivate extension Double {
    /// This value limited to lo…hi (NaN becomes lo).
    func clamped(_ lo: Double, _ hi: Double) -> Double {
        guard !isNaN else { return lo }
        return Swift.min(hi, Swift.max(lo, self))
    }
}
