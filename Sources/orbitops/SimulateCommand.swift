import Dispatch
import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops simulate`: the engine headless, telemetry to a file or stdout.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a scenario headless and write telemetry as CSV or JSON lines.")

    @OptionGroup var scenarioOptions: ScenarioOptions

    @Option(help: "Simulated time to run: a number with s, m, h or d (e.g. 2h).")
    var duration: String

    @Option(help: "Interval between telemetry samples (a multiple of the tick).")
    var every = "60s"

    @Option(help: "Output format: csv or jsonl.")
    var format: TelemetryFormat = .csv

    @Option(help: "Write telemetry to this file instead of stdout.")
    var output: String?

    @OptionGroup var journalOptions: JournalOptions

    @Flag(help: "At the end, print the ISA-18.2 alarm KPI report (to stderr when telemetry goes to stdout, else to stdout).")
    var alarmReport = false

    @Option(help: "Rows to write: satellites (one row per satellite per sample), fleet (one row of totals), maneuvers (one row per executed manoeuvre) or routes (one row per watched route per sample).")
    var telemetry: TelemetryKind = .satellites

    @Option(help: .hidden)
    var benchmarkScenario: String?

    @Option(help: "Only these satellites, comma-separated ids (e.g. P01-S01,P01-S02); satellite rows only.")
    var satellites: String?

    func run() throws {
        guard let durationS = DurationText.seconds(duration) else {
            throw UsageError("--duration '\(duration)' is not a duration: \(DurationText.problem(duration))")
        }
        guard let everyS = DurationText.seconds(every) else {
            throw UsageError("--every '\(every)' is not a duration: \(DurationText.problem(every))")
        }
        var (scenario, flown) = try scenarioOptions.flight()
        var recipe: ScenarioRecipe? = flown
        if let name = benchmarkScenario {
            guard let bench = BenchmarkScenarios.all[name] else {
                throw UsageError("--benchmark-scenario '\(name)' is not one of \(BenchmarkScenarios.all.keys.sorted().joined(separator: ", "))")
            }
            scenario = bench
            recipe = nil  // a generated fleet has no YAML: its journal is not replayable
        }
        var study: HeadlessRun
        do {
            let ids = satellites.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            study = try HeadlessRun(scenario: scenario, durationS: durationS, everyS: everyS,
                                    telemetry: telemetry, satellites: ids)
        } catch {
            throw UsageError(Self.words(error))
        }
        let archive = try journalOptions.archivePolicy(dtSeconds: scenario.dtSeconds)
        let satellites = scenario.satelliteCount
        if !journalOptions.disabled, !archive.archivesSatellites(of: satellites) {
            FileHandle.standardError.write(Data(("orbitops: telemetry archive keeps fleet rows only: \(satellites) satellites need "
                + "--archive-max-mb \(ArchiveBudget.megabytes(for: satellites)) or more for per-satellite rows\n").utf8))
        }
        let journalPath = try journalOptions.resolvedPath()
        if let journalPath {
            // Where the run is recorded, before it starts (a run cut short still says it).
            FileHandle.standardError.write(Data("orbitops: journal: \(journalPath)\n".utf8))
        }
        let alarms = HeadlessAlarmRecorder(journalPath: journalPath, recipe: recipe, archive: archive)
        study.alarmRecorder = alarms
        let handle = try openOutput()
        var encoder = TelemetryEncoder(format: format, columns: study.columns) { text in
            try handle.write(contentsOf: Data(text.utf8))
        }
        var bar = ProgressBar(enabled: isatty(STDERR_FILENO) == 1)
        do {
            try study.run(into: &encoder) { ticks, total in bar.show(ticks: ticks, of: total) }
        } catch let error as AlarmJournalWriterError {
            throw RuntimeFailure(error.message)
        } catch {
            throw RuntimeFailure("writing telemetry failed: \(error.localizedDescription)")
        }
        bar.finish()
        if output != nil { try? handle.close() }
        if alarmReport, let kpis = alarms.kpis {
            let report = Data(kpis.report().utf8)
            if output == nil { FileHandle.standardError.write(report) } else { FileHandle.standardOutput.write(report) }
        }
    }

    private func openOutput() throws -> FileHandle {
        guard let output else { return .standardOutput }
        // Opened in place with open(2): FileManager.createFile writes a temporary file
        // and renames it over the path, which would replace a device such as /dev/null.
        let descriptor = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw UsageError("cannot write --output file '\(output)': \(String(cString: strerror(errno)))")
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}

extension TelemetryFormat: ExpressibleByArgument {}
extension TelemetryKind: ExpressibleByArgument {}

/// A one-line progress bar on stderr, drawn only when stderr is a terminal: ticks done
/// of the total, percent, and the time left estimated from the rate so far. Redrawn at
/// most ten times a second.
struct ProgressBar {
    let enabled: Bool
    private let startNs = DispatchTime.now().uptimeNanoseconds
    private var lastDrawNs: UInt64 = 0

    init(enabled: Bool) {
        self.enabled = enabled
    }

    mutating func show(ticks: Int, of total: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard ticks >= total || now &- lastDrawNs >= 100_000_000 else { return }
        lastDrawNs = now
        FileHandle.standardError.write(Data(("\r" + Self.line(ticks: ticks, of: total,
                                                              elapsedSeconds: Double(now &- startNs) / 1e9)).utf8))
    }

    /// `████░░░░ 42% 1,512/3,600 ticks ETA 0:17` (ETA once a tick is done).
    static func line(ticks: Int, of total: Int, elapsedSeconds: Double) -> String {
        let width = 30
        let fraction = total > 0 ? min(1, max(0, Double(ticks) / Double(total))) : 1
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        var text = "\(bar) \(Int((fraction * 100).rounded(.down)))% \(ticks)/\(total) ticks"
        if ticks > 0, ticks < total, elapsedSeconds.isFinite, elapsedSeconds > 0 {
            let left = elapsedSeconds / Double(ticks) * Double(total - ticks)
            text += " ETA " + clock(left)
        } else if ticks >= total {
            text += " done in " + clock(elapsedSeconds)
        }
        return text + "  "
    }

    /// `1:02:03`, `2:05`.
    static func clock(_ seconds: Double) -> String {
        let s = Int(min(max(0, seconds), 1e9).rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
            : String(format: "%d:%02d", s / 60, s % 60)
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}

extension SimulateCommand {
    /// The command line's words for a refused headless run.
    static func words(_ error: HeadlessRunError) -> String {
        switch error {
        case .durationNotPositive:
            return "--duration must be greater than zero"
        case .intervalNotPositive:
            return "--every must be greater than zero"
        case .tooManyTicks(let duration, let dt, let limit):
            return "--duration \(DurationText.format(duration)) is \(String(format: "%.3g", duration / dt)) ticks of "
                + "\(DurationText.format(dt)); a run takes at most \(limit) ticks: use --duration up to "
                + DurationText.format((Double(limit) * dt).rounded(.down))
        case .intervalNotMultipleOfTick(let every, let dt, let suggested):
            return "--every \(DurationText.format(every)) is not a whole multiple of the scenario tick "
                + "(dt = \(DurationText.format(dt))); use e.g. --every \(DurationText.format(suggested))"
        case .satellitesWithFleetTelemetry:
            return "--satellites selects satellite rows; it cannot be used with --telemetry fleet or maneuvers"
        case .satellitesWithRouteTelemetry:
            return "--satellites selects satellite rows; it cannot be used with --telemetry routes"
        case .noRoutes:
            return "--telemetry routes: the scenario has no routes; add 'routes:' (e.g. - {from: Paris, to: Luanda}) "
                + "or use --telemetry satellites or fleet"
        case .unknownSatellite(let id):
            return "--satellites: unknown satellite '\(id)'"
        }
    }
}
