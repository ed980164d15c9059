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

    @inline(__always)
    func write(_ range: Range<Int>, records: UnsafeBufferPointer<SGP4Record>, minutes: (Int) -> Double) {
            for i in range {
                do throws(SGP4Error) {
                    let state = try records[i].propagate(minutesSinceEpoch: minutes(i), cache: &cache[i])
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
}
