/// Propagates many satellites at once into structure-of-arrays output, four satellites
/// per SIMD group (near-Earth and deep-space kernels), errors as per-slot codes.
///
/// Every slot equals `SGP4Record.propagate` for its record and time, bit for bit
/// (tested), whatever the grouping, the range or the chunking.
public enum SGP4Batch {
    /// Propagates every record of `plan` in `range` (all when nil) to the UTC instant
    /// `time`, writing those slots of `output`. Allocates nothing: the per-tick call.
    /// Any `range` works; bounds on multiples of `SGP4BatchPlan.chunkAlignment` (as
    /// `plan.chunks(count:)` makes) avoid computing the edge blocks' groups twice.
    public static func propagate(plan: SGP4BatchPlan, to time: JulianDate, into output: inout SGP4BatchOutput,
                                 range: Range<Int>? = nil) {
        precondition(output.count >= plan.recordCount, "batch output shorter than the plan")
        output.withBuffers { propagate(plan: plan, to: time, into: $0, range: range ?? 0..<plan.recordCount) }
    }

    /// Like `propagate(plan:to:into:range:)`, writing into caller-owned buffers: the form
    /// for chunks on several threads, each passing its own disjoint `range`.
    public static func propagate(plan: SGP4BatchPlan, to time: JulianDate, into buffers: SGP4BatchBuffers,
                                 range: Range<Int>) {
        precondition(buffers.count >= plan.recordCount, "batch buffers shorter than the plan")
        buffers.write(plan: plan, time: time, range: range)
    }

    /// Propagates every record to the one UTC instant `time` using `plan`, built once from
    /// these same `records`. Same results as `propagate(plan:to:into:range:)`.
    public static func propagate(_ records: [SGP4Record], plan: SGP4BatchPlan, to time: JulianDate,
                                 into output: inout SGP4BatchOutput) {
        precondition(plan.recordCount == records.count, "plan does not match the records")
        propagate(plan: plan, to: time, into: &output)
    }

    /// Propagates `records[i]` to `minutesSinceEpoch[i]` for every `i` in `range`,
    /// writing slot `i` of `output` (records grouped on the fly: no plan needed).
    /// Chunked callers pass disjoint ranges; every slot depends only on its own record and time.
    public static func propagate(_ records: [SGP4Record], minutesSinceEpoch: [Double],
                                 into output: inout SGP4BatchOutput, range: Range<Int>? = nil) {
        let range = range ?? 0..<records.count
        precondition(minutesSinceEpoch.count >= range.upperBound && output.count >= range.upperBound,
                     "batch arrays shorter than the range")
        records.withUnsafeBufferPointer { recs in
            minutesSinceEpoch.withUnsafeBufferPointer { times in
                output.withBuffers { $0.write(range, records: recs) { i in times[i] } }
            }
        }
    }

    /// Propagates every record in `range` to the one UTC instant `time` (grouped on the fly).
    public static func propagate(_ records: [SGP4Record], to time: JulianDate,
                                 into output: inout SGP4BatchOutput, range: Range<Int>? = nil) {
        let range = range ?? 0..<records.count
        precondition(output.count >= range.upperBound, "batch output shorter than the range")
        records.withUnsafeBufferPointer { recs in
            output.withBuffers { $0.write(range, records: recs) { i in recs[i].minutesSinceEpoch(time) } }
        }
    }
}
