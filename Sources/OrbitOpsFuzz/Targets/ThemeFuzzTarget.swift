import OpsConsole

/// Theme YAML, read from a file as `--theme FILE` does.
struct ThemeFuzzTarget: FuzzTarget {
    let name = "theme"
    let fileExtension = "yaml"

    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome {
        let path = workspace.write(input, name: "fuzz-theme.yaml")
        do {
            let theme = try Theme.load(path: path)
            for step in 0...10 { _ = theme.gradientColor(Double(step) / 10) }
            return .accepted
        } catch {
            return cleanRefusal(error.description)
        }
    }
}
