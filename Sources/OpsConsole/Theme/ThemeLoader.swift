import Foundation
import Yams

extension Theme {
    /// Parses a theme file. Every semantic key must be set (`header` and
    /// `header-text` are optional) to `"#rrggbb"` (quoted: `#` starts a YAML
    /// comment) or `default`; `gradient` lists 1–3 colours; `name` defaults to
    /// the file name. Errors name the file, the line and the key.
    public static func parse(_ text: String, file: String, defaultName: String) throws(FileError) -> Theme {
        var colors: [ThemeKey: ThemeColor] = [:]
        var gradient: [RGB] = []
        var name = defaultName
        var variant: ThemeBackground?
        let entries = try YAMLFile.mapping(text, file: file)
        for (key, line, value) in entries {
            if key == "name" {
                name = try YAMLFile.scalar(value, key: key, line: line, file: file, expected: "a theme name")
            } else if key == "variant" {
                let text = try YAMLFile.scalar(value, key: key, line: line, file: file, expected: "dark or light")
                guard let parsed = ThemeBackground(rawValue: text) else {
                    throw FileError(file: file, line: line, key: key,
                                    message: "'\(text)' is not a variant: use dark or light")
                }
                variant = parsed
            } else if key == "gradient" {
                let items = value.sequence.map(Array.init) ?? [value]
                guard (1...3).contains(items.count) else {
                    throw FileError(file: file, line: line, key: key, message: "expected 1 to 3 colours, got \(items.count)")
                }
                for item in items {
                    let text = try YAMLFile.scalar(item, key: key, line: line, file: file, expected: "a colour \"#rrggbb\"")
                    guard let rgb = RGB(hex: text) else {
                        throw FileError(file: file, line: item.mark?.line ?? line, key: key,
                                        message: "'\(text)' is not a colour: use \"#rrggbb\"")
                    }
                    gradient.append(rgb)
                }
            } else if let themeKey = ThemeKey(rawValue: key) {
                let text = try YAMLFile.scalar(value, key: key, line: line, file: file,
                                               expected: "a colour \"#rrggbb\" or default")
                if text == "default" {
                    colors[themeKey] = .terminalDefault
                } else if let rgb = RGB(hex: text) {
                    colors[themeKey] = .rgb(rgb)
                } else {
                    throw FileError(file: file, line: line, key: key,
                                    message: "'\(text)' is not a colour: use \"#rrggbb\" (quoted) or default")
                }
            } else {
                let known = (["name", "variant", "gradient"] + ThemeKey.allCases.map(\.rawValue)).joined(separator: ", ")
                throw FileError(file: file, line: line, key: key, message: "unknown key; known keys: \(known)")
            }
        }
        if let missing = ThemeKey.required.first(where: { colors[$0] == nil }) {
            throw FileError(file: file, line: nil, key: missing.rawValue, message: "missing: every theme sets it")
        }
        if gradient.isEmpty {
            throw FileError(file: file, line: nil, key: "gradient", message: "missing: list 1 to 3 colours")
        }
        return Theme(name: name, source: file, colors: colors, gradient: gradient, variant: variant)
    }

    /// Loads the theme file at `path`.
    public static func load(path: String) throws(FileError) -> Theme {
        let text = try YAMLFile.text(path: path, what: "theme file")
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, file: path, defaultName: name)
    }

    /// The default dark theme, compiled in so the console always has one.
    /// `Themes/default.yaml` holds the same text.
    public static let builtInText = """
        # OrbitOps default theme (dark): the terminal's own background.
        name: default
        variant: dark
        background: default
        foreground: "#d0d0d0"
        border: "#5fafd7"
        title: "#ffd75f"
        selection: "#005f87"
        muted: "#808080"
        header: "#1c3a5e"
        header-text: "#e4e4e4"
        ok: "#5fd75f"
        watch: "#5fd7ff"
        warning: "#ffd700"
        distress: "#ff8700"
        critical: "#ff5f5f"
        severe: "#d70000"
        gradient: ["#2c7bb6", "#ffffbf", "#d7191c"]

        """

    public static let builtIn: Theme = {
        do {
            return try parse(builtInText, file: "built-in", defaultName: "default")
        } catch {
            preconditionFailure("the built-in theme does not parse: \(error)")
        }
    }()
}
