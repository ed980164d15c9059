import Dispatch
import Synchronization

/// Full table orders per sort, built off the answer path on a background queue:
/// refreshed from the previous order of the same sort (nearly sorted, so an adaptive
/// sort is close to one pass) or sorted from scratch by radix. Guards the finished
/// orders and the one pending build request.
package final class OrderCache: Sendable {
    private struct Orders {
        /// The newest order of each sort, with the serial of the frame it belongs to.
        var bySort: [RowSort: (serial: UInt64, order: [Int32])] = [:]
        /// Most-recently-used sorts, newest last (at most `keep`).
        var recent: [RowSort] = []
        var building = false
        var wanted: (sort: RowSort, frame: EngineFrame)?
    }

    /// How many sorts' orders are kept (4 bytes per satellite each).
    static let keep = 3
    private let state = Mutex(Orders())
    private let queue = DispatchQueue(label: "orbitops.query.order", qos: .utility)

    package init() {}

    /// The order of `sort` for frame `serial`, if built.
    func order(_ sort: RowSort, serial: UInt64) -> [Int32]? {
        state.withLock { s in
            guard let o = s.bySort[sort], o.serial == serial else { return nil }
            return o.order
        }
    }

    /// Asks for the order of `sort` in `frame` to be built in the background (the
    /// newest request replaces an older one still waiting).
    func prepare(_ sort: RowSort, _ frame: EngineFrame) {
        let start = state.withLock { s -> Bool in
            if let o = s.bySort[sort], o.serial == frame.serial { return false }
            // Hold only the sorted column: a whole frame here would keep ≈ 100 B per
            // satellite alive for the length of the sort.
            var light = frame
            light.columns = frame.columns.keeping(sort.key.column)
            light.alarms = AlarmFrame()
            s.wanted = (sort, light)
            guard !s.building else { return false }
            s.building = true
            return true
        }
        if start { queue.async { [self] in buildPending() } }
    }

    /// Waits for the background builds queued so far (tests).
    package func waitUntilIdle() { queue.sync {} }

    private func buildPending() {
        while true {
            let job = state.withLock { s -> (RowSort, EngineFrame, [Int32]?)? in
                guard let wanted = s.wanted else {
                    s.building = false
                    return nil
                }
                s.wanted = nil
                let previous = s.bySort[wanted.sort].map(\.order)
                return (wanted.sort, wanted.frame, previous)
            }
            guard let (sort, frame, previous) = job else { return }
            let order = if let previous, previous.count == frame.count {
                RowOrder.refreshed(previous, frame, sort)
            } else {
                RowOrder.fullOrder(frame, sort, candidates: nil)
            }
            state.withLock { s in
                if let existing = s.bySort[sort], existing.serial > frame.serial { return }
                s.bySort[sort] = (frame.serial, order)
                s.recent.removeAll { $0 == sort }
                s.recent.append(sort)
                while s.recent.count > Self.keep { s.bySort[s.recent.removeFirst()] = nil }
            }
        }
    }
}
