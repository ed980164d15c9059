/// Every record of a batch packed into four-lane groups for the lane kernels, built once
/// and reused for every time step (`SGP4Batch.propagate(plan:to:into:range:)`).
///
/// Records are cut into blocks of `chunkAlignment` consecutive slots; inside a block the
/// near-Earth records go four to a `SGP4NearEarthLanes` group and the deep-space ones
/// four to a `SGP4DeepSpaceLanes` group (like orbits side by side: drag regime, resonance,
/// low inclination), the last group of each kind padded with lanes that are computed but
/// never stored. No record is left to the scalar path. A range of slots maps to a
/// contiguous run of groups (exactly so when its bounds are multiples of `chunkAlignment`),
/// so chunks of a tick can run on different threads; a slot's result never depends on the
/// grouping or the chunking.
public struct SGP4BatchPlan: Sendable {
    /// Slots per block. Any range works; chunk bounds on multiples of it (or the record
    /// count) cost nothing extra, other bounds compute the groups of the edge blocks twice.
    public static let chunkAlignment = 256
    /// Number of records the plan was built from.
    public let recordCount: Int
    /// Near-Earth groups and the output slot of each lane (−1 for padding).
    let nearGroups: [SGP4NearEarthLanes]
    let nearSlots: [SGP4LaneSlots]
    /// Deep-space groups and the output slot of each lane (−1 for padding).
    let deepGroups: [SGP4DeepSpaceLanes]
    let deepSlots: [SGP4LaneSlots]
    /// First near-Earth / deep-space group of each block, plus one end entry.
    let nearBlockStart: [Int]
    let deepBlockStart: [Int]

    /// Number of records propagated in lanes: all of them.
    public var vectorizedCount: Int { recordCount }

    /// Number of deep-space records.
    public var deepSpaceCount: Int { deepSlots.reduce(0) { count, s in count + s.indices.filter { s[$0] >= 0 }.count } }

    public init(_ records: [SGP4Record]) {
        recordCount = records.count
        var nearGroups: [SGP4NearEarthLanes] = [], nearSlots: [SGP4LaneSlots] = []
        var deepGroups: [SGP4DeepSpaceLanes] = [], deepSlots: [SGP4LaneSlots] = []
        var nearBlockStart = [0], deepBlockStart = [0]
        for blockStart in stride(from: 0, to: records.count, by: Self.chunkAlignment) {
            let block = blockStart..<min(blockStart + Self.chunkAlignment, records.count)
            // Near-Earth: full-drag lanes together, then the simplified ones, each by
            // eccentricity (Kepler's iteration count grows with it; a group runs as long as
            // its slowest lane).
            func nearKey(_ i: Int) -> (Int, Double, Int) { (records[i].isSimplified ? 1 : 0, records[i].ecco, i) }
            let near = block.filter { records[$0].deepSpace == nil }.sorted { nearKey($0) < nearKey($1) }
            for group in Self.groups(near) {
                nearGroups.append(SGP4NearEarthLanes(group.source.map { records[$0] }))
                nearSlots.append(group.slots)
            }
            // Deep space: by resonance, then Lyddane (inclination below 0.2 rad) or not, then eccentricity.
            func deepKey(_ i: Int) -> (Int, Int, Double, Int) {
                (records[i].deepSpace?.resonance ?? 0, records[i].inclo < 0.2 ? 1 : 0, records[i].ecco, i)
            }
            let deep = block.filter { records[$0].deepSpace != nil }.sorted { deepKey($0) < deepKey($1) }
            for group in Self.groups(deep) {
                guard let lanes = SGP4DeepSpaceLanes(group.source.map { records[$0] },
                                                     live: SGP4LaneCodes(truncatingIfNeeded: group.slots) .>= 0)
                else { continue }
                deepGroups.append(lanes)
                deepSlots.append(group.slots)
            }
            nearBlockStart.append(nearGroups.count)
            deepBlockStart.append(deepGroups.count)
        }
        self.nearGroups = nearGroups
        self.nearSlots = nearSlots
        self.deepGroups = deepGroups
        self.deepSlots = deepSlots
        self.nearBlockStart = nearBlockStart
        self.deepBlockStart = deepBlockStart
    }

    /// `indices` one group of lanes at a time: the output slots (−1 for padding) and the
    /// records to read (padding lanes repeat the first index of their group).
    static func groups(_ indices: [Int]) -> [(slots: SGP4LaneSlots, source: [Int])] {
        let width = SGP4Lanes.scalarCount
        return stride(from: 0, to: indices.count, by: width).map { start in
            var slots = SGP4LaneSlots(repeating: -1)
            var source = [Int](repeating: indices[start], count: width)
            for lane in 0..<min(width, indices.count - start) {
                slots[lane] = indices[start + lane]
                source[lane] = indices[start + lane]
            }
            return (slots, source)
        }
    }

    /// The blocks that hold the slots of `range`.
    func blocks(_ range: Range<Int>) -> Range<Int> {
        let a = Self.chunkAlignment
        precondition(range.lowerBound >= 0 && range.upperBound <= recordCount, "range outside the plan")
        return range.lowerBound / a..<(range.upperBound + a - 1) / a
    }

    /// `count` contiguous ranges of slots (fewer if there are fewer blocks) with bounds on
    /// `chunkAlignment`, covering every record: ready for `DispatchQueue.concurrentPerform`.
    public func chunks(count: Int) -> [Range<Int>] {
        let blockCount = nearBlockStart.count - 1
        let parts = max(1, min(count, blockCount))
        return (0..<parts).compactMap { p in
            let lower = blockCount * p / parts * Self.chunkAlignment
            let upper = min(blockCount * (p + 1) / parts * Self.chunkAlignment, recordCount)
            return lower < upper ? lower..<upper : nil
        }
    }
}
