import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with posix_spawn and waitpid, its output in
/// temporary files. Foundation's `Process` is not used: on Linux it waits for a
/// descriptor that a daemon the child starts (the tmux server) keeps open.
enum Spawn {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Children (and the tmux servers they start) write alarm journals into one
    /// throwaway folder per test process, never into the user's state directory.
    static let isolatedStateHome: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-test-state-\(getpid())").path
        setenv("XDG_STATE_HOME", path, 1)
        return path
    }()

    static func run(_ path: String, _ arguments: [String]) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
        let outPath = directory.appendingPathComponent("orbitops-spawn-\(UUID().uuidString).out").path
        let errPath = directory.appendingPathComponent("orbitops-spawn-\(UUID().uuidString).err").path
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let pid = try start(path, arguments, stdoutPath: outPath, stderrPath: errPath)
        let exitStatus = wait(pid)
        let read = { (p: String) in (try? String(contentsOfFile: p, encoding: .utf8)) ?? "" }
        return Result(status: exitStatus, stdout: read(outPath), stderr: read(errPath))
    }

    /// Starts a program without waiting for it, stdin from /dev/null and its output in
    /// the given files; returns its pid (reap it with `wait`).
    static func start(
        _ path: String, _ arguments: [String], stdoutPath: String = "/dev/null", stderrPath: String = "/dev/null"
    ) throws -> pid_t {
        _ = isolatedStateHome
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Children start with no blocked signals and default handlers, whatever
        // the test thread had: a blocked SIGWINCH would hide resizes from ncurses.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw SpawnError.failed(path, spawned) }
        return pid
    }

    /// Waits for a started child; its exit status, or 128 + the signal that killed it.
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}

enum SpawnError: Error {
    case failed(String, Int32)
}
