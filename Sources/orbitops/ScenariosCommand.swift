import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops scenarios`: the built-in scenarios, and the YAML of one to start from.
struct ScenariosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenarios",
        abstract: "List the built-in scenarios, or print one as YAML.",
        discussion: "Save a built-in with 'orbitops scenarios --show default > mine.yaml', edit it, "
            + "and fly it with 'orbitops console --scenario mine.yaml'.")

    @Option(help: ArgumentHelp("Print the YAML of this built-in scenario.", valueName: "name"))
    var show: String?

    func run() throws {
        if let show {
            guard let yaml = BuiltInScenarios.yaml(named: show) else {
                throw UsageError("--show '\(show)' is not a built-in scenario: use one of "
                                 + BuiltInScenarios.names.joined(separator: ", "))
            }
            FileHandle.standardOutput.write(Data(yaml.utf8))
            return
        }
        FileHandle.standardOutput.write(Data(Self.listing().utf8))
    }

    /// One line per built-in: name, satellites, shells, description.
    static func listing() -> String {
        var rows = [("NAME", "SATELLITES", "SHELLS", "DESCRIPTION")]
        for name in BuiltInScenarios.names {
            guard let scenario = BuiltInScenarios.named(name) else { continue }
            rows.append((name, scenario.satelliteCount.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))),
                         String(scenario.shells.count), scenario.summary))
        }
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let countWidth = rows.map(\.1.count).max() ?? 0
        return rows.map { row in
            row.0.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: countWidth - row.1.count) + row.1 + "  "
                + String(repeating: " ", count: max(0, 6 - row.2.count)) + row.2 + "  " + row.3
        }.joined(separator: "\n") + "\n"
    }
}
