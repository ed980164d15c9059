import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops replay JOURNAL`: re-runs a recorded session from its scenario, seed and
/// command log — headless with `--verify`, else in the console.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-run a recorded session: verify it headless, or watch it in the console.",
        discussion: """
            With --verify, prints 'identical' (exit 0) when the regenerated alarm transitions, \
            operator commands and per-tick fleet totals equal the recorded ones, else the first \
            divergence (exit 1). A journal recorded by another program version, or whose scenario \
            text does not match its SHA-256, is refused (exit 2) unless --force.
            """)

    @Argument(help: "The journal file (.sqlite) of the session.")
    var journal: String

    @Option(help: "Stop at this simulated time since the scenario start (e.g. 30m; default: the end of the recording).")
    var until: String?

    @Option(help: "Console viewing speed: a multiple of real time, 1…10000, or 'max' (never changes the history).")
    var speed = "10"

    @Flag(help: "Re-run headless and compare with the recording; print 'identical' or the first divergence.")
    var verify = false

    @Flag(help: "Replay even a journal from another program version or with a mismatched scenario hash.")
    var force = false

    @Option(help: "The session id to replay (see 'orbitops journal'; default: the newest).")
    var session: Int64?

    func validate() throws {
        guard SimulationSpeed(argument: speed) != nil else {
            throw ValidationError("--speed '\(speed)' is not a speed: use a multiple of real time from 1 to 10000, or 'max'")
        }
        if let until, DurationText.seconds(until) == nil {
            throw ValidationError("--until '\(until)' is not a duration: use \(DurationText.accepted)")
        }
    }

    func run() throws {
        let recorded = try Self.load(journal, session: session, force: force)
        let untilTick = try untilTick(recorded.scenario)
        guard verify else {
            try ReplayConsole(recorded: recorded, untilTick: untilTick,
                              speed: SimulationSpeed(argument: speed) ?? .multiple(10)).run()
            return
        }
        let verdict: ReplayVerifier.Verdict
        do {
            verdict = try ReplayVerifier.verify(recorded.session, path: journal, untilTick: untilTick)
        } catch {
            throw RuntimeFailure("replay of \(journal) failed: \(error)")
        }
        switch verdict {
        case .identical:
            FileHandle.standardOutput.write(Data("identical\n".utf8))
        case .diverged(let divergence):
            let line = Self.words(divergence, dtSeconds: recorded.scenario.dtSeconds)
            FileHandle.standardOutput.write(Data("\(line)\n".utf8))
            Foundation.exit(1)
        }
    }

    /// The tick `--until` names, in the scenario's ticks (rounded down).
    private func untilTick(_ scenario: Scenario) throws -> UInt64? {
        guard let until, let seconds = DurationText.seconds(until) else { return nil }
        let ticks = (seconds / scenario.dtSeconds).rounded(.down)
        guard ticks < 1e15 else { throw UsageError("--until '\(until)' is too far: use at most the recording's length") }
        return UInt64(ticks)
    }

    /// A recorded session and the scenario it flew.
    struct Loaded {
        var session: RecordedSession
        var scenario: Scenario
    }

    /// Reads the session and refuses it (`UsageError`, exit 2) when it cannot be replayed
    /// as recorded, unless `force` (never for a session that recorded no scenario).
    static func load(_ path: String, session id: Int64?, force: Bool) throws -> Loaded {
        let session: RecordedSession
        do {
            session = try RecordedSession.read(path: path, session: id)
        } catch let error as AlarmJournalError {
            throw UsageError(error.description)
        } catch {
            throw UsageError("\(error)")
        }
        switch session.refusal {
        case .notRecorded?:
            throw UsageError("\(path): session \(session.id) did not record its scenario (journal from before "
                             + "recording, or a benchmark fleet); nothing to replay")
        case .programVersion(let recorded, let current)?:
            if !force {
                throw UsageError("\(path) was recorded by orbitops \(recorded), this is \(current): "
                                 + "results may differ (use --force to replay anyway)")
            }
        case .scenarioHash(let recorded, let actual)?:
            if !force {
                throw UsageError("\(path): the recorded scenario text has SHA-256 \(actual.prefix(12))…, "
                                 + "not the recorded \(recorded.prefix(12))… (use --force to replay anyway)")
            }
        case nil:
            break
        }
        guard let recipe = session.recipe else { throw UsageError("\(path): no scenario recorded") }
        do {
            return Loaded(session: session, scenario: try recipe.scenario())
        } catch {
            throw UsageError("\(path): the recorded scenario does not parse: \(error.description)")
        }
    }

    /// The command line's words for a divergence.
    static func words(_ d: ReplayDivergence, dtSeconds: Double) -> String {
        let at = "tick \(d.tick) (t+\(DurationText.format(Double(d.tick) * dtSeconds)))"
        func side(_ row: String?) -> String { row ?? "(no row)" }
        switch d.what {
        case .commandLogAltered(let row):
            return "\(at): command log altered: command row \(row) does not match the digest chain"
        case .commandLogRowsMissing(let recorded, let found):
            return "\(at): command log altered: \(recorded) commands recorded, \(found) in the log"
        case .fleetTotal(let column, let recorded, let replayed):
            func value(_ v: Double?) -> String { v.map { "\($0)" } ?? "(no row)" }
            return "\(at): fleet total \(column) differs: recorded \(value(recorded)), replayed \(value(replayed))"
        case .alarmEvent(let recorded, let replayed):
            return "\(at): alarm journal row differs: recorded \(side(recorded)); replayed \(side(replayed))"
        case .batch(let recorded, let replayed):
            return "\(at): journal batch differs: recorded \(side(recorded)); replayed \(side(replayed))"
        }
    }
}
