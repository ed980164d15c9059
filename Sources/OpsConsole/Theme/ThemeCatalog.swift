import Foundation

/// Where themes are found, in order of precedence: the user's
/// `$XDG_CONFIG_HOME/orbitops/themes` (or `~/.config/orbitops/themes`), then the
/// shipped ones (`<prefix>/share/orbitops/themes` beside an installed binary, or
/// `Themes/` of the package checkout a `swift run` binary was built in), then the
/// built-in default.
public struct ThemeCatalog: Sendable {
    /// A theme file found on disk (or the built-in one), by name.
    public struct Entry: Sendable, Hashable {
        public var name: String
        /// The file, or `built-in`.
        public var path: String
    }

    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The standard directories for this environment and executable.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                executablePath: String = CommandLine.arguments.first ?? "") -> ThemeCatalog {
        var directories = [ConsoleConfig.configDirectory(environment: environment) + "/themes"]
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        directories.append(executable.appendingPathComponent("../share/orbitops/themes").standardizedFileURL.path)
        // A development build lives in <package>/.build/<triple>/debug: walk up to the checkout.
        var folder = executable
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("Themes")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.yaml").path) {
                directories.append(candidate.path)
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        return ThemeCatalog(directories: directories)
    }

    /// Every theme by name, the first directory winning; the built-in default last
    /// when no file is called `default`. Sorted with `default` first.
    public func entries() -> [Entry] {
        var found: [String: Entry] = [:]
        for directory in directories.reversed() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
                let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                found[name] = Entry(name: name, path: directory + "/" + file)
            }
        }
        if found["default"] == nil { found["default"] = Entry(name: "default", path: "built-in") }
        return found.values.sorted { ($0.name == "default" ? 0 : 1, $0.name) < ($1.name == "default" ? 0 : 1, $1.name) }
    }

    /// The theme named `nameOrPath`: a path when it contains `/` or ends in `.yaml`,
    /// else a name from `entries()`.
    public func theme(_ nameOrPath: String) throws(FileError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") { return try Theme.load(path: nameOrPath) }
        guard let entry = entries().first(where: { $0.name == nameOrPath }) else {
            let names = entries().map(\.name).joined(separator: ", ")
            throw FileError(file: nameOrPath, line: nil, key: nil, message: "no such theme; available: \(names)")
        }
        return entry.path == "built-in" ? Theme.builtIn : try Theme.load(path: entry.path)
    }

    /// Every theme that loads, for `t` to cycle through, and the errors of those that do not.
    public func loadAll() -> (themes: [Theme], errors: [FileError]) {
        var themes: [Theme] = [], errors: [FileError] = []
        for entry in entries() {
            do {
                themes.append(entry.path == "built-in" ? Theme.builtIn : try Theme.load(path: entry.path))
            } catch {
                errors.append(error)
            }
        }
        return (themes, errors)
    }
}
