import ConstellationSim

/// The console's cost at this fleet size: building one snapshot for the overview table
/// sorted by altitude (the most expensive request the console sends), median of runs.
struct SnapshotBench {
    var medianMs: Double
    var what: String

    static func measure(_ simulation: Simulation, runs: Int = 5) -> SnapshotBench {
        let clock = ContinuousClock()
        var times: [Double] = []
        let view = ViewRequest(firstRow: 0, rowCount: 50, selected: 0, sort: RowSort(key: .altitude, descending: true))
        for _ in 0..<runs {
            let start = clock.now
            var snapshot = simulation.snapshot(view: view, runState: .running, speed: .multiple(1), ticksPerSecond: 0)
            if let sort = view.sort { snapshot.rows = simulation.rowOrder(sort).prefix(view.rowCount).map(simulation.row) }
            times.append(seconds(clock.now - start) * 1000)
            _ = snapshot.rows.count
        }
        times.sort()
        return SnapshotBench(medianMs: times[times.count / 2], what: "overview, 50 rows sorted by altitude")
    }
}
