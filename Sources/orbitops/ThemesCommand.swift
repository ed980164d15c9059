import ArgumentParser
import Foundation
import OpsConsole

/// `orbitops themes`: the colour themes the console can use, and where each comes from.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes (name and source file).")

    func run() throws {
        let catalog = ThemeCatalog.standard()
        var out = ""
        for entry in catalog.entries() {
            let status: String
            do {
                _ = try catalog.theme(entry.path == "built-in" ? entry.name : entry.path)
                status = ""
            } catch {
                status = "  (broken: \(error))"
            }
            out += entry.name.padding(toLength: max(16, entry.name.count + 2), withPad: " ", startingAt: 0) + entry.path + status + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// The console's theme list, starting theme and config, resolved from the
/// command line, the config file and the theme directories.
struct ConsoleSetup {
    var config: ConsoleConfig
    var themes: [Theme]
    var themeIndex: Int

    init(themeOption: String?, configPath: String?) throws {
        let config: ConsoleConfig
        let catalog = ThemeCatalog.standard()
        let chosen: Theme
        do {
            config = try ConsoleConfig.load(explicitPath: configPath)
        } catch {
            throw UsageError(error.description)
        }
        do {
            chosen = try catalog.theme(themeOption ?? config.theme ?? "default")
        } catch let error where themeOption == nil && config.themeSource != nil {
            // The theme named in the config file: the config's file, line and key, then why.
            let source = config.themeSource ?? (file: "", line: 0)
            let name = config.theme ?? ""
            let why = error.file == name && error.line == nil ? error.message : error.description
            throw UsageError("\(source.file):\(source.line): key 'theme': '\(name)': \(why)")
        } catch {
            throw UsageError(error.description)
        }
        var themes = catalog.loadAll().themes
        var index = 0
        if let i = themes.firstIndex(where: { $0.name == chosen.name && $0.source == chosen.source }) {
            index = i
        } else {
            themes.removeAll { $0.name == chosen.name }
            themes.insert(chosen, at: 0)
        }
        self.config = config
        self.themes = themes
        self.themeIndex = index
    }
}
