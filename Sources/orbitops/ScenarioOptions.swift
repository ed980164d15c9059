import ArgumentParser
import ConstellationSim
import Foundation

/// Options shared by every command that flies a scenario.
struct ScenarioOptions: ParsableArguments {
    @Option(name: .customLong("scenario"), help: ArgumentHelp("A built-in scenario name (see 'orbitops scenarios') or a YAML file.",
                                            valueName: "name|file"))
    var scenarioName: String = "default"

    @Option(name: .long, help: ArgumentHelp("Add the satellites of a TLE or OMM JSON file, flown with SGP4.",
                                            valueName: "file"))
    var tle: String?

    @Flag(name: .long, help: "With --tle: skip bad element sets with a warning instead of failing.")
    var skipInvalid = false

    @Option(name: .long, help: "Seed of every random draw (default: the scenario's).")
    var seed: UInt64?

    /// The scenario to fly, with overrides applied. Bad input throws `UsageError`.
    func scenario() throws -> Scenario {
        var result = try Self.resolve(scenarioName)
        if let seed { result.seed = seed }
        if let tle { result.catalogs.append(try catalog(tle, spacecraft: result.spacecraft[0].name)) }
        return result
    }

    /// A built-in by name, else a file path.
    static func resolve(_ nameOrPath: String) throws -> Scenario {
        if let builtIn = BuiltInScenarios.named(nameOrPath) { return builtIn }
        guard FileManager.default.fileExists(atPath: nameOrPath) else {
            throw UsageError("--scenario '\(nameOrPath)' is neither a built-in scenario ("
                             + BuiltInScenarios.names.joined(separator: ", ") + ") nor an existing file")
        }
        do {
            return try ScenarioFile.load(path: nameOrPath)
        } catch {
            throw UsageError(error.description)
        }
    }

    /// The `--tle` file as a catalog fleet; bad element sets fail or, with
    /// `--skip-invalid`, are reported one line each on stderr.
    private func catalog(_ path: String, spacecraft: String) throws -> CatalogFleet {
        let file: CatalogFile
        do {
            file = try CatalogFile.read(path: path)
        } catch {
            throw UsageError("--tle: \(error.message)")
        }
        if let first = file.errors.first, !skipInvalid {
            throw UsageError("--tle: \(first) (use --skip-invalid to skip bad element sets)")
        }
        for error in file.errors {
            FileHandle.standardError.write(Data("orbitops: warning: skipped \(error)\n".utf8))
        }
        guard !file.elementSets.isEmpty else { throw UsageError("--tle: \(path): no valid element sets") }
        return file.fleet(name: URL(fileURLWithPath: path).lastPathComponent, spacecraft: spacecraft)
    }
}

/// `--speed`: a multiple of real time from 1 to 10000, or `max`.
extension SimulationSpeed: ExpressibleByArgument {
    public init?(argument: String) {
        if argument.lowercased() == "max" {
            self = .max
            return
        }
        guard let value = Double(argument), SimulationSpeed.multipleRange.contains(value) else { return nil }
        self = .multiple(value)
    }

    public static var defaultCompletionKind: CompletionKind { .list(["1", "10", "100", "1000", "10000", "max"]) }
}
