import ArgumentParser
import ConstellationSim
import Foundation

/// Output formats of `orbitops screen`.
enum ScreenFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl, cdm
}

extension PcMethod: ExpressibleByArgument {}

/// `orbitops screen`: conjunction screening of element-set files.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen TLE/OMM files for close approaches (all-vs-all, or the files against --against files).",
        discussion: """
            One row per closest approach of one pass below --threshold, sorted by TCA; pairs with a relative \
            speed under 10 m/s are kind co_orbital and reported once per window at their minimum separation. \
            Pc uses the default element-set covariance model (see README) and --hard-body-radius. \
            --format cdm writes one CCSDS CDM (KVN) per event: into the directory --output when given, \
            else to stdout one after another. Exit 0 on success, 2 for unusable input or options.
            """)

    @Argument(help: "TLE (two- or three-line) or CelesTrak OMM JSON files.")
    var files: [String] = []

    @Option(parsing: .upToNextOption, help: "Screen FILE... only against these files (no pairs within either side).")
    var against: [String] = []

    @Option(help: "Start of the window, ISO 8601 UTC (default: the latest epoch in the files).")
    var from: String?

    @Option(help: "Window length: a number with s, m, h or d (e.g. 2h, 1d).")
    var window: String

    @Option(help: "Report approaches closer than this: a number with m or km (e.g. 5km, 500m).")
    var threshold: String

    @Option(help: "Output format: csv, jsonl or cdm.")
    var format: ScreenFormat = .csv

    @Option(help: "Write to this file (csv, jsonl) or directory (cdm) instead of stdout.")
    var output: String?

    @Option(help: "Combined hard-body radius for Pc: a number with m or km (default 20m).")
    var hardBodyRadius: String = "20m"

    @Option(help: "Pc method: foster or chan.")
    var pcMethod: PcMethod = .foster

    @Flag(help: "Skip malformed element sets with a warning instead of stopping.")
    var skipInvalid = false

    func run() throws {
        guard !files.isEmpty else { throw UsageError("screen needs at least one TLE or OMM file") }
        guard let windowS = DurationText.seconds(window), windowS > 0 else {
            throw UsageError("--window '\(window)' is not a positive duration: use \(DurationText.accepted)")
        }
        guard let thresholdKm = DistanceText.kilometres(threshold) else {
            throw UsageError("--threshold '\(threshold)' is not a distance: use \(DistanceText.accepted)")
        }
        guard let hbrKm = DistanceText.kilometres(hardBodyRadius) else {
            throw UsageError("--hard-body-radius '\(hardBodyRadius)' is not a distance: use \(DistanceText.accepted)")
        }
        let primary = try Self.load(files, skipInvalid: skipInvalid)
        // An object on both sides is screened as a primary only (never against itself).
        let primaryNumbers = Set(primary.map(\.catalogNumber))
        let secondary = try Self.load(against, skipInvalid: skipInvalid).filter { !primaryNumbers.contains($0.catalogNumber) }
        let sets = primary + secondary
        var start: JulianDate
        if let from {
            guard let parsed = OMMParser.parseEpoch(from) else {
                throw UsageError("--from '\(from)' is not an ISO 8601 UTC time YYYY-MM-DDTHH:MM:SS[.fff][Z]")
            }
            start = parsed
        } else {
            start = sets.map(\.epoch).max() ?? JulianDate(year: 2000, month: 1, day: 1)
        }
        var records: [SGP4Record] = [], kept: [ElementSet] = [], groups: [UInt8] = []
        for (index, set) in sets.enumerated() {
            do {
                records.append(try SGP4Record(set))
                kept.append(set)
                groups.append(index < primary.count ? 0 : 1)
            } catch {
                FileHandle.standardError.write(Data("orbitops: warning: skipped \(set.catalogNumber): SGP4 cannot start (\(error))\n".utf8))
            }
        }
        let screener = ConjunctionScreener(source: SGP4TrajectorySource(records: records),
                                           options: ScreeningOptions(thresholdKm: thresholdKm),
                                           groups: against.isEmpty ? nil : groups)
        let approaches = screener.screen(from: start, to: start.adding(seconds: windowS))
        let model = ElementSetCovarianceModel.standard
        let rows = approaches.map { a -> EncounterRow in
            let setA = kept[a.objectA], setB = kept[a.objectB]
            let covA = model.rtnCovarianceKm2(for: setA, at: a.tca), covB = model.rtnCovarianceKm2(for: setB, at: a.tca)
            let pc = a.kind == .coOrbital ? nil
                : CollisionProbability.probability(a.stateA, rtnCovarianceKm2: covA, a.stateB, rtnCovarianceKm2: covB,
                                                   hardBodyRadiusKm: hbrKm, method: pcMethod)
            return EncounterRow(a, catalogs: (setA.catalogNumber, setB.catalogNumber), names: (setA.name, setB.name),
                                covariances: (covA, covB), pc: pc)
        }
        try write(rows, hardBodyRadiusM: hbrKm * 1000)
    }

    /// Element sets of `paths`, one per catalog number (the newest epoch wins).
    static func load(_ paths: [String], skipInvalid: Bool) throws -> [ElementSet] {
        var newest: [Int: ElementSet] = [:]
        var order: [Int] = []
        for path in paths {
            for set in try ElementInput.read(path, skipInvalid: skipInvalid) {
                if let old = newest[set.catalogNumber] {
                    if set.epoch > old.epoch { newest[set.catalogNumber] = set }
                } else {
                    newest[set.catalogNumber] = set
                    order.append(set.catalogNumber)
                }
            }
        }
        return order.compactMap { newest[$0] }
    }

    private func write(_ rows: [EncounterRow], hardBodyRadiusM: Double) throws {
        switch format {
        case .csv, .jsonl:
            var text = format == .csv ? EncounterRow.csvHeader + "\n" : ""
            for row in rows { text += (format == .csv ? row.csv : row.jsonLine) + "\n" }
            try emit(text, to: output)
        case .cdm:
            let created = JulianDate(Date())
            if let output {
                do {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                } catch {
                    throw UsageError("--output '\(output)': cannot create the CDM directory (\(error.localizedDescription))")
                }
            }
            var stream = ""
            for (index, row) in rows.enumerated() {
                let id = String(format: "%d_%d_%@_%04d", row.catalogA, row.catalogB,
                                row.tca.iso8601.filter { $0.isNumber }, index)
                let text = CDMWriter.write(
                    messageID: id, created: created, tca: row.tca,
                    object1: .init(designator: String(row.catalogA), name: row.nameA, state: row.stateA, rtnCovarianceKm2: row.covarianceA),
                    object2: .init(designator: String(row.catalogB), name: row.nameB, state: row.stateB, rtnCovarianceKm2: row.covarianceB),
                    hardBodyRadiusM: hardBodyRadiusM, pc: row.pc, method: pcMethod)
                if let output {
                    try emit(text, to: (output as NSString).appendingPathComponent(id + ".cdm"))
                } else {
                    stream += text
                }
            }
            if output == nil { try emit(stream, to: nil) }
        }
    }

    private func emit(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw UsageError("--output '\(path)': cannot write (\(error.localizedDescription))")
        }
    }
}
