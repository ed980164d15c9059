import Dispatch
import Synchronization

/// Writes the engine's alarm batches to an `AlarmJournal` on its own serial queue, so
/// the engine host's queue (and never the console) waits on the disk.
///
/// Each `submit` appends to a backlog and wakes the writer, which takes the whole
/// backlog and commits it in one transaction (group commit): a writer that falls behind
/// commits several ticks per transaction and catches up. Every tick is still
/// all-or-nothing in the file. If the backlog reaches `maximumBacklog` batches anyway
/// (a disk far slower than the engine), `submit` blocks the engine's queue until the
/// writer has caught up: the simulation slows to the journal's pace rather than drop
/// records (counted in `Status.stalls`). The console keeps drawing the latest snapshot
/// meanwhile. After a write error (a full disk, a file made unwritable) the writer stops,
/// reports it in `Status.failure` (the console shows it as an alarm in its header) and
/// calls `onFailure` once; the simulation goes on without its journal.
public final class AlarmJournalWriter: Sendable {
    /// The writer's health, for the console.
    public struct Status: Sendable, Equatable {
        public var path: String
        /// Engine ticks committed to the file.
        public var ticksWritten: Int
        /// Batches waiting to be written.
        public var backlog: Int
        /// Times the engine had to wait for the writer.
        public var stalls: Int
        /// The write error that stopped the journal, if any.
        public var failure: String?
    }

    private struct State {
        var pending: [AlarmTickBatch] = []
        var drainScheduled = false
        var ticksWritten = 0
        var stalls = 0
        var failure: String?
        var closed = false
    }

    /// The journal written to.
    public let journal: AlarmJournal
    /// Most batches waiting before `submit` blocks.
    public let maximumBacklog: Int
    private let queue = DispatchQueue(label: "orbitops.alarm-journal", qos: .utility)
    private let state = Mutex(State())
    private let onFailure: (@Sendable (String) -> Void)?

    /// - Parameter onFailure: Called once, on the writer's queue, with the message of the
    ///   first write error (the console writes it as one line on stderr).
    public init(journal: AlarmJournal, maximumBacklog: Int = 10_000, onFailure: (@Sendable (String) -> Void)? = nil) {
        precondition(maximumBacklog > 0)
        self.journal = journal
        self.maximumBacklog = maximumBacklog
        self.onFailure = onFailure
    }

    /// Records the first write error and reports it once.
    private func fail(_ error: any Error) {
        let message = "alarm journal write failed (\(journal.path)): \(Self.oneLine(error))"
        let first = state.withLock { s -> Bool in
            defer {
                s.pending = []
                s.drainScheduled = false
            }
            guard s.failure == nil else { return false }
            s.failure = message
            return true
        }
        if first { onFailure?(message) }
    }

    static func oneLine(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }

    /// Hands batches to the writer; returns at once unless the backlog is full.
    public func submit(_ batches: [AlarmTickBatch]) {
        guard !batches.isEmpty else { return }
        let (wake, full) = state.withLock { s -> (Bool, Bool) in
            guard !s.closed, s.failure == nil else { return (false, false) }
            s.pending += batches
            let wake = !s.drainScheduled
            s.drainScheduled = true
            let full = s.pending.count >= maximumBacklog
            if full { s.stalls += 1 }
            return (wake, full)
        }
        if wake { queue.async { [self] in drain() } }
        if full { queue.sync {} }
    }

    /// Appends an operator command to the durable command log now, on the caller's
    /// thread (the engine's queue), before the caller applies it. A write error stops the
    /// journal like any other (reported in `status.failure`); the command still applies.
    public func logCommand(_ command: EngineCommand, tick: UInt64, simSeconds: Double, operatorName: String) {
        let usable = state.withLock { !$0.closed && $0.failure == nil }
        guard usable else { return }
        do {
            try journal.appendCommand(command, tick: tick, simSeconds: simSeconds, operatorName: operatorName)
        } catch {
            fail(error)
        }
    }

    /// Waits until everything submitted so far is committed.
    public func flush() {
        queue.sync {}
    }

    /// Flushes, then closes the file; later submits are ignored.
    public func close() throws {
        flush()
        state.withLock { $0.closed = true }
        try journal.close()
    }

    /// The writer's health now.
    public var status: Status {
        state.withLock { s in
            Status(path: journal.path, ticksWritten: s.ticksWritten, backlog: s.pending.count,
                   stalls: s.stalls, failure: s.failure)
        }
    }

    private func drain() {
        while true {
            let batches = state.withLock { s -> [AlarmTickBatch]? in
                guard !s.pending.isEmpty, s.failure == nil else {
                    s.drainScheduled = false
                    return nil
                }
                defer { s.pending = [] }
                return s.pending
            }
            guard let batches else { return }
            do {
                try journal.append(batches)
                let ticks = batches.count { $0.kind == .tick }
                state.withLock { $0.ticksWritten += ticks }
            } catch {
                fail(error)
                return
            }
        }
    }
}

/// The journal writer stopped on a write error.
public struct AlarmJournalWriterError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
