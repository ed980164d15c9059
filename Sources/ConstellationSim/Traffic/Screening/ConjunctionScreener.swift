import Foundation
import Synchronization

// How to use the screener
// -----------------------
// 1. Wrap the trajectories in a `TrajectorySource`: `SGP4TrajectorySource(records:)` for
//    element sets, `ClosureTrajectorySource(count:state:)` for anything else (J2 orbits,
//    an ephemeris), or your own type with a faster batch `fill`.
// 2. `let screener = ConjunctionScreener(source: src, options: ScreeningOptions(thresholdKm: 5))`;
//    pass `groups:` (one tag per object) to screen only pairs with different tags — e.g.
//    0 for the fleet and 1 for the catalog gives fleet-vs-catalog without catalog-vs-catalog.
// 3. `screener.screen(from: t0, to: t1)` returns the closest approaches with TCA in
//    [t0, t1), sorted by TCA. Slices tile: screening [t0, t1) then [t1, t2) finds the same
//    encounters as [t0, t2) (co-orbital pairs report one minimum per slice), so a live
//    look-ahead extends by screening only the new slice.
// 4. Each approach carries both TEME states at TCA: `CollisionProbability.probability(
//    stateA, rtnCovarianceKm2:, stateB, rtnCovarianceKm2:, hardBodyRadiusKm:)` gives Pc;
//    `ElementSetCovarianceModel.standard` supplies covariances for element-set objects.
//
// Method: batch states every `coarseStepS`, cubic Hermite interpolation, a spatial hash
// of swept boxes per `fineStepS` (`ScreeningSweep`), then every candidate refined against
// the source's own single-object states (`ClosestApproachRefiner`). The sweep splits the
// window across threads; refinement splits the candidate pairs. Results do not depend on
// the thread count.

/// All-vs-all (or group-vs-group) conjunction screening over a time window.
public struct ConjunctionScreener: Sendable {
    public let source: any TrajectorySource
    public let options: ScreeningOptions
    /// One tag per object, or nil for all-vs-all: pairs with equal tags are skipped.
    public let groups: [UInt8]?

    public init(source: any TrajectorySource, options: ScreeningOptions, groups: [UInt8]? = nil) {
        precondition(groups == nil || groups?.count == source.count, "one group tag per object")
        precondition(options.thresholdKm > 0 && options.fineStepS > 0 && options.coarseStepS >= options.fineStepS,
                     "screening steps and threshold must be positive")
        self.source = source
        self.options = options
        self.groups = groups
    }

    /// Closest approaches with TCA in [from, to), sorted by TCA, then by objects.
    public func screen(from start: JulianDate, to end: JulianDate) -> [CloseApproach] {
        let windowS = end.seconds(since: start)
        guard windowS > 0, source.count > 1 else { return [] }
        let intervalCount = Int((windowS / options.coarseStepS).rounded(.up))
        let candidates = sweep(start: start, windowS: windowS, intervals: intervalCount)
        return refine(candidates, start: start, windowS: windowS)
    }

    private func sweep(start: JulianDate, windowS: Double, intervals: Int) -> [CandidateStep] {
        let threads = max(1, min(options.threads, intervals))
        let sweep = ScreeningSweep(source: source, options: options, groups: groups, start: start, windowS: windowS)
        let results = ResultSlots<[CandidateStep]>(count: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { w in
            let lo = intervals * w / threads, hi = intervals * (w + 1) / threads
            results.set(w, sweep.run(intervals: lo..<hi))
        }
        var all = results.values.flatMap { $0 ?? [] }
        all.sort()
        return all
    }

    /// Groups consecutive candidate steps of each pair and refines each group.
    private func refine(_ candidates: [CandidateStep], start: JulianDate, windowS: Double) -> [CloseApproach] {
        struct Group { var a: Int, b: Int, first: Int, last: Int }
        var groupsFound: [Group] = []
        for c in candidates {
            if var g = groupsFound.last, g.a == Int(c.a), g.b == Int(c.b), Int(c.step) <= g.last + 1 {
                g.last = Int(c.step)
                groupsFound[groupsFound.count - 1] = g
            } else {
                groupsFound.append(Group(a: Int(c.a), b: Int(c.b), first: Int(c.step), last: Int(c.step)))
            }
        }
        let pairGroups = groupsFound
        let refiner = ClosestApproachRefiner(source: source, start: start, windowS: windowS, fineStepS: options.fineStepS)
        let threads = max(1, options.threads)
        let chunks = min(groupsFound.count, threads * 8)
        let results = ResultSlots<[(Int, ClosestApproachRefiner.Minimum)]>(count: chunks)
        let threshold = options.thresholdKm
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var local: [(Int, ClosestApproachRefiner.Minimum)] = []
            for g in (pairGroups.count * c / chunks)..<(pairGroups.count * (c + 1) / chunks) {
                let group = pairGroups[g]
                for m in refiner.minima(group.a, group.b, firstStep: group.first, lastStep: group.last)
                where m.missKm <= threshold && m.timeS >= 0 && m.timeS < windowS {
                    local.append((g, m))
                }
            }
            results.set(c, local)
        }
        // Co-orbital minima: keep the closest per pair.
        var approaches: [CloseApproach] = []
        var coOrbital: [Int64: CloseApproach] = [:]
        let n = Int64(source.count)
        for (g, m) in results.values.flatMap({ $0 ?? [] }) {
            let group = groupsFound[g]
            let speed = ((m.b.velocityKmPerS - m.a.velocityKmPerS) * (m.b.velocityKmPerS - m.a.velocityKmPerS)).sum().squareRoot()
            var approach = CloseApproach(objectA: group.a, objectB: group.b, tca: start.adding(seconds: m.timeS),
                                         missKm: m.missKm, relativeSpeedKmPerS: speed, stateA: m.a, stateB: m.b,
                                         kind: .encounter)
            if m.atWindowEdge && speed >= options.coOrbitalSpeedKmPerS { continue }  // a pass's TCA lies outside
            if speed < options.coOrbitalSpeedKmPerS {
                approach.kind = .coOrbital
                let key = Int64(group.a) * n + Int64(group.b)
                if let kept = coOrbital[key], kept.missKm <= approach.missKm { continue }
                coOrbital[key] = approach
            } else {
                approaches.append(approach)
            }
        }
        approaches.append(contentsOf: coOrbital.values)
        approaches.sort { ($0.tca, $0.objectA, $0.objectB) < ($1.tca, $1.objectA, $1.objectB) }
        return approaches
    }
}

/// One result slot per concurrent worker, written once each.
final class ResultSlots<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: Value) { slots.withLock { $0[index] = value } }

    var values: [Value?] { slots.withLock { $0 } }
}
