import Foundation
import Testing

/// The console's five views, themes, config file, `--ascii`, `NO_COLOR` and
/// suspend/resume, driven in tmux as an operator would.
@Suite(.serialized) struct ConsoleViewsEndToEndTests {
    let binary = BinaryUnderTest.path

    /// An empty config home, so the user's own themes and keys do not leak in.
    static func configHome(config: String? = nil) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-e2e-config-\(UUID())").path
        try FileManager.default.createDirectory(atPath: home + "/orbitops", withIntermediateDirectories: true)
        if let config { try config.write(toFile: home + "/orbitops/config.yaml", atomically: true, encoding: .utf8) }
        return home
    }

    func start(_ arguments: String, environment: String = "", config: String? = nil, width: Int = 100,
               height: Int = 30) throws -> TmuxSession {
        let home = try Self.configHome(config: config)
        // The test runner may itself run under NO_COLOR; the console here gets it only when asked.
        return try TmuxSession("env -u NO_COLOR XDG_CONFIG_HOME=\(home) \(environment) \(binary) console --paused \(arguments)",
                               width: width, height: height)
    }

    /// The footer's view tabs as capture-pane shows them (trailing spaces trimmed):
    /// the current view named, the others by number.
    static func tabs(_ current: Int, _ title: String) -> String {
        let text = [1, 2, 3, 4, 5, 6, 7, 8, 0].map { $0 == current ? " \($0) \(title) " : " \($0)" }.joined()
        return String(text.reversed().drop { $0 == " " }.reversed())
    }

    @Test func numberKeysAndTabSwitchViews() throws {
        let tmux = try start("")
        #expect(tmux.waitFor("default " + Self.tabs(1, "Overview")).ok, "the scenario, then the tabs")
        try tmux.send("2")
        #expect(tmux.waitFor(Self.tabs(2, "Map")).ok)
        #expect(tmux.waitFor("track ± 1 orbit").ok)
        try tmux.send("3")
        #expect(tmux.waitFor("Shell sso-650 (1/2) · 12 planes × 20 slots · latitude °").ok)
        try tmux.send("m")
        #expect(tmux.waitFor("· altitude km").ok)
        try tmux.send("4")
        #expect(tmux.waitFor("1ST RAISED   SATELLITE       ALARM").ok)
        try tmux.send("5")
        #expect(tmux.waitFor("Satellite sso-650/P01-S01").ok)
        try tmux.send("Tab")
        #expect(tmux.waitFor(Self.tabs(6, "Plots")).ok)
        try tmux.send("Tab")
        #expect(tmux.waitFor(Self.tabs(7, "Events")).ok)
        try tmux.send("Tab")
        #expect(tmux.waitFor(Self.tabs(8, "Latency")).ok)
        try tmux.send("Tab")
        #expect(tmux.waitFor(Self.tabs(0, "Catalog")).ok)
        #expect(tmux.waitFor("Catalog  0 objects not ours").ok)
        try tmux.send("Tab")
        #expect(tmux.waitFor(Self.tabs(1, "Overview")).ok)
        try tmux.send("BTab")
        #expect(tmux.waitFor(Self.tabs(0, "Catalog")).ok)
        try tmux.send("BTab")
        #expect(tmux.waitFor(Self.tabs(8, "Latency")).ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func oSortsTheTableByAltitude() throws {
        let tmux = try start("", width: 200, height: 30)
        #expect(tmux.waitFor("P01-S01").ok)
        // `o` walks the shown columns: SATELLITE, MODE, BATT, NET, ACC, RAD, UTIL, SEU, LNK, LAT, LON, ALT.
        for _ in 0..<11 { try tmux.send("o") }
        #expect(tmux.waitFor("ALT km▲").ok)
        // Row 3 is the first table row (header, fleet summary, column titles above it).
        // Lowest first: a satellite of the 550 km shell (the 650 km shell is never below 650 km).
        #expect(tmux.waitFor("lowest first") { $0.count > 3 && $0[3].hasPrefix(" i53-550/") }.ok)
        try tmux.send("O")
        #expect(tmux.waitFor("ALT km▼").ok)
        // Highest: the 650 km SSO shell's satellite nearest its 82° turning point at epoch,
        // P01-S06 (latitude 82.06°), where the ellipsoid is lowest: a(1 − f sin²82°) ≈ 6,357.2 km,
        // so ≈ 671.0 km above it.
        #expect(tmux.waitFor("highest first") { $0.count > 3 && $0[3].hasPrefix(" sso-650/P01-S06 ") }.ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func everyViewSurvivesResizing() throws {
        let tmux = try start("")
        #expect(tmux.waitFor("1 Overview").ok)
        for (key, title) in [("1", "1 Overview"), ("2", "2 Map"), ("3", "3 Constellation"), ("4", "4 Alarms"),
                             ("5", "5 Satellite")] {
            try tmux.send(key)
            #expect(tmux.waitFor(title).ok)
            try tmux.resize(width: 80, height: 24)
            #expect(tmux.waitFor("\(title) at 80×24") { screen in
                screen.count >= 24 && screen[23].hasSuffix(Self.tabs(Int(key) ?? 0, String(title.dropFirst(2))))
                    && screen[0].hasPrefix(" OrbitOps ")
            }.ok)
            try tmux.resize(width: 250, height: 70)
            #expect(tmux.waitFor("\(title) at 250×70") { screen in
                screen.count >= 70 && screen[69].hasSuffix(Self.tabs(Int(key) ?? 0, String(title.dropFirst(2))))
                    && screen[0].hasPrefix(" OrbitOps ")
            }.ok)
            try tmux.resize(width: 100, height: 30)
        }
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func tCyclesThemesAndTheFooterNamesThem() throws {
        let tmux = try start("")
        #expect(tmux.waitFor(Self.tabs(1, "Overview")).ok)
        // Shipped themes in name order after the default; on a dark terminal the light
        // theme is skipped, and the message says so.
        try tmux.send("t")
        #expect(tmux.waitFor("theme high-contrast").ok)
        try tmux.send("t")
        #expect(tmux.waitFor("theme monochrome (skipped 1 made for a light terminal)").ok)
        for name in ["nord", "solarized-dark", "default"] {
            try tmux.send("t")
            #expect(tmux.waitFor("theme \(name)").ok)
        }
        try tmux.send("q")
        #expect(tmux.waitForExit())
        // A light terminal (COLORFGBG bg 15) gets the light theme from `t`.
        let light = try start("", environment: "COLORFGBG='0;15'")
        #expect(light.waitFor(Self.tabs(1, "Overview")).ok)
        try light.send("t")
        #expect(light.waitFor("theme light (skipped").ok)
        try light.send("q")
        #expect(light.waitForExit())
    }

    @Test func asciiSwitchDrawsOnlyASCII() throws {
        let tmux = try start("--ascii")
        #expect(tmux.waitFor("x10").ok, "the × of the speed becomes x")
        try tmux.send("2")
        #expect(tmux.waitFor("2 Map").ok)
        let screen = tmux.waitFor("an ASCII map") { screen in
            screen.contains { $0.contains("@") } && screen.joined().unicodeScalars.allSatisfy(\.isASCII)
        }
        #expect(screen.ok)
        try tmux.send("5")
        #expect(tmux.waitFor("+- Satellite sso-650/P01-S01 -").ok, "box drawing becomes +-|")
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func nonUTF8LocaleFallsBackToASCII() throws {
        let tmux = try start("", environment: "LANG=C LC_ALL=C LC_CTYPE=C")
        #expect(tmux.waitFor("x10").ok)
        try tmux.send("5")
        #expect(tmux.waitFor("+- Satellite sso-650/P01-S01 -").ok)
        let screen = tmux.screen().joined()
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func noColorDrawsWithAttributesOnly() throws {
        for (environment, expectColour) in [("", true), ("NO_COLOR=1", false)] {
            let tmux = try start("", environment: environment)
            #expect(tmux.waitFor("1 Overview").ok)
            let styled = try Spawn.run("tmux", ["-L", tmux.server, "capture-pane", "-p", "-e", "-t", "0"]).stdout
            // tmux writes colours as SGR 3x/4x/9x or 38;…/48;…; attributes as 1 (bold), 7 (reverse).
            let colour = styled.range(of: "\u{1b}\\[[0-9;]*(38;|48;|[349][0-7]m|[349][0-7];)", options: .regularExpression) != nil
            #expect(colour == expectColour, "\(environment): \(styled.prefix(300))")
            #expect(styled.contains("\u{1b}[7m") || styled.contains(";7m") || expectColour, "reverse carries the header")
            try tmux.send("q")
            #expect(tmux.waitForExit())
        }
    }

    @Test func configFileSetsThemeAndRebindsKeys() throws {
        let tmux = try start("", config: "theme: nord\nkeys:\n  quit: x\n  help: [q, F1]\n")
        #expect(tmux.waitFor(Self.tabs(1, "Overview")).ok)
        try tmux.send("t")
        #expect(tmux.waitFor("theme solarized-dark").ok, "the config's theme is the one t moves on from")
        try tmux.send("q")
        #expect(tmux.waitFor("show / hide this help").ok, "q now opens help")
        try tmux.send("Escape")
        try tmux.send("x")
        #expect(tmux.waitForExit(), "x quits")
    }

    @Test func brokenConfigIsOneLineNamingFileAndLine() throws {
        let home = try Self.configHome(config: "fps: 20\nkeys:\n  quit: x\n  help: x\n")
        let tmux = try TmuxSession("env XDG_CONFIG_HOME=\(home) \(binary) console; echo EXIT=$?; sleep 10")
        #expect(tmux.waitFor("EXIT=2").ok)
        let message = "orbitops: \(home)/orbitops/config.yaml:4: key 'keys.help': key 'x' is bound to both 'quit' and 'help'"
        #expect(tmux.waitFor("the config error") { $0.joined().contains(message) }.ok, "wrapped lines joined")
    }

    @Test func suspendAndResumeRestoreTheTerminal() throws {
        let tmux = try TmuxSession("env PS1='shell$ ' XDG_CONFIG_HOME=\(try Self.configHome()) bash --norc --noprofile -i")
        #expect(tmux.waitFor("shell$").ok)
        try tmux.send("\(binary) console --paused", "Enter")
        #expect(tmux.waitFor("1 Overview").ok)
        try tmux.send("C-z")
        #expect(tmux.waitFor("Stopped").ok)
        #expect(tmux.waitFor("the shell back") { !$0.joined().contains("1 Overview") }.ok)
        try tmux.send("fg", "Enter")
        #expect(tmux.waitFor("the console back") { screen in
            screen.contains { $0.contains(Self.tabs(1, "Overview")) } && screen.contains { $0.hasPrefix(" OrbitOps ") }
        }.ok)
        try tmux.send("q")
        #expect(tmux.waitFor("the prompt after quitting") { screen in
            !screen.joined().contains("1 Overview") && screen.contains { $0.hasPrefix("shell$") }
        }.ok)
    }
}

@Suite struct ConsoleThemesCommandTests {
    @Test func themesListsShippedThemesWithTheirFiles() throws {
        let result = try BinaryUnderTest.run(["themes"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        for name in ["default", "high-contrast", "light", "monochrome", "nord", "solarized-dark"] {
            #expect(lines.contains { $0.hasPrefix(name + " ") && $0.hasSuffix("/Themes/\(name).yaml") })
        }
        #expect(lines.first?.hasPrefix("default") == true)
    }

    @Test func unknownThemeIsAUsageError() throws {
        let result = try BinaryUnderTest.run(["console", "--theme", "no-such-theme"])
        // Themes and config resolve before the terminal is needed.
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("orbitops: no-such-theme: no such theme; available: default, high-contrast,"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
