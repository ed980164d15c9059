import Synchronization

/// A latest-value slot: the engine overwrites, the console reads without waiting.
/// Guards one snapshot and the count of snapshots published so far.
public final class SnapshotMailbox: Sendable {
    private let slot = Mutex<(version: UInt64, snapshot: FleetSnapshot?)>((0, nil))

    public init() {}

    /// Replaces the held snapshot.
    public func publish(_ snapshot: FleetSnapshot) {
        slot.withLock { $0 = ($0.version + 1, snapshot) }
    }

    /// The newest snapshot and its version (0 before the first).
    public func latest() -> (version: UInt64, snapshot: FleetSnapshot?) {
        slot.withLock { $0 }
    }
}
