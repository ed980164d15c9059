import ConstellationSim
import Foundation
import OpsConsole

/// The console side of `orbitops replay` (without `--verify`): the recorded session
/// re-run from its scenario, its commands applied at their ticks and shown in the status
/// line; pause, step and speed pace the viewing only.
struct ReplayConsole {
    var recorded: ReplayCommand.Loaded
    var untilTick: UInt64?
    var speed: SimulationSpeed

    func run() throws {
        let setup = try ConsoleSetup(themeOption: nil, configPath: nil)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw UsageError("replay in the console needs a terminal on stdin and stdout; "
                             + "for a headless check use 'orbitops replay JOURNAL --verify'")
        }
        let session = recorded.session
        let end = min(untilTick ?? session.lastTick, session.lastTick)
        let host = EngineHost(replaying: session.commands, through: end,
                              simulation: Simulation(scenario: recorded.scenario), speed: speed)
        TerminationSignals.install()
        let backend = NcursesBackend(theme: setup.themes[setup.themeIndex])
        host.start()
        ConsoleLoop(backend: backend, engine: host, keyMap: setup.config.keyMap,
                    framesPerSecond: setup.config.framesPerSecond ?? 20, themes: setup.themes,
                    themeIndex: setup.themeIndex, ascii: !backend.isUTF8, columns: setup.config.columns,
                    terminalBackground: ThemeBackground.detect(
                        configured: setup.config.background,
                        colorFGBG: ProcessInfo.processInfo.environment["COLORFGBG"])).run()
    }
}
