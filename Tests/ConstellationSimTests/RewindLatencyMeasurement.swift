import Dispatch
import Foundation
import Testing
@testable import ConstellationSim

/// Rewind latency and checkpoint memory at 1k and 100k satellites (README numbers). Runs
/// only with `ORBITOPS_MEASURE_REWIND=1`, best in release:
/// `ORBITOPS_MEASURE_REWIND=1 swift test -c release --filter RewindLatencyMeasurement`.
@Suite struct RewindLatencyMeasurement {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ORBITOPS_MEASURE_REWIND"] != nil),
          arguments: [(40, 25), (400, 250)])
    func worstCaseRewind(planes: Int, perPlane: Int) {
        var scenario = BuiltInScenarios.default
        scenario.shells = [ShellDesign(WalkerShell(name: "shell-550", altitudeKm: 550, inclinationDeg: 53,
                                                   planes: planes, perPlane: perPlane, phasing: 1))]
        let host = EngineHost(simulation: Simulation(scenario: scenario), paused: true)
        host.start()
        let liveStart = DispatchTime.now().uptimeNanoseconds
        host.send(.step(64))
        _ = host.inspect { $0.tick }
        let tickMs = Double(DispatchTime.now().uptimeNanoseconds - liveStart) / 1e6 / 64
        let status = host.rewindStatus()
        // 63 is the worst case: 31 ticks after the copy at 32.
        for target in [63, 32, 63, 1] as [UInt64] {
            let start = DispatchTime.now().uptimeNanoseconds
            host.rewind(to: target)
            let tick = host.inspectPast { $0?.tick }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            print("rewind \(planes * perPlane) satellites to \(target) (\(String(describing: tick))): \(ms) ms; live tick \(tickMs) ms;"
                  + " \(status.checkpointCount) copies of \(status.bytesPerCheckpoint) B, interval \(status.intervalTicks)")
        }
    }
}
