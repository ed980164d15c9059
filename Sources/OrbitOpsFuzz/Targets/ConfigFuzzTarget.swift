import OpsConsole

/// The console's config YAML, read from a file as `--config FILE` does.
struct ConfigFuzzTarget: FuzzTarget {
    let name = "config"
    let fileExtension = "yaml"

    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome {
        let path = workspace.write(input, name: "fuzz-config.yaml")
        do {
            _ = try ConsoleConfig.load(explicitPath: path)
            return .accepted
        } catch {
            return cleanRefusal(error.description)
        }
    }
}
