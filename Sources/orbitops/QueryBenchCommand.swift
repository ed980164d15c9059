import ArgumentParser
import ConstellationSim
import Dispatch

/// `orbitops bench query`: what the console's queries cost on a scenario's fleet —
/// building a frame under the tick lock, and answering the table (per sort key, first
/// answer by selection, then from the cached order), a filter, the map and the heatmap.
struct QueryBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query", abstract: "Time frame publishing and console query answers on a scenario.")

    @OptionGroup var scenarioOptions: ScenarioOptions

    @Option(help: "Ticks to run before measuring.")
    var ticks = 2

    func run() throws {
        var simulation = Simulation(scenario: try scenarioOptions.scenario())
        simulation.advance(ticks: ticks)
        let n = simulation.fleet.count
        print("satellites \(n)")
        var frame = simulation.makeFrame(runState: .paused, speed: .max, ticksPerSecond: 0, journal: nil)
        let fresh = Self.milliseconds {
            frame = simulation.makeFrame(runState: .paused, speed: .max, ticksPerSecond: 0, journal: nil)
        }
        var spare: EngineFrame? = simulation.makeFrame(runState: .paused, speed: .max, ticksPerSecond: 0, journal: nil)
        let reused = Self.milliseconds {
            frame = simulation.makeFrame(runState: .paused, speed: .max, ticksPerSecond: 0, journal: nil,
                                         reusing: spare.take())
        }
        print(Self.line("frame (new buffers)", fresh))
        print(Self.line("frame (reused buffers)", reused))
        var builder = SnapshotBuilder()
        let plain = ViewRequest(firstRow: 0, rowCount: 50, selected: 0)
        print(Self.line("answer, fleet order", Self.milliseconds { _ = builder.snapshot(frame, plain, history: nil) }))
        for key in RowSortKey.allCases where key != .index {
            let request = ViewRequest(firstRow: 0, rowCount: 50, selected: 0, sort: RowSort(key: key))
            let first = Self.milliseconds { _ = builder.snapshot(frame, request, history: nil) }
            let build = Self.milliseconds { builder.orders.waitUntilIdle() }
            var deep = request
            deep.firstRow = n / 2
            let cached = Self.milliseconds { _ = builder.snapshot(frame, deep, history: nil) }
            print(Self.line("sort \(key): selection", first) + Self.line("  +order wait", build)
                  + Self.line("  cached (mid-table)", cached))
        }
        // One tick later the cached orders are refreshed from the previous permutation.
        simulation.advance()
        frame = simulation.makeFrame(runState: .paused, speed: .max, ticksPerSecond: 0, journal: nil)
        for key in [RowSortKey.latitude, .acceleratorTemp] {
            let request = ViewRequest(firstRow: 0, rowCount: 50, selected: 0, sort: RowSort(key: key))
            let first = Self.milliseconds { _ = builder.snapshot(frame, request, history: nil) }
            let refresh = Self.milliseconds { builder.orders.waitUntilIdle() }
            print(Self.line("next tick, sort \(key): selection", first) + Self.line("  +refresh wait", refresh))
        }
        let filter = FleetFilter([.compare(.utilization, .less, 0.5), .mode(.nominal)])
        let filtered = ViewRequest(firstRow: 0, rowCount: 50, selected: 0, sort: RowSort(key: .battery), filter: filter)
        print(Self.line("filter util<50 % & NOMINAL, sorted", Self.milliseconds {
            _ = builder.snapshot(frame, filtered, history: nil)
        }))
        let views = ViewRequest(firstRow: 0, rowCount: 50, selected: 0, map: MapRequest(columns: 400, rows: 200),
                                heatmap: HeatmapRequest(shell: 0, metric: .battery, maxColumns: 80, maxRows: 50))
        print(Self.line("map 400×200 + heatmap", Self.milliseconds { _ = builder.snapshot(frame, views, history: nil) }))
        var moved = views
        moved.selected = 1
        print(Self.line("selection move (map shown)", Self.milliseconds {
            _ = builder.snapshot(frame, moved, history: nil)
        }))
        for line in RenderBench.report(frame) { print(line) }
    }

    private static func milliseconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    private static func line(_ label: String, _ ms: Double) -> String {
        "\(label): \((ms * 10).rounded() / 10) ms"
    }
}
