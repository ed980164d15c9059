import Foundation
import Testing

/// Mouse in the real console: the terminal's mouse reports are turned on (tmux shows
/// the pane asked for them), a click selects a row or switches view by its footer tab,
/// the wheel scrolls, and `--no-mouse` leaves the mouse to the terminal. tmux forwards
/// a mouse only from an attached client, so the tests write the report bytes a
/// terminal would send into the pane (`send-keys -H`).
@Suite(.serialized) struct ConsoleMouseEndToEndTests {
    let binary = BinaryUnderTest.path

    func start(_ arguments: String = "") throws -> TmuxSession {
        let home = try ConsoleViewsEndToEndTests.configHome()
        return try TmuxSession("env -u NO_COLOR XDG_CONFIG_HOME=\(home) \(binary) console --paused \(arguments)",
                               width: 100, height: 30)
    }

    @Test func clicksSelectRowsAndSwitchViewsAndTheWheelScrolls() throws {
        let tmux = try start()
        #expect(tmux.waitFor(ConsoleViewsEndToEndTests.tabs(1, "Overview")).ok)
        #expect(tmux.paneFormat("#{mouse_standard_flag}") == "1", "the console asked the terminal for clicks")
        // Row 3 is the first table row: row 10 is the eighth satellite.
        try tmux.click(x: 10, y: 10)
        try tmux.send("5")
        #expect(tmux.waitFor("Satellite sso-650/P01-S08").ok)
        try tmux.send("1")
        #expect(tmux.waitFor(ConsoleViewsEndToEndTests.tabs(1, "Overview")).ok)
        // Three lines per wheel notch.
        try tmux.mouse(button: 65, x: 10, y: 10)
        try tmux.send("5")
        #expect(tmux.waitFor("Satellite sso-650/P01-S11").ok)
        // The footer's "4" tab opens the alarm view.
        let footer = tmux.screen()[29]
        let four = footer.range(of: " 4", options: .backwards).map { footer.distance(from: footer.startIndex, to: $0.lowerBound) + 1 }
        try tmux.click(x: four ?? 0, y: 29)
        #expect(tmux.waitFor(ConsoleViewsEndToEndTests.tabs(4, "Alarms")).ok)
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let tmux = try start("--no-mouse")
        #expect(tmux.waitFor(ConsoleViewsEndToEndTests.tabs(1, "Overview")).ok)
        #expect(tmux.paneFormat("#{mouse_standard_flag}") == "0")
        try tmux.click(x: 10, y: 10)
        try tmux.send("5")
        #expect(tmux.waitFor("Satellite sso-650/P01-S01").ok, "the click changed nothing")
        try tmux.send("q")
        #expect(tmux.waitForExit())
    }
}
