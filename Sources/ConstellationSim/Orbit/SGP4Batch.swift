/// Structure-of-arrays output of a batch propagation: one slot per record.
///
/// Allocate once (`init(count:)`) and reuse every tick; `propagate` writes in place.
public struct SGP4BatchOutput: Sendable {
    /// TEME position components, km.
    public var xKm, yKm, zKm: [Double]
    /// TEME velocity components, km/s.
    public var vxKmPerS, vyKmPerS, vzKmPerS: [Double]
    /// 0 when the slot holds a state, else the SGP4 error code (1, 2, 3, 4, 6); the
    /// position and velocity of a failed slot are NaN.
    public var errorCode: [UInt8]
    /// Per-slot integrator state of resonant orbits, carried from call to call.
    public var integratorCache: [SGP4IntegratorCache]

    public init(count: Int) {
        xKm = Array(repeating: 0, count: count)
        yKm = xKm
        zKm = xKm
        vxKmPerS = xKm
        vyKmPerS = xKm
        vzKmPerS = xKm
        errorCode = Array(repeating: 0, count: count)
        integratorCache = Array(repeating: SGP4IntegratorCache(), count: count)
    }

    public var count: Int { errorCode.count }
}

/// Propagates many satellites at once into caller-provided arrays.
public enum SGP4Batch {
    /// Propagates `records[i]` to `minutesSinceEpoch[i]` for every `i` in `range`,
    /// writing slot `i` of `output`. Allocates nothing. Chunked callers pass
    /// disjoint ranges; every slot depends only on its own record and time.
    public static func propagate(_ records: [SGP4Record], minutesSinceEpoch: [Double],
                                 into output: inout SGP4BatchOutput, range: Range<Int>? = nil) {
        let range = range ?? 0..<records.count
        precondition(minutesSinceEpoch.count >= range.upperBound && output.count >= range.upperBound,
                     "batch arrays shorter than the range")
        records.withUnsafeBufferPointer { recs in
            minutesSinceEpoch.withUnsafeBufferPointer { times in
                output.withPointers { $0.write(range, records: recs) { i in times[i] } }
            }
        }
    }

    /// Propagates every record in `range` to the one UTC instant `time`.
    public static func propagate(_ records: [SGP4Record], to time: JulianDate,
                                 into output: inout SGP4BatchOutput, range: Range<Int>? = nil) {
        let range = range ?? 0..<records.count
        precondition(output.count >= range.upperBound, "batch output shorter than the range")
        records.withUnsafeBufferPointer { recs in
            output.withPointers { $0.write(range, records: recs) { i in recs[i].minutesSinceEpoch(time) } }
        }
    }

    /// Propagates every record to the one UTC instant `time` using `plan`, built once from
    /// these same `records` (near-Earth constants packed four to a group in advance).
    /// Same results as `propagate(_:to:into:range:)` over the whole array.
    public static func propagate(_ records: [SGP4Record], plan: SGP4BatchPlan, to time: JulianDate,
                                 into output: inout SGP4BatchOutput) {
        precondition(plan.recordCount == records.count && output.count >= records.count,
                     "plan or output does not match the records")
        records.withUnsafeBufferPointer { recs in
            output.withPointers { $0.write(plan: plan, records: recs, time: time) }
        }
    }
}

extension SGP4BatchOutput {
    /// Runs `body` with raw pointers to the seven arrays (for disjoint-range writers).
    mutating func withPointers<R>(_ body: (SGP4BatchPointers) -> R) -> R {
        xKm.withUnsafeMutableBufferPointer { x in
        yKm.withUnsafeMutableBufferPointer { y in
        zKm.withUnsafeMutableBufferPointer { z in
        vxKmPerS.withUnsafeMutableBufferPointer { vx in
        vyKmPerS.withUnsafeMutableBufferPointer { vy in
        vzKmPerS.withUnsafeMutableBufferPointer { vz in
        errorCode.withUnsafeMutableBufferPointer { code in
        integratorCache.withUnsafeMutableBufferPointer { cache in
            body(SGP4BatchPointers(x: x, y: y, z: z, vx: vx, vy: vy, vz: vz, code: code, cache: cache))
        }}}}}}}}
    }
}

