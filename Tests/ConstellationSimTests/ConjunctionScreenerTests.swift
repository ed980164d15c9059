import Foundation
import Testing
@testable import ConstellationSim

/// The screener against a brute-force reference, a straight-line case with a known answer,
/// co-orbital reporting and sub-window tiling.
@Suite struct ConjunctionScreenerTests {
    static let epoch = JulianDate(year: 2026, month: 3, day: 1)

    /// Two crossing LEO shells at nearly the same altitude (deterministic pseudo-random
    /// phases): many approaches within tens of km in a few hours.
    static func crossingShells(count: Int) -> [SGP4Record] {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func uniform() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53)
        }
        return (0..<count).compactMap { i in
            let polar = i % 2 == 1
            let set = ElementSet(catalogNumber: 50_000 + i, epoch: epoch, bstar: 1e-5,
                                 inclinationDeg: polar ? 97.6 : 53, rightAscensionDeg: 360 * uniform(),
                                 eccentricity: 0.0002 + 0.0003 * uniform(), argumentOfPerigeeDeg: 360 * uniform(),
                                 meanAnomalyDeg: 360 * uniform(), meanMotionRevPerDay: 15.05 + 0.02 * uniform())
            return try? SGP4Record(set)
        }
    }

    struct Reference { var a: Int, b: Int, tcaS: Double, missKm: Double }

    /// Brute force: exact SGP4 every second for every pair; each local minimum below the
    /// threshold refined by golden-section search on the distance itself.
    static func bruteForce(_ records: [SGP4Record], windowS: Int, thresholdKm: Double) -> [Reference] {
        let n = records.count
        var positions = [[SIMD3<Double>]](repeating: [], count: n)
        for i in 0..<n {
            positions[i] = (0...windowS).map { t in
                (try? records[i].propagate(to: epoch.adding(seconds: Double(t))).positionKm) ?? SIMD3(repeating: .nan)
            }
        }
        func distance(_ a: Int, _ b: Int, _ t: Double) -> Double {
            guard let sa = try? records[a].propagate(to: epoch.adding(seconds: t)),
                  let sb = try? records[b].propagate(to: epoch.adding(seconds: t)) else { return .nan }
            let d = sb.positionKm - sa.positionKm
            return (d * d).sum().squareRoot()
        }
        var found: [Reference] = []
        for a in 0..<n {
            for b in (a + 1)..<n {
                var d = [Double](repeating: 0, count: windowS + 1)
                for t in 0...windowS {
                    let v = positions[b][t] - positions[a][t]
                    d[t] = (v * v).sum().squareRoot()
                }
                for t in 1..<windowS where d[t] <= d[t - 1] && d[t] < d[t + 1] && d[t] < thresholdKm + 1 {
                    var lo = Double(t - 1), hi = Double(t + 1)
                    let ratio = (5.0.squareRoot() - 1) / 2
                    for _ in 0..<60 {
                        let m1 = hi - ratio * (hi - lo), m2 = lo + ratio * (hi - lo)
                        if distance(a, b, m1) < distance(a, b, m2) { hi = m2 } else { lo = m1 }
                    }
                    let tca = 0.5 * (lo + hi), miss = distance(a, b, tca)
                    if miss < thresholdKm { found.append(Reference(a: a, b: b, tcaS: tca, missKm: miss)) }
                }
            }
        }
        return found
    }

    @Test func recallAgainstBruteForceReference() {
        let records = Self.crossingShells(count: 40)
        let windowS = 4 * 3600, threshold = 60.0
        let reference = Self.bruteForce(records, windowS: windowS, thresholdKm: threshold)
        let screener = ConjunctionScreener(source: SGP4TrajectorySource(records: records),
                                           options: ScreeningOptions(thresholdKm: threshold))
        let found = screener.screen(from: Self.epoch, to: Self.epoch.adding(seconds: Double(windowS)))
        #expect(reference.count >= 20, "the synthetic catalog must produce encounters (got \(reference.count))")
        var matched = 0
        for r in reference {
            let hit = found.first { f in
                f.objectA == r.a && f.objectB == r.b && abs(f.tca.seconds(since: Self.epoch) - r.tcaS) < 1
            }
            if let hit, abs(hit.missKm - r.missKm) < 0.010 { matched += 1 }
        }
        #expect(Double(matched) >= 0.995 * Double(reference.count), "matched \(matched) of \(reference.count)")
        // Nothing the reference does not know (edges of the window aside).
        let inner = found.filter { f in
            let t = f.tca.seconds(since: Self.epoch)
            return t > 2 && t < Double(windowS) - 2
        }
        #expect(inner.count <= reference.count)
    }

    @Test func straightLinesGiveTheirKnownClosestApproach() throws {
        let tcaS = 1234.5
        let source = ClosureTrajectorySource(count: 2) { i, time in
            let t = time.seconds(since: Self.epoch) - tcaS
            return i == 0
                ? TEMEState(positionKm: SIMD3(7000, 7.5 * t, 0), velocityKmPerS: SIMD3(0, 7.5, 0))
                : TEMEState(positionKm: SIMD3(7000.3, 0, 7.5 * t), velocityKmPerS: SIMD3(0, 0, 7.5))
        }
        let found = ConjunctionScreener(source: source, options: ScreeningOptions(thresholdKm: 1))
            .screen(from: Self.epoch, to: Self.epoch.adding(seconds: 3600))
        let hit = try #require(found.count == 1 ? found.first : nil)
        #expect(abs(hit.tca.seconds(since: Self.epoch) - tcaS) < 1e-3)
        #expect(abs(hit.missKm - 0.3) < 1e-6)
        #expect(abs(hit.relativeSpeedKmPerS - 7.5 * 2.0.squareRoot()) < 1e-9)
        #expect(abs(hit.missRTNKm.x - 0.3) < 1e-6)  // B is 300 m radially above A
        #expect(hit.kind == .encounter)
    }

    @Test func coOrbitalPairIsReportedOncePerWindow() throws {
        // Same orbit, 0.005° apart in mean anomaly (~600 m): a train.
        func record(_ m: Double, _ id: Int) throws -> SGP4Record {
            try SGP4Record(ElementSet(catalogNumber: id, epoch: Self.epoch, bstar: 0, inclinationDeg: 53,
                                      rightAscensionDeg: 10, eccentricity: 0.0001, argumentOfPerigeeDeg: 0,
                                      meanAnomalyDeg: m, meanMotionRevPerDay: 15.05))
        }
        let records = [try record(20, 1), try record(20.005, 2)]
        let found = ConjunctionScreener(source: SGP4TrajectorySource(records: records),
                                        options: ScreeningOptions(thresholdKm: 5))
            .screen(from: Self.epoch, to: Self.epoch.adding(seconds: 6 * 3600))
        #expect(found.count == 1)
        #expect(found.first?.kind == .coOrbital)
        #expect((found.first?.missKm ?? 9) < 1.0)
    }

    @Test func subWindowsTileTheWindow() {
        let records = Self.crossingShells(count: 30)
        let screener = ConjunctionScreener(source: SGP4TrajectorySource(records: records),
                                           options: ScreeningOptions(thresholdKm: 60))
        let mid = Self.epoch.adding(seconds: 5000), end = Self.epoch.adding(seconds: 3 * 3600)
        let whole = screener.screen(from: Self.epoch, to: end)
        let sliced = screener.screen(from: Self.epoch, to: mid) + screener.screen(from: mid, to: end)
        #expect(whole.count == sliced.count)
        for (w, s) in zip(whole, sliced) {
            #expect(w.objectA == s.objectA && w.objectB == s.objectB)
            #expect(abs(w.tca.seconds(since: s.tca)) < 1e-3 && abs(w.missKm - s.missKm) < 1e-6)
        }
    }

    @Test func groupsScreenOnlyAcrossGroups() {
        let records = Self.crossingShells(count: 30)
        let source = SGP4TrajectorySource(records: records)
        let groups = (0..<30).map { UInt8($0 < 10 ? 0 : 1) }
        let end = Self.epoch.adding(seconds: 3 * 3600)
        let all = ConjunctionScreener(source: source, options: ScreeningOptions(thresholdKm: 60)).screen(from: Self.epoch, to: end)
        let across = ConjunctionScreener(source: source, options: ScreeningOptions(thresholdKm: 60), groups: groups)
            .screen(from: Self.epoch, to: end)
        #expect(across.allSatisfy { $0.objectA < 10 && $0.objectB >= 10 })
        #expect(across.count == all.filter { $0.objectA < 10 && $0.objectB >= 10 }.count)
    }

    @Test func threadCountDoesNotChangeResults() {
        let records = Self.crossingShells(count: 30)
        var one = ScreeningOptions(thresholdKm: 60)
        one.threads = 1
        var three = one
        three.threads = 3
        let end = Self.epoch.adding(seconds: 3 * 3600)
        let a = ConjunctionScreener(source: SGP4TrajectorySource(records: records), options: one).screen(from: Self.epoch, to: end)
        let b = ConjunctionScreener(source: SGP4TrajectorySource(records: records), options: three).screen(from: Self.epoch, to: end)
        #expect(a == b)
    }
}
