/// Scenarios compiled into the program as YAML text, so `orbitops` always has something
/// to fly and `orbitops scenarios --show NAME` prints a file a user can start from.
/// Each is parsed at first use.
public enum BuiltInScenarios {
    /// Name and YAML text of every built-in, in listing order.
    public static let texts: [(name: String, yaml: String)] = [
        ("default", defaultYAML),
        ("suncatcher", suncatcherYAML),
        ("eclipse-season", eclipseSeasonYAML),
        ("training", trainingYAML),
        ("megaconstellation", megaconstellationYAML),
        ("latency", latencyYAML),
    ]

    /// Names of the built-ins, in listing order.
    public static var names: [String] { texts.map(\.name) }

    /// The YAML text of the built-in `name` (exactly what `--show` prints), or nil.
    public static func yaml(named name: String) -> String? {
        texts.first { $0.name == name }?.yaml
    }

    /// Every built-in, parsed (at first use).
    public static let all: [String: Scenario] = {
        var scenarios: [String: Scenario] = [:]
        for (name, yaml) in texts {
            do {
                scenarios[name] = try ScenarioFile.parse(yaml, source: "built-in \(name)")
            } catch {
                preconditionFailure("built-in scenario does not parse: \(error)")
            }
        }
        return scenarios
    }()

    /// The built-in `name`, parsed, or nil when there is none.
    public static func named(_ name: String) -> Scenario? { all[name] }

    /// The scenario `orbitops` flies when none is given: a dawn–dusk SSO shell at 650 km
    /// (12 × 20) and a 53° shell at 550 km (36 × 22), 1,032 satellites.
    public static var `default`: Scenario {
        guard let scenario = all["default"] else { preconditionFailure("no built-in default scenario") }
        return scenario
    }
}
