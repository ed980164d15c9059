import ConstellationSim
import OpsConsole

/// The console's frame cost after the snapshot has arrived: render every view of a
/// 200×60 screen into the in-memory grid and diff it against the previous grid (what
/// the backend then writes), medians of repeated frames per view.
enum RenderBench {
    static func report(_ frame: EngineFrame, width: Int = 200, height: Int = 60, runs: Int = 15) -> [String] {
        var lines: [String] = []
        let clock = ContinuousClock()
        for view in ConsoleView.allCases {
            var state = AppState(size: Size(width: width, height: height))
            state.view = view
            state.satelliteCount = frame.count
            let snapshot = frame.snapshot(for: state.viewRequest)
            var previous: Grid?
            var times: [Double] = []
            for run in 0..<runs {
                let start = clock.now
                var grid = Grid(width: width, height: height)
                ConsoleLayout.render(state, snapshot, alarms: snapshot.alarms.lines, ascii: false, into: &grid)
                let changes = grid.changes(since: previous)
                times.append(seconds(clock.now - start) * 1000)
                precondition(run > 0 || !changes.isEmpty, "a first frame draws something")
                previous = grid
            }
            times.sort()
            lines.append("render+diff \(width)×\(height) \(view): ".padding(toLength: 38, withPad: " ", startingAt: 0)
                         + String(format: "%.2f ms median (max %.2f ms)", times[runs / 2], times.last ?? 0))
        }
        return lines
    }
}
