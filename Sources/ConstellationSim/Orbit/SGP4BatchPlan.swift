/// The near-Earth records of a batch packed four to a group for `SGP4NearEarthKernel`,
/// built once and reused for every time step (`SGP4Batch.propagate(_:plan:to:into:)`).
///
/// Groups take near-Earth records in index order; deep-space records and the last
/// fewer-than-four near-Earth records are propagated on the scalar path.
public struct SGP4BatchPlan: Sendable {
    /// Number of records the plan was built from.
    public let recordCount: Int
    /// Packed constants, one entry per group of four near-Earth records.
    let groups: [SGP4NearEarthLanes]
    /// Output slot of each lane of `groups[g]`.
    let groupSlots: [SIMD4<Int>]
    /// Slots propagated one at a time.
    let scalarSlots: [Int]

    /// Number of records propagated four at a time.
    public var vectorizedCount: Int { groups.count * 4 }

    public init(_ records: [SGP4Record]) {
        recordCount = records.count
        let nearEarth = records.indices.filter { records[$0].deepSpace == nil }
        let grouped = nearEarth.count / 4 * 4
        var groups: [SGP4NearEarthLanes] = []
        var slots: [SIMD4<Int>] = []
        groups.reserveCapacity(grouped / 4)
        slots.reserveCapacity(grouped / 4)
        for start in stride(from: 0, to: grouped, by: 4) {
            let s = SIMD4(nearEarth[start], nearEarth[start + 1], nearEarth[start + 2], nearEarth[start + 3])
            groups.append(SGP4NearEarthLanes(records[s[0]], records[s[1]], records[s[2]], records[s[3]]))
            slots.append(s)
        }
        self.groups = groups
        groupSlots = slots
        scalarSlots = (records.indices.filter { records[$0].deepSpace != nil } + nearEarth[grouped...]).sorted()
    }
}
