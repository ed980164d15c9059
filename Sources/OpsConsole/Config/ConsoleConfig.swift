import Foundation
import Yams

/// The user's console settings from `config.yaml`:
///
/// ```yaml
/// theme: nord          # a theme name or a path
/// fps: 30              # frames per second while running, 1…60
/// keys:                # action: key, or action: [key, key]
///   quit: [q, F10]
///   pause: space
/// columns: [id, mode, batt, acc, rad, util, lat, lon]   # fleet table, in order
/// background: light    # the terminal's background (default: from COLORFGBG, else dark)
/// ```
public struct ConsoleConfig: Sendable, Hashable {
    public var theme: String?
    /// Where `theme:` was given (the config file and its line), for messages about it.
    public var themeSource: (file: String, line: Int)? {
        get { themeFile.map { ($0, themeLine) } }
    }
    var themeFile: String?
    var themeLine = 0
    public var framesPerSecond: Int?
    public var keyMap: KeyMap = .standard
    /// The fleet table's columns (nil: `TableColumn.standard`).
    public var columns: [TableColumn]?
    /// The terminal's background as the user states it (nil: detect).
    public var background: ThemeBackground?

    public init() {}

    /// `$XDG_CONFIG_HOME/orbitops`, else `~/.config/orbitops`.
    public static func configDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/orbitops" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/orbitops"
    }

    /// Loads `explicitPath`, or the standard file when it exists (no file: defaults).
    public static func load(explicitPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(FileError) -> ConsoleConfig {
        let path = explicitPath ?? configDirectory(environment: environment) + "/config.yaml"
        if explicitPath == nil && !FileManager.default.fileExists(atPath: path) { return ConsoleConfig() }
        return try parse(try YAMLFile.text(path: path, what: "config file"), file: path)
    }

    /// Parses a config file. Unknown keys, actions and key names are errors naming
    /// the file and line; a key bound to two actions is an error naming both.
    public static func parse(_ text: String, file: String) throws(FileError) -> ConsoleConfig {
        var config = ConsoleConfig()
        for (key, line, value) in try YAMLFile.mapping(text, file: file) {
            switch key {
            case "theme":
                config.theme = try YAMLFile.scalar(value, key: key, line: line, file: file, expected: "a theme name or path")
                config.themeFile = file
                config.themeLine = line
            case "fps":
                let text = try YAMLFile.scalar(value, key: key, line: line, file: file, expected: "a number 1…60")
                guard let fps = Int(text), (1...60).contains(fps) else {
                    throw FileError(file: file, line: line, key: key, message: "'\(text)' is not a frame rate: use 1…60")
                }
                config.framesPerSecond = fps
            case "keys":
                config.keyMap = try keyMap(value, line: line, file: file)
            case "columns":
                config.columns = try columns(value, line: line, file: file)
            case "background":
                let text = try YAMLFile.scalar(value, key: key, line: line, file: file, expected: "dark or light")
                guard let background = ThemeBackground(rawValue: text) else {
                    throw FileError(file: file, line: line, key: key, message: "'\(text)' is not a background: use dark or light")
                }
                config.background = background
            default:
                throw FileError(file: file, line: line, key: key,
                                message: "unknown key; known keys: theme, fps, keys, columns, background")
            }
        }
        return config
    }

    /// The `columns:` list: column names, each once (the id column is always shown first).
    private static func columns(_ node: Node, line: Int, file: String) throws(FileError) -> [TableColumn] {
        let names = TableColumn.allCases.map(\.rawValue).joined(separator: ", ")
        guard let items = node.sequence.map(Array.init), !items.isEmpty else {
            throw FileError(file: file, line: line, key: "columns", message: "expected a list of columns: \(names)")
        }
        var out: [TableColumn] = []
        for item in items {
            let name = try YAMLFile.scalar(item, key: "columns", line: line, file: file, expected: "a column name")
            guard let column = TableColumn(configName: name) else {
                throw FileError(file: file, line: item.mark?.line ?? line, key: "columns",
                                message: "unknown column '\(name)'; columns: \(names)")
            }
            guard !out.contains(column) else {
                throw FileError(file: file, line: item.mark?.line ?? line, key: "columns",
                                message: "column '\(name)' is listed twice")
            }
            out.append(column)
        }
        return out
    }

    private static func keyMap(_ node: Node, line: Int, file: String) throws(FileError) -> KeyMap {
        guard let mapping = node.mapping else {
            throw FileError(file: file, line: line, key: "keys", message: "expected a mapping of action: key or [keys]")
        }
        var assigned: [Key: ConsoleAction] = [:]
        var listed: [(action: ConsoleAction, keys: [Key], line: Int)] = []
        for (actionNode, keysNode) in mapping {
            let name = actionNode.string ?? ""
            let actionLine = actionNode.mark?.line ?? line
            guard let action = ConsoleAction(rawValue: name) else {
                let known = ConsoleAction.allCases.map(\.rawValue).joined(separator: ", ")
                throw FileError(file: file, line: actionLine, key: "keys.\(name)", message: "unknown action; actions: \(known)")
            }
            var keys: [Key] = []
            for item in keysNode.sequence.map(Array.init) ?? [keysNode] {
                let keyName = try YAMLFile.scalar(item, key: "keys.\(name)", line: actionLine, file: file, expected: "a key name")
                guard let key = Key(name: keyName) else {
                    throw FileError(file: file, line: item.mark?.line ?? actionLine, key: "keys.\(name)",
                                    message: "unknown key '\(keyName)': use one character, space, Up, Down, Left, Right, "
                                        + "PgUp, PgDn, Home, End, Enter, Esc, Tab, Shift-Tab, Backspace or F1…F12")
                }
                if let other = assigned[key], other != action {
                    throw FileError(file: file, line: item.mark?.line ?? actionLine, key: "keys.\(name)",
                                    message: KeyBindingConflict(key: key, first: other, second: action).description)
                }
                assigned[key] = action
                keys.append(key)
            }
            listed.append((action, keys, actionLine))
        }
        // Actions the file lists lose their standard keys first, so keys can move between them.
        var map = KeyMap.standard
        for entry in listed { map = (try? map.rebinding(entry.action, to: [])) ?? map }
        for entry in listed {
            do {
                map = try map.rebinding(entry.action, to: entry.keys)
            } catch {
                throw FileError(file: file, line: entry.line, key: "keys.\(entry.action.rawValue)", message: error.description)
            }
        }
        return map
    }
}
