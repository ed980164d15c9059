import ArgumentParser
import ConstellationSim
import Foundation

/// `--journal PATH` / `--no-journal`: where the alarm journal goes. Default: a new file
/// `$XDG_STATE_HOME/orbitops/journal-<UTC yyyyMMdd'T'HHmmss'Z'>.sqlite` (fallback
/// `~/.local/state/orbitops/…`), for both `console` and `simulate`.
struct JournalOptions: ParsableArguments {
    @Option(name: .customLong("journal"),
            help: "Write the alarm journal (SQLite) to this file (default: a new file in $XDG_STATE_HOME/orbitops).")
    var path: String?

    @Flag(name: .customLong("no-journal"), help: "Do not write an alarm journal.")
    var disabled = false

    @Option(name: .customLong("archive-every"),
            help: "Archive every satellite's telemetry in the journal at this interval (a multiple of the tick, e.g. 60s; default: 60s, or one tick when the tick is longer or does not divide it).")
    var archiveEvery: String?

    @Option(name: .customLong("archive-max-mb"),
            help: "Most MB of per-satellite telemetry kept in the journal; the oldest samples go first (0: none).")
    var archiveMaxMB = 256

    func validate() throws {
        if disabled, path != nil { throw ValidationError("--journal and --no-journal exclude each other") }
        if let archiveEvery, DurationText.seconds(archiveEvery).map({ $0 > 0 }) != true {
            throw ValidationError("--archive-every '\(archiveEvery)' is not a positive duration: use \(DurationText.accepted)")
        }
        guard (0...1_000_000).contains(archiveMaxMB) else {
            throw ValidationError("--archive-max-mb \(archiveMaxMB) is out of range: use 0…1000000")
        }
    }

    /// The per-satellite archive for a scenario ticking every `dtSeconds`.
    /// Without `--archive-every` the interval is the tick multiple nearest 60 s (at least
    /// one tick), so any scenario tick works; a given interval must be a whole multiple.
    func archivePolicy(dtSeconds: Double) throws -> TelemetryArchivePolicy {
        let budget = archiveMaxMB * 1_000_000
        guard let archiveEvery else {
            let ticks = max(1, min(1e9, (60 / dtSeconds).rounded()))
            return TelemetryArchivePolicy(everyTicks: Int(ticks), maximumBytes: budget)
        }
        let every = DurationText.seconds(archiveEvery) ?? 60
        let ratio = (every / dtSeconds).rounded()
        guard ratio >= 1, ratio < 1e9, abs(every / dtSeconds - ratio) < 1e-9 else {
            let suggestion = DurationText.format(dtSeconds * max(1, min(1e9, ratio)))
            throw UsageError("--archive-every \(archiveEvery) is not a whole multiple of the scenario tick "
                             + "(dt = \(DurationText.format(dtSeconds))); use a multiple such as \(suggestion)")
        }
        return TelemetryArchivePolicy(everyTicks: Int(ratio), maximumBytes: budget)
    }

    /// The journal file to write, creating the default directory; nil with `--no-journal`.
    func resolvedPath(now: Date = Date(), environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> String?
    {
        if disabled { return nil }
        if let path { return path }
        let directory = Self.defaultDirectory(environment: environment)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RuntimeFailure("cannot create the journal directory '\(directory)' (use --journal PATH or --no-journal)")
        }
        let stamp = Self.stamp(now)
        // Claim the name atomically (O_EXCL): two runs started in the same second must not
        // share a journal. SQLite takes the empty file as a new database.
        for n in 1...1000 {
            let candidate = "\(directory)/journal-\(stamp)\(n == 1 ? "" : "-\(n)").sqlite"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if descriptor >= 0 {
                close(descriptor)
                return candidate
            }
            guard errno == EEXIST else { break }
        }
        throw RuntimeFailure("cannot create a journal file in '\(directory)' (use --journal PATH or --no-journal)")
    }

    /// `$XDG_STATE_HOME/orbitops` when it is an absolute path, else `~/.local/state/orbitops`.
    static func defaultDirectory(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/orbitops" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/orbitops"
    }

    /// `20261122T031833Z`.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}

/// The archive budget a fleet needs for per-satellite rows.
enum ArchiveBudget {
    /// Megabytes that keep `TelemetryArchivePolicy.minimumSamples` samples of `satellites`.
    static func megabytes(for satellites: Int) -> Int {
        let bytes = Double(satellites) * Double(TelemetryArchivePolicy.minimumSamples)
            * Double(TelemetryArchivePolicy.bytesPerRow)
        return Int((bytes / 1_000_000).rounded(.up))
    }
}
