import Dispatch
import Synchronization

/// Answers the console's view requests from the newest engine frame on its own serial
/// queue — never under the tick lock — and posts each answer into a latest-value
/// mailbox the console reads without waiting.
///
/// Frames and requests coalesce: if several arrive while an answer is being built,
/// only the newest pair is answered next. The selected satellite's history and the
/// plots come from the engine's `RetainedHistory` (when given). Frames the service no longer needs are
/// handed back through `takeSpareFrame` so the engine can refill their buffers.
public final class QueryService: Sendable {
    /// What arrives from the engine and the console, and the history recorded from it.
    private struct Inbox {
        var frame: EngineFrame?
        var request = ViewRequest()
        /// Whether an answer is scheduled or being built.
        var scheduled = false
        /// Whether frame or request changed since the last answer began.
        var dirty = false
        /// A frame answered and superseded, kept for the engine to reuse.
        var spare: EngineFrame?
        /// The frame an answer is being built from, if any.
        var inUse: UInt64?

        /// Notes new input; returns whether a drain must be scheduled.
        mutating func markDirty() -> Bool {
            dirty = true
            guard !scheduled else { return false }
            scheduled = true
            return true
        }
    }

    private let inbox = Mutex(Inbox())
    /// The builder and its caches; locked only by work on `queue` (never contended).
    private let builder = Mutex(SnapshotBuilder())
    private let mailbox = SnapshotMailbox()
    private let queue = DispatchQueue(label: "orbitops.query", qos: .userInitiated)

    /// What the engine retains of the past (nil: no history, no plots).
    private let retained: RetainedHistory?

    public init(retained: RetainedHistory? = nil) {
        self.retained = retained
    }

    /// Takes a new frame (called by the engine after a burst of ticks; O(1)).
    public func submit(_ frame: EngineFrame) {
        let schedule = inbox.withLock { box -> Bool in
            if let old = box.frame, old.serial != box.inUse { box.spare = old }
            box.frame = frame
            return box.markDirty()
        }
        if schedule { queue.async { [self] in drain() } }
    }

    /// Takes the console's newest view request; an answer follows if it changed.
    public func setView(_ request: ViewRequest) {
        let schedule = inbox.withLock { box -> Bool in
            guard box.request != request else { return false }
            box.request = request
            return box.frame != nil && box.markDirty()
        }
        if schedule { queue.async { [self] in drain() } }
    }

    /// The newest answer and its version (0 before the first); never blocks on a tick.
    public func latestSnapshot() -> (version: UInt64, snapshot: FleetSnapshot?) {
        mailbox.latest()
    }

    /// A superseded frame whose buffers the engine may overwrite (nil: none free).
    public func takeSpareFrame() -> EngineFrame? {
        inbox.withLock { box in box.spare.take() }
    }

    /// Waits until every answer and background order queued so far is done (tests).
    package func waitUntilIdle() {
        queue.sync {}
        builder.withLock { $0.orders }.waitUntilIdle()
        queue.sync {}
    }

    private func drain() {
        while true {
            let job = inbox.withLock { box -> (EngineFrame, ViewRequest)? in
                guard box.dirty, let frame = box.frame else {
                    box.scheduled = false
                    return nil
                }
                box.dirty = false
                box.inUse = frame.serial
                return (frame, box.request)
            }
            guard let (frame, request) = job else { return }
            let history = retained?.history(of: request.selected)
            var snapshot = builder.withLock { $0.snapshot(frame, request, history: history) }
            if let plot = request.plot, let retained {
                var plots = retained.plot(plot, selected: request.selected, nowSeconds: frame.simSeconds)
                let ids = frame.identity.ids
                plots.ids = plots.satellites.map { ids.indices.contains($0) ? ids[$0] : "#\($0)" }
                snapshot.plots = plots
            }
            mailbox.publish(snapshot)
            inbox.withLock { box in
                // Anything older than the held frame is free for the engine to refill.
                box.inUse = nil
                if let held = box.frame, held.serial != frame.serial { box.spare = frame }
            }
        }
    }
}
