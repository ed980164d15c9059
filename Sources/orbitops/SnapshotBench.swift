import ConstellationSim

/// The console's cost at this fleet size: the engine publishing a frame (recycled
/// buffers, under the tick lock) and the query service answering the overview sorted by
/// altitude from it with fresh caches (the first answer after a sort key press), medians.
struct SnapshotBench {
    var frameMs: Double
    var answerMs: Double
    var what: String { "frame \(String(format: "%.1f", frameMs)) ms + first sorted answer \(String(format: "%.1f", answerMs)) ms" }
    var medianMs: Double { frameMs + answerMs }

    static func measure(_ simulation: Simulation, runs: Int = 5) -> SnapshotBench {
        let clock = ContinuousClock()
        var frames: [Double] = [], answers: [Double] = []
        let view = ViewRequest(firstRow: 0, rowCount: 50, selected: 0, sort: RowSort(key: .altitude, descending: true))
        var spare: EngineFrame? = simulation.makeFrame(runState: .running, speed: .max, ticksPerSecond: 0, journal: nil)
        for _ in 0..<runs {
            var start = clock.now
            let frame = simulation.makeFrame(runState: .running, speed: .max, ticksPerSecond: 0, journal: nil,
                                             reusing: spare.take())
            frames.append(seconds(clock.now - start) * 1000)
            start = clock.now
            let snapshot = frame.snapshot(for: view)
            answers.append(seconds(clock.now - start) * 1000)
            precondition(snapshot.rows.count == min(50, simulation.fleet.count))
            spare = frame
        }
        return SnapshotBench(frameMs: frames.sorted()[runs / 2], answerMs: answers.sorted()[runs / 2])
    }
}
