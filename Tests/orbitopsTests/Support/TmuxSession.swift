import Foundation

/// A private tmux server running one command in a detached window of a fixed
/// size. Send keys, read the screen, poll for text with a deadline.
final class TmuxSession {
    let server = "orbitops-e2e-\(UUID().uuidString.prefix(8))"

    init(_ command: String, width: Int = 120, height: Int = 40) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Sends tmux key names (`Space`, `q`, `Up`).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Sends raw bytes to the program, as a terminal would (mouse reports).
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", "0", "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// A mouse event at the 0-based cell (x, y) in the X10 encoding ncurses asks the
    /// terminal for when terminfo's kmous is `\e[M` (tmux-256color): `\e[M`, then
    /// button + 32, x + 33, y + 33. Button 0 is a left press, 64/65 the wheel up/down.
    func mouse(button: UInt8, x: Int, y: Int) throws {
        try sendBytes([0x1b, 0x5b, 0x4d, button + 32, UInt8(min(222, x) + 33), UInt8(min(222, y) + 33)])
    }

    /// A left click as a terminal reports it: the press, then the release (button 3).
    func click(x: Int, y: Int) throws {
        try mouse(button: 0, x: x, y: y)
        try mouse(button: 3, x: x, y: y)
    }

    /// A tmux format variable of the pane (`#{mouse_standard_flag}`).
    func paneFormat(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "0", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the process the window runs (the command given to `init`).
    func panePID() -> pid_t? {
        (try? tmux(["list-panes", "-t", "0", "-F", "#{pane_pid}"])).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The visible screen, one string per row.
    func screen() -> [String] {
        ((try? tmux(["capture-pane", "-p", "-t", "0"])) ?? "").components(separatedBy: "\n")
    }

    /// Waits until `predicate` holds for the screen; returns the last screen seen.
    @discardableResult
    func waitFor(_ what: String, within seconds: Double = 10, _ predicate: ([String]) -> Bool) -> (ok: Bool, screen: [String]) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = screen()
        while Date() < deadline {
            if predicate(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.05)
            last = screen()
        }
        print("timed out waiting for \(what); screen was:\n\(last.joined(separator: "\n"))")
        return (predicate(last), last)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, within seconds: Double = 10) -> (ok: Bool, screen: [String]) {
        waitFor("'\(text)'", within: seconds) { $0.contains { $0.contains(text) } }
    }

    /// True once the server has no session left (the command exited).
    func waitForExit(within seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if (try? tmux(["has-session"])) == nil { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Spawn.run("tmux", ["-L", server] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments, result.status) }
        return result.stdout
    }
}

enum TmuxError: Error {
    case failed([String], Int32)
}
