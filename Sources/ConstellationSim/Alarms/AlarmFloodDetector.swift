/// ISA-18.2 flood detection over a trailing window of simulated time.
///
/// Counts new alarms (annunciations) in the window (t − windowSeconds, t]. A flood
/// begins when the count exceeds `enterAbove` (10 per 10 min) and ends when it falls
/// below `exitBelow` (5 per 10 min). Memory grows with the number of distinct times that
/// had annunciations inside one window (one entry per tick, not per alarm).
public struct AlarmFloodDetector: Sendable, Equatable, Codable {
    private struct Entry: Sendable, Equatable, Codable {
        var simSeconds: Double
        var count: Int
    }

    public let windowSeconds: Double
    public let enterAbove: Int
    public let exitBelow: Int
    private var entries: [Entry] = []
    private var head = 0
    /// Annunciations in the trailing window, as of the last `advance(to:)` or `record`.
    public private(set) var countInWindow = 0
    /// Whether a flood is in progress.
    public private(set) var isFlooding = false
    /// When the current (or last) flood began, seconds.
    public private(set) var floodStartSeconds: Double?

    public init(windowSeconds: Double = 600, enterAbove: Int = 10, exitBelow: Int = 5) {
        self.windowSeconds = windowSeconds
        self.enterAbove = enterAbove
        self.exitBelow = exitBelow
    }

    /// Adds `count` annunciations at time `simSeconds` (non-decreasing between calls).
    public mutating func record(count: Int, at simSeconds: Double) {
        guard count > 0 else { return }
        if head < entries.count, let last = entries.last, last.simSeconds == simSeconds {
            entries[entries.count - 1].count += count
        } else {
            entries.append(Entry(simSeconds: simSeconds, count: count))
        }
        countInWindow += count
    }

    /// Moves the window's end to `simSeconds` and updates the flood state; returns the
    /// new state when it changed (`true` = flood began, `false` = flood ended).
    @discardableResult
    public mutating func advance(to simSeconds: Double) -> Bool? {
        let cutoff = simSeconds - windowSeconds
        while head < entries.count, entries[head].simSeconds <= cutoff {
            countInWindow -= entries[head].count
            head += 1
        }
        if head > 64 && head * 2 > entries.count {
            entries.removeFirst(head)
            head = 0
        }
        if !isFlooding && countInWindow > enterAbove {
            isFlooding = true
            floodStartSeconds = simSeconds
            return true
        }
        if isFlooding && countInWindow < exitBelow {
            isFlooding = false
            return false
        }
        return nil
    }
}
