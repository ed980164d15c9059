import ArgumentParser
import ConstellationSim
import Foundation
import OpsConsole

/// `orbitops console`: the live operations console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the full-screen operations console.")

    @OptionGroup var scenarioOptions: ScenarioOptions

    @Flag(help: "Start with the simulation paused.")
    var paused = false

    @Flag(help: "Also run the scenario's scripted operator actions (by default you are the operator).")
    var operatorScript = false

    @Option(help: "Speed as a multiple of real time, 1…10000, or 'max'.")
    var speed = "10"

    @Option(help: "Frames per second of the display, 1…60 (default: the config file's, else 20).")
    var fps: Int?

    @Option(help: "Colour theme: a name from 'orbitops themes' or a path to a theme file.")
    var theme: String?

    @Flag(help: "Draw with ASCII only (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(help: "Leave the mouse to the terminal (no click to select, no wheel scrolling).")
    var noMouse = false

    @Option(help: "Config file (default: $XDG_CONFIG_HOME/orbitops/config.yaml).")
    var config: String?

    @OptionGroup var journalOptions: JournalOptions

    func validate() throws {
        guard SimulationSpeed(argument: speed) != nil else {
            throw ValidationError("--speed '\(speed)' is not a speed: use a multiple of real time from 1 to 10000, or 'max'")
        }
        if let fps, !(1...60).contains(fps) { throw ValidationError("--fps \(fps) is out of range: use 1…60") }
    }

    func run() throws {
        let setup = try ConsoleSetup(themeOption: theme, configPath: config)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw UsageError("the console needs a terminal on stdin and stdout; for batch runs use 'orbitops simulate'")
        }
        // In the console the person at the keyboard is the operator: a scenario's scripted
        // operator actions (drills, replays) run only when asked for.
        let (scenario, recipe) = try scenarioOptions.flight(operatorScript: operatorScript)
        var simulation = Simulation(scenario: scenario)
        simulation.telemetryArchive = try journalOptions.archivePolicy(dtSeconds: scenario.dtSeconds)
        // A journal that cannot be opened (unwritable path, full disk) or later written is
        // one line on stderr and JOURNAL FAILED in the header: the console keeps running.
        var journal: AlarmJournalWriter?
        var journalOpenFailure: String?
        do {
            journal = try Self.openJournal(journalOptions, simulation: simulation, recipe: recipe)
        } catch let error as RuntimeFailure {
            journalOpenFailure = error.message
            Self.warn("\(error.message); running without a journal")
        }
        // `consume`: the host must hold the only reference to the world, or its first tick
        // copies every column (≈ 450 MB at 1,000,000 satellites) and this one stays alive.
        let host = EngineHost(simulation: consume simulation, paused: paused,
                              speed: SimulationSpeed(argument: speed) ?? .multiple(10),
                              alarmJournal: journal, operatorName: ProcessInfo.processInfo.environment["USER"] ?? "operator")
        TerminationSignals.install()
        let backend = NcursesBackend(theme: setup.themes[setup.themeIndex], mouse: !noMouse)
        host.start()
        ConsoleLoop(backend: backend, engine: host, keyMap: setup.config.keyMap,
                    framesPerSecond: fps ?? setup.config.framesPerSecond ?? 20, themes: setup.themes,
                    themeIndex: setup.themeIndex, ascii: ascii || !backend.isUTF8,
                    eventLog: journal.map { JournalEventService(path: $0.status.path, commandText: CommandText.describe) },
                    columns: setup.config.columns,
                    terminalBackground: ThemeBackground.detect(
                        configured: setup.config.background,
                        colorFGBG: ProcessInfo.processInfo.environment["COLORFGBG"]),
                    journalOpenFailure: journalOpenFailure).run()
        do {
            try host.closeAlarmJournal()
        } catch {
            // A write error was reported on stderr when it happened: exit 1 without repeating it.
            if TerminationSignals.exitStatus == nil, journal?.status.failure != nil { Foundation.exit(1) }
            if journal?.status.failure == nil { throw RuntimeFailure("\(error)") }
        }
        if let journal { FileHandle.standardError.write(Data("orbitops: alarm journal \(journal.journal.path)\n".utf8)) }
    }

    /// One line on stderr, `orbitops: …` (under the console's screen, or in a redirect).
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("orbitops: \(message)\n".utf8))
    }

    /// Opens the journal writer unless `--no-journal`.
    static func openJournal(_ options: JournalOptions, simulation: Simulation, recipe: ScenarioRecipe?) throws
        -> AlarmJournalWriter?
    {
        guard let path = try options.resolvedPath() else { return nil }
        do {
            let journal = try AlarmJournal(
                path: path, startSimSeconds: simulation.simSeconds, epoch: simulation.scenario.epoch,
                scenario: simulation.scenario.name, seed: simulation.scenario.seed, recipe: recipe,
                satelliteIDs: simulation.alarmSubjectIDs)
            return AlarmJournalWriter(journal: journal) { message in
                warn("\(message); the console goes on without a journal")
            }
        } catch {
            throw RuntimeFailure("cannot open alarm journal '\(path)': \(error)")
        }
    }
}
