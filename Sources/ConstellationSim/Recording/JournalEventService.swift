import Dispatch
import Synchronization

/// Reads event-log pages from a journal on its own queue, so the console never waits on
/// the file: `request` posts the newest query (coalescing), `latest` returns the newest
/// page read.
public final class JournalEventService: Sendable {
    private struct State {
        var pending: (JournalEventQuery, UInt64)?
        var scheduled = false
        var latest: JournalEventPage?
        var version: UInt64 = 0
        var failure: String?
        var asked: (JournalEventQuery, UInt64)?
    }

    public let path: String
    /// How the console shows a command (its search matches these words).
    private let commandText: (@Sendable (JournalEvent) -> String)?
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "orbitops.events", qos: .utility)

    public init(path: String, commandText: (@Sendable (JournalEvent) -> String)? = nil) {
        self.path = path
        self.commandText = commandText
    }

    /// Asks for `query` as of `revision` (e.g. the engine tick: a new tick may have new
    /// events); a repeat of the last request does nothing.
    public func request(_ query: JournalEventQuery, revision: UInt64) {
        let schedule = state.withLock { s -> Bool in
            if let asked = s.asked, asked.0 == query, asked.1 == revision { return false }
            s.asked = (query, revision)
            s.pending = (query, revision)
            guard !s.scheduled else { return false }
            s.scheduled = true
            return true
        }
        if schedule { queue.async { [self] in drain() } }
    }

    /// The newest page read, its version (grows with every page), and the last read
    /// error (nil: none).
    public func latest() -> (version: UInt64, page: JournalEventPage?, failure: String?) {
        state.withLock { ($0.version, $0.latest, $0.failure) }
    }

    /// Waits until the queued reads are done (tests).
    package func waitUntilIdle() { queue.sync {} }

    private func drain() {
        while true {
            let job = state.withLock { s -> JournalEventQuery? in
                guard let (query, _) = s.pending else {
                    s.scheduled = false
                    return nil
                }
                s.pending = nil
                return query
            }
            guard let job else { return }
            do {
                let page = try JournalEventLog.page(path: path, job, commandText: commandText)
                state.withLock { s in
                    s.latest = page
                    s.version &+= 1
                    s.failure = nil
                }
            } catch {
                state.withLock { s in
                    s.version &+= 1
                    s.failure = "\(error)"
                }
            }
        }
    }
}
