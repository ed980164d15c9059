import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops propagate`: an SGP4 ephemeris of every element set in a TLE or OMM file.
struct PropagateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propagate",
        abstract: "Write an SGP4 ephemeris of every element set in a TLE or OMM JSON file.",
        discussion: """
            Rows go to stdout, set after set. Times are --minutes after each set's own epoch \
            (default 0:1440:60, one day hourly), or one UTC window --from/--to/--step for every set. \
            A set that hits an SGP4 error stops there with one line on stderr; the others continue. \
            Exit 0 when the input was read, 2 for unusable input or options.
            """)

    @Argument(help: "TLE (two- or three-line) or CelesTrak OMM JSON file; the format is detected from the content.")
    var file: String

    @Option(help: "Times as START:STOP:STEP minutes after each set's epoch, STOP included (default 0:1440:60).")
    var minutes: String?

    @Option(help: "First UTC instant, ISO 8601 (e.g. 2026-01-01T00:00:00Z); needs --to and --step.")
    var from: String?

    @Option(help: "Last UTC instant, ISO 8601, included when on the step.")
    var to: String?

    @Option(help: "Step between UTC instants: a number with s, m, h or d (e.g. 10m).")
    var step: String?

    @Option(help: "Frame: teme (km, km/s), ecef (km, km/s) or geodetic (WGS-84 deg, deg, km).")
    var frame: EphemerisFrame = .teme

    @Option(help: "Output format: csv (with header) or jsonl.")
    var format: TelemetryFormat = .csv

    @Flag(help: "Skip malformed element sets with a warning instead of stopping.")
    var skipInvalid = false

    func run() throws {
        let grid = try timeGrid()
        let elementSets = try ElementInput.read(file, skipInvalid: skipInvalid)
        let stdout = FileHandle.standardOutput
        var writer = EphemerisWriter(frame: frame, format: format) { text in
            try stdout.write(contentsOf: Data(text.utf8))
        }
        do {
            for set in elementSets {
                if let failure = try writer.write(set, grid: grid) {
                    try writer.flush()
                    FileHandle.standardError.write(Data("orbitops: \(failure)\n".utf8))
                }
            }
            try writer.flush()
        } catch {
            throw RuntimeFailure("writing the ephemeris failed: \(error.localizedDescription)")
        }
    }

    /// The grid from --minutes or --from/--to/--step, with messages naming the flag and the accepted form.
    func timeGrid() throws -> EphemerisGrid {
        let window = [from, to, step].compactMap { $0 }
        if window.isEmpty {
            guard let minutes else { return .defaultMinutes }
            guard let grid = EphemerisGrid.parseMinutes(minutes) else {
                throw UsageError("--minutes '\(minutes)' is not a time range: use \(EphemerisGrid.minutesForm)")
            }
            return grid
        }
        guard minutes == nil else { throw UsageError("--minutes cannot be combined with --from/--to/--step: use one or the other") }
        guard let from, let to, let step else {
            throw UsageError("--from, --to and --step go together: e.g. --from 2026-01-01T00:00:00Z --to 2026-01-02T00:00:00Z --step 10m")
        }
        let isoForm = "an ISO 8601 UTC time YYYY-MM-DDTHH:MM:SS[.fff][Z]"
        guard let start = OMMParser.parseEpoch(from) else { throw UsageError("--from '\(from)' is not \(isoForm)") }
        guard let stop = OMMParser.parseEpoch(to) else { throw UsageError("--to '\(to)' is not \(isoForm)") }
        guard let stepS = DurationText.seconds(step), stepS > 0 else {
            throw UsageError("--step '\(step)' is not a positive duration: use \(DurationText.accepted)")
        }
        guard stop >= start else { throw UsageError("--to \(to) is before --from \(from)") }
        let grid = EphemerisGrid.utc(from: start, to: stop, stepS: stepS)
        guard grid.isValid else {
            throw UsageError("--step \(step) gives more than \(EphemerisGrid.maximumCount) instants from --from to --to: use a longer step")
        }
        return grid
    }
}

extension EphemerisFrame: ExpressibleByArgument {}

/// Reading an element-set file for a command: exit-2 errors that name the file and line.
enum ElementInput {
    /// The element sets of `path`. Malformed sets stop with their parser message, or with
    /// `skipInvalid` are skipped with one warning line each on stderr.
    static func read(_ path: String, skipInvalid: Bool) throws -> [ElementSet] {
        guard FileManager.default.fileExists(atPath: path) else { throw UsageError("\(path): no such file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("\(path): cannot be read") }
        guard let text = String(data: data, encoding: .utf8) else { throw UsageError("\(path): is not UTF-8 text (TLE or OMM JSON expected)") }
        let source = (path as NSString).lastPathComponent
        let parsed = ElementFileFormat.parse(text, source: source)
        if let first = parsed.errors.first {
            if case .unknownFormat = first { throw UsageError(first.description) }
            guard skipInvalid else { throw UsageError("\(first) (use --skip-invalid to skip malformed sets)") }
            for error in parsed.errors {
                FileHandle.standardError.write(Data("orbitops: warning: skipped: \(error)\n".utf8))
            }
        }
        guard !parsed.elementSets.isEmpty else { throw UsageError("\(path): no valid element sets") }
        return parsed.elementSets
    }
}
