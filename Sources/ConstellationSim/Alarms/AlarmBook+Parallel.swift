import Dispatch

extension AlarmBook {
    /// `evaluate(parameter:values:)` for every satellite parameter at once (the route
    /// parameters are sampled per route, see `Simulation.updateAlarms`), with the limit checks of
    /// disjoint satellite ranges run in parallel (each range updates only its own
    /// trackers). The level changes found are then applied serially, parameter by
    /// parameter and satellite by satellite, exactly the order of the serial loop, so the
    /// transitions, records and KPIs are identical for any chunking.
    /// - Parameters:
    ///   - samples: one column per parameter (`samples[p.rawValue][i]`); NaN = no sample.
    ///   - chunkSize: satellites per parallel range.
    mutating func evaluateAll<Values: RandomAccessCollection<Double> & Sendable>(
        samples: [Values], chunkSize: Int, threads: Int?
    ) where Values.Index == Int {
        precondition(samples.count == AlarmParameter.count, "one column per alarm parameter")
        // The fleet's satellites: route subjects after them are evaluated one by one.
        let n = samples.first?.count ?? 0, size = max(1, chunkSize)
        precondition(n <= satelliteCount, "more samples than alarm subjects")
        let chunks = (n + size - 1) / size
        guard chunks > 1 else {
            for parameter in AlarmParameter.allCases where !parameter.isRoute {
                evaluate(parameter: parameter, values: samples[Int(parameter.rawValue)])
            }
            return
        }
        let limits = limitTable, classes = limitClassOfSatellite
        var found = [[LevelChange]](repeating: [], count: chunks)
        trackers.elements.withUnsafeMutableBufferPointer { trackerBuffer in
            found.withUnsafeMutableBufferPointer { foundBuffer in
                let shared = ParallelTrackers(trackers: trackerBuffer, found: foundBuffer)
                let work: @Sendable (Int) -> Void = { c in
                    shared.check(range: c * size..<min(n, (c + 1) * size), chunk: c, samples: samples,
                                 limits: limits, classes: classes)
                }
                if let threads, threads >= 1 {
                    DispatchQueue.concurrentPerform(iterations: threads) { w in
                        for c in stride(from: w, to: chunks, by: threads) { work(c) }
                    }
                } else {
                    DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
                }
            }
        }
        for parameter in AlarmParameter.allCases where !parameter.isRoute {
            for chunk in found {
                for change in chunk where change.parameter == parameter {
                    levelChanged(AlarmKey(satellite: change.satellite, parameter: parameter), from: change.old,
                                 to: change.new, value: change.value, limits: change.limits)
                }
            }
        }
    }
}

/// A tracker that changed level in the parallel pass.
struct LevelChange: Sendable {
    var parameter: AlarmParameter
    var satellite: Int
    var old: Int8
    var new: Int8
    var value: Double
    var limits: ParameterLimits
}

/// The trackers and the per-chunk change lists of one parallel pass. Chunk c writes only
/// the trackers of its satellites and `found[c]`, so chunks share no written memory; the
/// buffers are borrowed for the whole pass by `evaluateAll`.
private struct ParallelTrackers: @unchecked Sendable {
    let trackers: UnsafeMutableBufferPointer<LimitTracker>
    let found: UnsafeMutableBufferPointer<[LevelChange]>

    func check<Values: RandomAccessCollection<Double>>(
        range: Range<Int>, chunk: Int, samples: [Values], limits: [ParameterLimits], classes: PlainArray<UInt16>
    ) where Values.Index == Int {
        var changes: [LevelChange] = []
        let stride = AlarmParameter.count
        for parameter in AlarmParameter.allCases where !parameter.isRoute {
            let p = Int(parameter.rawValue)
            let values = samples[p]
            for s in range {
                let limit = limits[Int(classes[s]) &* stride &+ p]
                let i = s &* stride &+ p
                let old = trackers[i].level
                guard let new = trackers[i].update(value: values[s], limits: limit) else { continue }
                changes.append(LevelChange(parameter: parameter, satellite: s, old: old, new: new, value: values[s],
                                           limits: limit))
            }
        }
        found[chunk] = changes
    }
}
