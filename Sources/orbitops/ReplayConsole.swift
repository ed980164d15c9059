import ConstellationSim
import Foundation

/// The console side of `orbitops replay` (without `--verify`).
struct ReplayConsole {
    var recorded: ReplayCommand.Loaded
    var untilTick: UInt64?
    var speed: SimulationSpeed

    func run() throws {
        throw UsageError("replay in the console is not available yet: use 'orbitops replay JOURNAL --verify'")
    }
}
