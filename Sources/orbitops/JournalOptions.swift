import ArgumentParser
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

    func validate() throws {
        if disabled, path != nil { throw ValidationError("--journal and --no-journal exclude each other") }
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