/// Raw views of an `SGP4BatchOutput`, valid only inside `withPointers`.
struct SGP4BatchPointers {
    let x, y, z, vx, vy, vz: UnsafeMutableBufferPointer<Double>
    let code: UnsafeMutableBufferPointer<UInt8>
    let cache: UnsafeMutableBufferPointer<SGP4IntegratorCache>

    /// Propagates every slot of `range`: near-Earth records four at a time through
    /// `SGP4NearEarthKernel` (gathered on the fly), deep-space records, the last
    /// fewer-than-four near-Earth records and failed lanes on the scalar path.
    @inline(__always)
    func write(_ range: Range<Int>, records: UnsafeBufferPointer<SGP4Record>, minutes: (Int) -> Double) {
        var pending = SIMD4<Int>.zero
        var count = 0
        for i in range {
            if records[i].deepSpace != nil {
                writeScalar(i, record: records[i], minutes: minutes(i))
                continue
            }
            pending[count] = i
            count += 1
            if count == 4 {
                let group = SGP4NearEarthLanes(records[pending[0]], records[pending[1]],
                                               records[pending[2]], records[pending[3]])
                let t = SGP4Lanes(minutes(pending[0]), minutes(pending[1]), minutes(pending[2]), minutes(pending[3]))
                writeLanes(SGP4NearEarthKernel.propagate(group, minutesSinceEpoch: t), slots: pending,
                           records: records, minutes: t)
                count = 0
            }
        }
        for k in 0..<count { writeScalar(pending[k], record: records[pending[k]], minutes: minutes(pending[k])) }
    }

    /// Like `write(_:records:minutes:)` with the near-Earth groups packed in advance by `plan`.
    @inline(__always)
    func write(plan: SGP4BatchPlan, records: UnsafeBufferPointer<SGP4Record>, time: JulianDate) {
        plan.groups.withUnsafeBufferPointer { groups in
            plan.groupSlots.withUnsafeBufferPointer { slots in
                for g in groups.indices {
                    let t = groups[g].minutesSinceEpoch(time)
                    writeLanes(SGP4NearEarthKernel.propagate(groups[g], minutesSinceEpoch: t), slots: slots[g],
                               records: records, minutes: t)
                }
            }
        }
        for i in plan.scalarSlots { writeScalar(i, record: records[i], minutes: records[i].minutesSinceEpoch(time)) }
    }

    /// Stores the lanes of a kernel result in their slots; failed lanes rerun on the scalar
    /// path, which reports the error code (and gives NaN states).
    @inline(__always)
    func writeLanes(_ s: SGP4LaneStates, slots: SIMD4<Int>, records: UnsafeBufferPointer<SGP4Record>,
                    minutes t: SGP4Lanes) {
        for lane in 0..<4 {
            let i = slots[lane]
            if s.failed[lane] {
                writeScalar(i, record: records[i], minutes: t[lane])
                continue
            }
            x[i] = s.x[lane]
            y[i] = s.y[lane]
            z[i] = s.z[lane]
            vx[i] = s.vx[lane]
            vy[i] = s.vy[lane]
            vz[i] = s.vz[lane]
            code[i] = 0
        }
    }

    /// Slot `i` from `record` on the scalar path.
    @inline(__always)
    func writeScalar(_ i: Int, record: SGP4Record, minutes: Double) {
        do throws(SGP4Error) {
            let state = try record.propagate(minutesSinceEpoch: minutes, cache: &cache[i])
            x[i] = state.positionKm.x
            y[i] = state.positionKm.y
            z[i] = state.positionKm.z
            vx[i] = state.velocityKmPerS.x
            vy[i] = state.velocityKmPerS.y
            vz[i] = state.velocityKmPerS.z
            code[i] = 0
        } catch {
            (x[i], y[i], z[i]) = (.nan, .nan, .nan)
            (vx[i], vy[i], vz[i]) = (.nan, .nan, .nan)
            code[i] = UInt8(error.code)
        }
    }
}
