import Foundation

/// Where a batch propagation writes: caller-owned columns, one slot per record (TEME
/// position in km, velocity in km/s, SGP4 error code, resonance integrator state).
///
/// The engine's column store hands these out for its own buffers; `SGP4BatchOutput`
/// hands them out for its arrays (`withBuffers`). Threads may write disjoint slot
/// ranges of one set of buffers at the same time; the buffers must outlive the call.
///
/// `@unchecked Sendable` as the engine's phase buffers are: the only shared access is
/// reads and writes of disjoint slot ranges (each call touches only the slots of its own
/// `range`, integrator caches included), so no slot is ever touched by two threads.
public struct SGP4BatchBuffers: @unchecked Sendable {
    public let xKm, yKm, zKm, vxKmPerS, vyKmPerS, vzKmPerS: UnsafeMutableBufferPointer<Double>
    public let errorCode: UnsafeMutableBufferPointer<UInt8>
    public let integratorCache: UnsafeMutableBufferPointer<SGP4IntegratorCache>

    /// Buffers of at least the plan's record count each (checked when propagating).
    public init(xKm: UnsafeMutableBufferPointer<Double>, yKm: UnsafeMutableBufferPointer<Double>,
                zKm: UnsafeMutableBufferPointer<Double>, vxKmPerS: UnsafeMutableBufferPointer<Double>,
                vyKmPerS: UnsafeMutableBufferPointer<Double>, vzKmPerS: UnsafeMutableBufferPointer<Double>,
                errorCode: UnsafeMutableBufferPointer<UInt8>,
                integratorCache: UnsafeMutableBufferPointer<SGP4IntegratorCache>) {
        (self.xKm, self.yKm, self.zKm) = (xKm, yKm, zKm)
        (self.vxKmPerS, self.vyKmPerS, self.vzKmPerS) = (vxKmPerS, vyKmPerS, vzKmPerS)
        self.errorCode = errorCode
        self.integratorCache = integratorCache
    }

    /// The smallest slot count of the eight buffers.
    public var count: Int {
        min(xKm.count, yKm.count, zKm.count, vxKmPerS.count, vyKmPerS.count, vzKmPerS.count, errorCode.count,
            integratorCache.count)
    }

    /// Stores the lanes of a kernel result whose slot lies in `range` (padding lanes have
    /// slot −1): the state, or NaN and the lane's error code.
    @inline(__always)
    func store(_ s: SGP4LaneStates, slots: SGP4LaneSlots, range: Range<Int>) {
        for lane in 0..<SGP4Lanes.scalarCount {
            let i = slots[lane]
            guard range.contains(i) else { continue }
            let code = s.codes[lane]
            if code == 0 {
                (xKm[i], yKm[i], zKm[i]) = (s.x[lane], s.y[lane], s.z[lane])
                (vxKmPerS[i], vyKmPerS[i], vzKmPerS[i]) = (s.vx[lane], s.vy[lane], s.vz[lane])
            } else {
                (xKm[i], yKm[i], zKm[i]) = (.nan, .nan, .nan)
                (vxKmPerS[i], vyKmPerS[i], vzKmPerS[i]) = (.nan, .nan, .nan)
            }
            errorCode[i] = UInt8(truncatingIfNeeded: code)
        }
    }

    /// Lanes whose slot lies in `range`.
    @inline(__always)
    static func lanes(_ slots: SGP4LaneSlots, in range: Range<Int>) -> SGP4LaneMask {
        let s = SGP4LaneCodes(truncatingIfNeeded: slots)
        return (s .>= SGP4LaneCodes(repeating: Int64(range.lowerBound))) .& (s .< SGP4LaneCodes(repeating: Int64(range.upperBound)))
    }

