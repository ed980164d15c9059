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

    @Option(name: .long, help: ArgumentHelp("Add objects that are not ours (debris, other operators) from a TLE (2- or 3-line) "
                                            + "or OMM JSON file, flown with SGP4 without spacecraft models; repeatable.",
                                            valueName: "file"))
    var catalog: [String] = []

    @Flag(name: .long, help: "With --tle: skip bad element sets with a warning instead of failing.")
    var skipInvalid = false

    @Option(name: .long, help: "Seed of every random draw (default: the scenario's).")
    var seed: UInt64?

    /// The scenario to fly, with overrides applied. Bad input throws `UsageError`.
    func scenario() throws -> Scenario {
        try flight().scenario
    }

    /// The scenario to fly and its recipe (what the journal records to replay it): the
    /// scenario is built from the recipe, so a replay parses exactly what was flown.
    /// `operatorScript: false` drops the scenario's scripted operator actions.
    func flight(operatorScript: Bool = true) throws -> (scenario: Scenario, recipe: ScenarioRecipe) {
        var recipe = try Self.recipe(scenarioName)
        recipe.runsOperatorScript = operatorScript
        let base: Scenario
        do {
            base = try recipe.scenario()
        } catch {
            throw UsageError(error.description)
        }
        recipe.seed = seed ?? base.seed
        if let tle {
            let (fleet, text) = try catalog(tle, spacecraft: base.spacecraft[0].name)
            recipe.extraCatalog = .init(name: fleet.name, text: text, spacecraft: fleet.spacecraft)
        }
        for path in catalog {
            do {
                _ = try CatalogObjectFile.read(path: path)
            } catch {
                throw UsageError("--catalog: \(error.message) (expected TLE 2- or 3-line sets or OMM JSON)")
            }
            guard let text = try? String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) else {
                throw UsageError("--catalog: cannot read \(path) as UTF-8 text")
            }
            recipe.catalogObjectFiles.append(.init(name: path, text: text))
        }
        do {
            // Bad element sets (skipped with --skip-invalid) stay out of the fleet here too.
            return (try recipe.scenario(), recipe)
        } catch {
            throw UsageError(error.description)
        }
    }

    /// A built-in's recipe by name, else a file's.
    static func recipe(_ nameOrPath: String) throws -> ScenarioRecipe {
        if let builtIn = ScenarioRecipe.builtIn(nameOrPath) { return builtIn }
        guard FileManager.default.fileExists(atPath: nameOrPath) else {
            throw UsageError("--scenario '\(nameOrPath)' is neither a built-in scenario ("
                             + BuiltInScenarios.names.joined(separator: ", ") + ") nor an existing file")
        }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            throw UsageError("--scenario '\(nameOrPath)': cannot read the file")
        }
        switch UTF8Text.decode(data) {
        case .success(let text):
            return ScenarioRecipe(yaml: text, source: nameOrPath)
        case .failure(let bad):
            throw UsageError(ScenarioFileError(file: nameOrPath, line: bad.line, column: bad.column, keyPath: "",
                                               message: bad.description).description)
        }
    }

    /// A built-in by name, else a file path.
    static func resolve(_ nameOrPath: String) throws -> Scenario {
        do {
            return try recipe(nameOrPath).scenario()
        } catch let error as UsageError {
            throw error
        } catch {
            throw UsageError("\(error)")
        }
    }

    /// The `--tle` file as a catalog fleet; bad element sets fail or, with
    /// `--skip-invalid`, are reported one line each on stderr.
    private func catalog(_ path: String, spacecraft: String) throws -> (fleet: CatalogFleet, text: String) {
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
        guard let text = try? String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) else {
            throw UsageError("--tle: cannot read \(path) as UTF-8 text")
        }
        return (file.fleet(name: URL(fileURLWithPath: path).lastPathComponent, spacecraft: spacecraft), text)
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
