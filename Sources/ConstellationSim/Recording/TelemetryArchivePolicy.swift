/// How much per-satellite telemetry a journal keeps (table `satellite_sample`): every
/// satellite every `everyTicks` ticks, and at most `maximumRows` rows in the file — the
/// oldest whole samples are deleted first, so the archive's size stays bounded (SQLite
/// reuses the freed pages). The fleet totals are kept for every tick regardless.
public struct TelemetryArchivePolicy: Sendable, Hashable {
    /// Ticks between two samples, ≥ 1.
    public var everyTicks: Int
    /// Most `satellite_sample` rows kept in the file, ≥ 0 (0: no per-satellite archive).
    public var maximumRows: Int

    /// Bytes one archived row takes in the file, measured (≈ 150 B of payload plus the
    /// B-tree and index overhead), for turning a size budget into rows.
    public static let bytesPerRow = 200

    public init(everyTicks: Int, maximumRows: Int) {
        precondition(everyTicks >= 1 && maximumRows >= 0, "an archive interval of at least one tick")
        self.everyTicks = everyTicks
        self.maximumRows = maximumRows
    }

    /// Fewest whole samples the bound must hold for per-satellite rows to be archived at
    /// all: a bound that keeps fewer (a million satellites in 256 MB keeps one) would
    /// spend a sample's write on every interval to keep almost no history.
    public static let minimumSamples = 10

    /// Whether a fleet of `satellites` gets per-satellite rows under this bound (fleet
    /// rows are archived every tick either way).
    public func archivesSatellites(of satellites: Int) -> Bool {
        maximumRows > 0 && maximumRows / max(1, satellites) >= Self.minimumSamples
    }

    /// A policy keeping at most about `maximumBytes` of per-satellite rows.
    public init(everyTicks: Int, maximumBytes: Int) {
        self.init(everyTicks: everyTicks, maximumRows: max(0, maximumBytes / Self.bytesPerRow))
    }
}
