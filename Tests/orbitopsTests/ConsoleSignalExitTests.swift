import Foundation
import Testing

/// Issue 14: after SIGTERM, SIGINT or SIGHUP the console restores the terminal and exits
/// with 128 + signal (143, 130, 129), so a script can tell it was stopped (it used to be 0).
@Suite(.serialized) struct ConsoleSignalExitTests {
    /// The console under a shell in tmux; the shell prints its status and the terminal's
    /// line discipline flags after it ends (ncurses turns icanon and echo off while running).
    @Test(arguments: [(SIGTERM, 143), (SIGINT, 130), (SIGHUP, 129)])
    func exitsWith128PlusSignalAndRestoresTheTerminal(_ signal: Int32, _ status: Int) throws {
        let script = "\(BinaryUnderTest.path) console --paused --no-journal; s=$?; "
            + "echo \"exit=$s flags=$(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo | tr '\\n' ,)\"; sleep 30"
        let tmux = try TmuxSession("sh -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))'", width: 120, height: 40)
        #expect(tmux.waitFor("PAUSED").ok)
        let console = try #require(consolePID(tmux))
        kill(console, signal)
        #expect(tmux.waitFor("exit=\(status) flags=icanon,echo,").ok)
    }

    /// The console's pid: the child of the pane's shell.
    private func consolePID(_ tmux: TmuxSession) -> pid_t? {
        guard let shell = tmux.panePID(),
              let text = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        else { return nil }
        return text.split(separator: " ").first.flatMap { pid_t($0) }
    }
}
