import ArgumentParser
import Foundation
import OpsConsole

/// `orbitops`: the operations console, and the same engine headless.
@main
struct OrbitOps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orbitops",
        abstract: "Operations console and simulator for constellations of orbital AI data centers.",
        discussion: "With no subcommand, opens the console on the built-in default scenario.",
        subcommands: [ConsoleCommand.self, SimulateCommand.self, PropagateCommand.self, ScenariosCommand.self,
                      JournalCommand.self, ReplayCommand.self, ExportCommand.self, ThemesCommand.self, BenchCommand.self,
                      ScreenCommand.self, PcCommand.self, RouteCommand.self],
        defaultSubcommand: ConsoleCommand.self)

    /// Parses, runs, and maps every failure to one line on stderr and the
    /// documented exit code: 0 success, 1 runtime failure, 2 bad usage or input, 128 + signal
    /// when the console was stopped by SIGINT (130), SIGTERM (143) or SIGHUP (129).
    static func main() {
        do {
            var command = try parseAsRoot(NegativeValueArguments.joined(Array(CommandLine.arguments.dropFirst())))
            try command.run()
            // The console stopped on SIGTERM/SIGINT/SIGHUP after restoring the terminal:
            // say so in the status, as a shell would for a process the signal killed.
            if let status = TerminationSignals.exitStatus { Foundation.exit(status) }
        } catch let error as UsageError {
            fail(error.message, code: 2)
        } catch let error as RuntimeFailure {
            fail(error.message, code: 1)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // --help, --version
            }
            let message = oneLine(self.message(for: error))
            fail("\(message) (see 'orbitops --help')", code: 2)
        }
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("orbitops: \(message)\n".utf8))
        Foundation.exit(code)
    }
}

/// Bad usage or bad input: exit 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// The command was fine but could not be carried out: exit 1.
struct RuntimeFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// ArgumentParser's multi-line error (message, usage block) as its first line.
func oneLine(_ message: String) -> String {
    message.split(separator: "\n").first.map(String.init) ?? message
}
