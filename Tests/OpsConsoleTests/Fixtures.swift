import Foundation
@testable import ConstellationSim
import Synchronization
@testable import OpsConsole

/// A snapshot with rows `first..<first+count` of a fictitious 100-satellite fleet.
func makeSnapshot(runState: RunState = .paused, speed: SimulationSpeed = .multiple(10), first: Int = 0,
                  count: Int = 30, selected: Int = 0, satellites: Int = 100) -> FleetSnapshot {
    let row = { (i: Int) in
        SatelliteRow(index: i, id: "P\(i / 10 + 1)-S\(i % 10 + 1)", shell: "shell-550", plane: i / 10 + 1,
                     slot: i % 10 + 1, latitudeDeg: Double(i) - 50.25, longitudeDeg: Double(i) * 3 - 150.5,
                     altitudeKm: 550.04, mode: i % 7 == 3 ? .safe : .nominal, cause: .none,
                     batterySOC: (100 - Double(i)) / 100, netPowerW: Double(i * 100 - 1000),
                     acceleratorTempC: 40 + Double(i), radiatorTempC: Double(i) - 10, utilization: Double(i) / 100,
                     seuTotal: i, linksUp: 4 - i % 5, groundStation: nil)
    }
    var aggregates = FleetAggregates()
    aggregates.satellites = satellites
    aggregates.nominal = satellites - 17
    aggregates.degraded = 2
    aggregates.safe = 14
    aggregates.failed = 1
    aggregates.deliveredPFLOPS = 1234.56
    aggregates.solarMW = 44.061
    aggregates.loadMW = 11.0863
    return FleetSnapshot(
        scenarioName: "default", tick: 42, simSeconds: 420,
        time: JulianDate(year: 2026, month: 6, day: 21, hour: 0, minute: 7),
        dtSeconds: 10, runState: runState, speed: speed, ticksPerSecond: 12.5, satelliteCount: satellites,
        firstRow: first, rows: (first..<min(satellites, first + count)).map(row),
        selected: satellites > 0 ? row(selected) : nil, aggregates: aggregates, limits: [.default])
}

/// An engine stand-in: records commands and view requests, serves a fixed snapshot.
final class FakeEngine: EngineLink {
    private let state = Mutex<(commands: [EngineCommand], views: [ViewRequest], snapshot: FleetSnapshot?, version: UInt64)>(([], [], nil, 0))

    init(_ snapshot: FleetSnapshot?) { state.withLock { $0.snapshot = snapshot; $0.version = 1 } }

    func send(_ command: EngineCommand) { state.withLock { $0.commands.append(command) } }
    func setView(_ request: ViewRequest) { state.withLock { $0.views.append(request) } }
    func latestSnapshot() -> (version: UInt64, snapshot: FleetSnapshot?) { state.withLock { ($0.version, $0.snapshot) } }
    func publish(_ snapshot: FleetSnapshot) { state.withLock { $0.snapshot = snapshot; $0.version += 1 } }
    var commands: [EngineCommand] { state.withLock { $0.commands } }
    var lastView: ViewRequest? { state.withLock { $0.views.last } }
    private let archiveCalls = Mutex<[[Int]]>([])
    func archiveEveryTick(_ satellites: [Int]) { archiveCalls.withLock { $0.append(satellites) } }
    /// Every list handed to `archiveEveryTick`, in order.
    var archived: [[Int]] { archiveCalls.withLock { $0 } }
}

/// The view tests' fleet: one 53° shell at 550 km, 72 planes × 22 (Walker 1584/72/17),
/// satellite ids without a shell prefix, epoch at the 2026 June solstice.
let singleShellScenario = Scenario(
    name: "single-shell", epoch: JulianDate(year: 2026, month: 6, day: 21), dtSeconds: 10, seed: 1,
    shells: [ShellDesign(WalkerShell(name: "shell-550", altitudeKm: 550, inclinationDeg: 53, planes: 72, perPlane: 22,
                                     phasing: 17))])

extension Simulation {
    /// A frame of the simulation as it is now (paused, no journal).
    func frame() -> EngineFrame {
        makeFrame(runState: .paused, speed: .multiple(10), ticksPerSecond: 0, journal: nil)
    }
}

/// Polls `condition` until it holds or `seconds` pass (answers arrive from the query queue).
func eventually(within seconds: Double = 5, _ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < deadline {
        if condition() { return true }
        usleep(5_000)
    }
    return condition()
}
