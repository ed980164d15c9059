import Foundation
import Testing
@testable import OpsConsole

/// The package's Themes/ folder.
private let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Themes").path

@Suite struct ThemeTests {
    static let shipped = ["default", "light", "high-contrast", "solarized-dark", "nord", "monochrome"]

    @Test(arguments: shipped)
    func everyShippedThemeLoads(name: String) throws {
        let theme = try Theme.load(path: themesFolder + "/\(name).yaml")
        #expect(theme.name == name)
        #expect((1...3).contains(theme.gradient.count))
        for key in ThemeKey.required { #expect(theme.colors[key] != nil) }
    }

    @Test func builtInMatchesTheShippedDefault() throws {
        let file = try Theme.load(path: themesFolder + "/default.yaml")
        #expect(file.colors == Theme.builtIn.colors)
        #expect(file.gradient == Theme.builtIn.gradient)
        #expect(Theme.builtIn.color(.background) == .terminalDefault)
    }

    @Test func catalogFindsShippedThemesAndUserOverrides() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-themes-\(UUID())").path
        try FileManager.default.createDirectory(atPath: user, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: user) }
        let nord = try String(contentsOfFile: themesFolder + "/nord.yaml", encoding: .utf8)
        try nord.write(toFile: user + "/nord.yaml", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(directories: [user, themesFolder])
        let entries = catalog.entries()
        #expect(entries.map(\.name) == ["default", "high-contrast", "light", "monochrome", "nord", "solarized-dark"])
        #expect(entries.first { $0.name == "nord" }?.path == user + "/nord.yaml")
        #expect(try catalog.theme("light").name == "light")
        #expect(ThemeCatalog(directories: []).entries() == [ThemeCatalog.Entry(name: "default", path: "built-in")])
    }

    @Test func brokenColourNamesFileLineAndKey() {
        let text = "name: broken\nbackground: default\nforeground: \"#d0d0d0\"\nwarning: yellowish\n"
        #expect(throws: FileError(file: "broken.yaml", line: 4, key: "warning",
                                  message: "'yellowish' is not a colour: use \"#rrggbb\" (quoted) or default")) {
            try Theme.parse(text, file: "broken.yaml", defaultName: "broken")
        }
        let error = FileError(file: "broken.yaml", line: 4, key: "warning", message: "m")
        #expect(error.description == "broken.yaml:4: key 'warning': m")
    }

    @Test func unquotedHashIsACommentAndReportedAsMissing() {
        // `#` starts a YAML comment, so the value is empty.
        let text = Theme.builtInText.replacingOccurrences(of: "border: \"#5fafd7\"", with: "border: #5fafd7")
        do {
            _ = try Theme.parse(text, file: "t.yaml", defaultName: "t")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 6)  // the built-in text: comment, name, variant, background, foreground, border
            #expect(error.key == "border")
            #expect(error.message.hasPrefix("missing value"))
        }
    }

    @Test func unknownKeyAndBadGradient() {
        #expect(throws: FileError.self) { try Theme.parse("colour: \"#000000\"\n", file: "x", defaultName: "x") }
        do {
            let text = Theme.builtInText.replacingOccurrences(
                of: "gradient: [\"#2c7bb6\", \"#ffffbf\", \"#d7191c\"]",
                with: "gradient: [\"#000000\", \"#111111\", \"#222222\", \"#333333\"]")
            _ = try Theme.parse(text, file: "g.yaml", defaultName: "g")
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "gradient")
            #expect(error.line == 18)
            #expect(error.message == "expected 1 to 3 colours, got 4")
        }
    }

    @Test func gradientInterpolatesLinearly() throws {
        let theme = Theme(name: "g", source: "test", colors: [:], gradient: [RGB(0, 0, 0), RGB(200, 100, 0), RGB(200, 200, 200)])
        #expect(theme.gradientColor(0) == RGB(0, 0, 0))
        #expect(theme.gradientColor(0.25) == RGB(100, 50, 0))
        #expect(theme.gradientColor(0.5) == RGB(200, 100, 0))
        #expect(theme.gradientColor(1) == RGB(200, 200, 200))
    }
}

@Suite struct ColorDegradationTests {
    @Test func pureRedAcrossDepths() {
        let red = ThemeColor.rgb(RGB(hex: "#ff0000") ?? RGB(0, 0, 0))
        #expect(ColorMapping.colorNumber(red, depth: .truecolor) == 0xff0000)
        // Cube index 16 + 36·5 = 196; xterm colour 9 is (255, 0, 0).
        #expect(ColorMapping.colorNumber(red, depth: .xterm256) == 196)
        #expect(ColorMapping.colorNumber(red, depth: .ansi16) == 9)
        #expect(ColorMapping.colorNumber(red, depth: .ansi8) == 1)
        #expect(ColorMapping.colorNumber(red, depth: .monochrome) == -1)
        #expect(ColorMapping.colorNumber(.terminalDefault, depth: .xterm256) == -1)
    }

    @Test(arguments: [
        // (colour, 256 index, 16 index), worked by hand from the xterm tables:
        ("#808080", 244, 8),   // grey ramp 232 + (128-8)/10 = 244 is exactly 128; ANSI 8 = (127,127,127)
        // cube levels 95,175,215 → 16 + 36·1 + 6·3 + 4 = 74; of 16: (92,92,255) at 3²+83²+40² = 8,498
        // beats cyan 14 (0,205,205) at 95²+30²+10² = 10,025.
        ("#5fafd7", 74, 12),
        ("#000000", 16, 0),    // cube black (distance 0 beats grey 232 = 8)
        ("#ffffff", 231, 15),
        ("#d7191c", 160, 1),   // 215,25,28 → levels 4,0,0 → 16 + 144 = 160; (205,0,0) is nearest of 16
    ])
    func knownColours(hex: String, index256: Int, index16: Int) throws {
        let rgb = try #require(RGB(hex: hex))
        #expect(ColorMapping.nearest256(rgb) == index256)
        #expect(ColorMapping.nearestANSI(rgb) == index16)
    }

    @Test func depthDetection() {
        #expect(ColorDepth.detect(terminfoColors: 16_777_216, colorTerm: nil, term: "xterm-direct", noColor: false) == .truecolor)
        #expect(ColorDepth.detect(terminfoColors: 256, colorTerm: "truecolor", term: "tmux-256color", noColor: false) == .xterm256)
        #expect(ColorDepth.detect(terminfoColors: 16, colorTerm: nil, term: "xterm-16color", noColor: false) == .ansi16)
        #expect(ColorDepth.detect(terminfoColors: 8, colorTerm: nil, term: "xterm", noColor: false) == .ansi8)
        #expect(ColorDepth.detect(terminfoColors: 2, colorTerm: nil, term: "vt100", noColor: false) == .monochrome)
        #expect(ColorDepth.detect(terminfoColors: 256, colorTerm: "truecolor", term: "xterm", noColor: true) == .monochrome)
    }

    @Test func rolesUseTheirSemanticColours() {
        let theme = Theme.builtIn
        #expect(theme.colors(for: .critical).fg == .rgb(RGB(0xff, 0x5f, 0x5f)))
        #expect(theme.colors(for: .normal).bg == .terminalDefault)
        #expect(theme.colors(for: .heat0).fg == .rgb(RGB(0x2c, 0x7b, 0xb6)))
        #expect(theme.colors(for: .heat7).fg == .rgb(RGB(0xd7, 0x19, 0x1c)))
    }
}
