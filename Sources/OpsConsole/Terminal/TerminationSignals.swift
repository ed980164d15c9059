#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// SIGINT, SIGTERM and SIGHUP turned into a flag the console loop polls, so the
/// loop — not a signal handler — restores the terminal before the process ends.
public enum TerminationSignals {
    private static let received = Atomic<Int32>(0)

    /// Installs the handlers. Call before the terminal is set up, so ncurses keeps
    /// its own handling of SIGTSTP and SIGWINCH but not of these.
    public static func install() {
        // A parent may have left signals blocked; the console needs these delivered
        // (SIGWINCH and SIGTSTP/SIGCONT are handled by ncurses itself).
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&wanted, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in TerminationSignals.received.store(number, ordering: .relaxed) }
        }
    }

    /// The conventional exit status after the signal received (128 + signal: 130 for
    /// SIGINT, 143 for SIGTERM, 129 for SIGHUP), so a script can tell the console was
    /// stopped; nil when none arrived.
    public static var exitStatus: Int32? { pending.map { 128 + $0 } }

    /// The signal received, or nil.
    public static var pending: Int32? {
        let value = received.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
