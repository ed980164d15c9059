import ConstellationSim

/// Scenario YAML, read from a file as `--scenario FILE` does (so encodings count); a
/// small scenario that is accepted is also flown for a few ticks, and the fleet
/// aggregates must stay finite.
struct ScenarioFuzzTarget: FuzzTarget {
    let name = "scenario"
    let fileExtension = "yaml"
    /// Largest accepted scenario that is also flown (bigger ones only parse).
    static let maximumFlown = 600

    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome {
        let path = workspace.write(input, name: "fuzz-scenario.yaml")
        let scenario: Scenario
        do {
            scenario = try ScenarioFile.load(path: path)
        } catch {
            return cleanRefusal(error.description)
        }
        guard scenario.satelliteCount <= Self.maximumFlown else { return .accepted }
        var simulation = Simulation(scenario: scenario)
        simulation.threads = 1
        simulation.advance(ticks: 3)
        let a = simulation.aggregates
        let values = [a.litFraction, a.solarMW, a.loadMW, a.meanSOC, a.minSOC, a.maxAcceleratorC, a.meanUtilization,
                      a.deliveredPFLOPS]
        if let bad = values.first(where: { !$0.isFinite }) { return .unclean("non-finite fleet aggregate \(bad)") }
        return .accepted
    }
}
