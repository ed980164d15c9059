@testable import ConstellationSim

/// The error message `ScenarioFile.parse` gives for `text` (read as `mine.yaml`), or
/// "parsed" when it is accepted: what the error tests compare with exact strings.
func scenarioParseMessage(_ text: String) -> String {
    do {
        _ = try ScenarioFile.parse(text, source: "mine.yaml")
        return "parsed"
    } catch {
        return error.description
    }
}
