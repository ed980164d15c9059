import ArgumentParser
import ConstellationSim

/// Options shared by every command that flies a scenario.
struct ScenarioOptions: ParsableArguments {
    @Option(name: .long, help: "Seed of every random draw (default: the scenario's).")
    var seed: UInt64?

    /// The scenario to fly, with overrides applied.
    func scenario() throws -> Scenario {
        var scenario = BuiltInScenarios.default
        if let seed { scenario.seed = seed }
        return scenario
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