    /// Propagates the slots `range` of `plan` to `time`: every group of the blocks that
    /// `range` touches runs, and only its lanes inside `range` are stored (a group at a chunk
    /// edge may run in two chunks, each storing its own lanes). The kernels read each group in
    /// place (a group is 1–2 KB: copying it per call showed up in profiles as memmove).
    @inline(__always)
    func write(plan: SGP4BatchPlan, time: JulianDate, range: Range<Int>) {
        let blocks = plan.blocks(range)
        let aligned = range.lowerBound % SGP4BatchPlan.chunkAlignment == 0
            && (range.upperBound % SGP4BatchPlan.chunkAlignment == 0 || range.upperBound == plan.recordCount)
        plan.nearGroups.withUnsafeBufferPointer { groups in
            plan.nearSlots.withUnsafeBufferPointer { slots in
                guard let base = groups.baseAddress else { return }
                for g in plan.nearBlockStart[blocks.lowerBound]..<plan.nearBlockStart[blocks.upperBound] {
                    guard aligned || any(Self.lanes(slots[g], in: range)) else { continue }
                    let p = base + g
                    let t = SGP4VectorMath.minutes(since: p.pointee.epochDay, p.pointee.epochFraction, to: time)
                    store(SGP4NearEarthKernel.propagate(p, minutesSinceEpoch: t), slots: slots[g], range: range)
                }
            }
        }
        plan.deepGroups.withUnsafeBufferPointer { groups in
            plan.deepSlots.withUnsafeBufferPointer { slots in
                guard let base = groups.baseAddress else { return }
                for g in plan.deepBlockStart[blocks.lowerBound]..<plan.deepBlockStart[blocks.upperBound] {
                    let live = Self.lanes(slots[g], in: range)
                    guard any(live) else { continue }
                    let p = base + g
                    let t = SGP4VectorMath.minutes(since: p.pointee.epochDay, p.pointee.epochFraction, to: time)
                    store(SGP4DeepSpaceKernel.propagate(p, minutesSinceEpoch: t, caches: integratorCache,
                                                        slots: slots[g], live: live), slots: slots[g], range: range)
                }
            }
        }
    }

    /// Propagates slot `i` of `range` from `records[i]` to `minutes(i)`, grouping the records
    /// a group of lanes at a time on the fly (near-Earth and deep-space apart; the last group
    /// of each kind padded).
    @inline(__always)
    func write(_ range: Range<Int>, records: UnsafeBufferPointer<SGP4Record>, minutes: (Int) -> Double) {
        let width = SGP4Lanes.scalarCount
        var near = SGP4LaneSlots(repeating: -1), nearCount = 0
        var deep = SGP4LaneSlots(repeating: -1), deepCount = 0
        func flushNear() {
            let k = near.replacing(with: SGP4LaneSlots(repeating: near[0]), where: near .< 0)
            var group = SGP4NearEarthLanes(k.indices.map { records[k[$0]] })
            let t = SGP4Lanes(k.indices.map { minutes(k[$0]) })
            store(SGP4NearEarthKernel.propagate(&group, minutesSinceEpoch: t), slots: near, range: range)
            (near, nearCount) = (SGP4LaneSlots(repeating: -1), 0)
        }
        func flushDeep() {
            let k = deep.replacing(with: SGP4LaneSlots(repeating: deep[0]), where: deep .< 0)
            guard var group = SGP4DeepSpaceLanes(k.indices.map { records[k[$0]] },
                                                 live: SGP4LaneCodes(truncatingIfNeeded: deep) .>= 0) else { return }
            let t = SGP4Lanes(k.indices.map { minutes(k[$0]) })
            store(SGP4DeepSpaceKernel.propagate(&group, minutesSinceEpoch: t, caches: integratorCache, slots: deep,
                                                live: Self.lanes(deep, in: range)), slots: deep, range: range)
            (deep, deepCount) = (SGP4LaneSlots(repeating: -1), 0)
        }
        for i in range {
            if records[i].deepSpace == nil {
                near[nearCount] = i
                nearCount += 1
                if nearCount == width { flushNear() }
            } else {
                deep[deepCount] = i
                deepCount += 1
                if deepCount == width { flushDeep() }
            }
        }
        if nearCount > 0 { flushNear() }
        if deepCount > 0 { flushDeep() }
    }
}
