import Foundation
import Testing
@testable import ConstellationSim

/// The near-Earth lane kernel (`SGP4NearEarthKernel`) against the verification
/// reference (tcppver.out) and against the scalar path, lane by lane.
@Suite struct SGP4NearEarthKernelTests {
    /// The near-Earth sets of SGP4-VER.TLE (checksums not enforced), a group of lanes to a kernel call, each lane at its own set's reference times:
    /// every lane that succeeds matches its tcppver.out row to 2e-7 km and km/s; a lane
    /// fails exactly where the scalar path throws, and the batch reports the scalar code.
    @Test func kernelReproducesTheVerificationRows() throws {
        let text = try SGP4VerificationTests.fixture("SGP4-VER", "TLE")
        let parsed = TLEParser.parse(text, source: "SGP4-VER.TLE", verifyChecksum: false)
        let blocks = try SGP4VerificationTests.expectedBlocks()
        try #require(blocks.count == parsed.elementSets.count)
        var sets: [(record: SGP4Record, times: [Double], rows: [[Double]])] = []
        for (index, set) in parsed.elementSets.enumerated() {
            guard let record = try? SGP4Record(set), record.deepSpace == nil else { continue }
            sets.append((record, SGP4VerificationTests.times(trailer: parsed.line2Trailers[index]), blocks[index].rows))
        }
        // The scalar path's error codes over the same sets and times (each set stops at its first error).
        var scalarCodes: [Int] = []
        for set in sets {
            for t in set.times {
                do { _ = try set.record.propagate(minutesSinceEpoch: t) } catch { scalarCodes.append(error.code); break }
            }
        }
        let original = sets.count
        // Pad to a multiple of the lane count with repeats of the first set (their lanes are checked too).
        let width = SGP4Lanes.scalarCount
        while sets.count % width != 0 { sets.append(sets[0]) }
        var compared = 0
        var codes: [Int] = []
        for g in stride(from: 0, to: sets.count, by: width) {
            let group = SGP4NearEarthLanes((g..<g + width).map { sets[$0].record })
            let steps = (g..<g + width).map { sets[$0].times.count }.max() ?? 0
            var finished = [Bool](repeating: false, count: width)
            for step in 0..<steps {
                let t = SGP4Lanes((0..<width).map { sets[g + $0].times[min(step, sets[g + $0].times.count - 1)] })
                let s = SGP4NearEarthKernel.propagate(group, minutesSinceEpoch: t)
                for lane in 0..<width where step < sets[g + lane].times.count && !finished[lane] {
                    let set = sets[g + lane]
                    let scalar = Result<TEMEState, SGP4Error> { () throws(SGP4Error) in
                        try set.record.propagate(minutesSinceEpoch: t[lane])
                    }
                    if s.failed[lane] {
                        guard case .failure(let error) = scalar else {
                            Issue.record("set \(set.record.catalogNumber) t=\(t[lane]): kernel failed, scalar did not")
                            continue
                        }
                        // The reference stops its rows at the first error; the batch reports the scalar code.
                        #expect(step == set.rows.count, "set \(set.record.catalogNumber) failed at step \(step)")
                        var output = SGP4BatchOutput(count: 4)
                        SGP4Batch.propagate([SGP4Record](repeating: set.record, count: 4),
                                            minutesSinceEpoch: [Double](repeating: t[lane], count: 4), into: &output)
                        #expect(output.errorCode.allSatisfy { Int($0) == error.code })
                        if g + lane < original { codes.append(error.code) }
                        finished[lane] = true
                        continue
                    }
                    #expect((try? scalar.get()) != nil, "set \(set.record.catalogNumber) t=\(t[lane]): scalar failed")
                    guard step < set.rows.count else {
                        Issue.record("set \(set.record.catalogNumber) t=\(t[lane]): no reference row")
                        continue
                    }
                    let got = [t[lane], s.x[lane], s.y[lane], s.z[lane], s.vx[lane], s.vy[lane], s.vz[lane]]
                    let delta = zip(got, set.rows[step]).map { abs($0 - $1) }.max() ?? .infinity
                    #expect(delta <= 2e-7, "set \(set.record.catalogNumber) t=\(t[lane]): |Δ| = \(delta)")
                    if g + lane < original { compared += 1 }
                }
            }
        }
        #expect(codes.sorted() == scalarCodes.sorted())
        #expect(codes.contains(1) && codes.contains(6), "near-Earth sets end with codes 1 and 6")
        // Every reference row of the near-Earth sets was compared.
        #expect(compared == sets[..<original].map(\.rows.count).reduce(0, +))
        print("SGP4 kernel verification: \(compared) lane rows within 2e-7, error codes \(codes)")
    }

    /// 1000 generated LEO sets (a ladder of altitudes, inclinations, eccentricities and drag,
    /// including low-perigee "simplified" orbits, eccentric ones whose Newton steps exceed the
    /// small-angle limit, and high-drag ones that decay) at several times: the batch (kernel
    /// path, gathered and planned) equals the scalar path bit for bit, error codes included.
    @Test(arguments: [0.0, 1.0, 37.5, 720.0, 1440.0, -1440.0, 10_080.0, 43_200.0])
    func kernelEqualsScalarBitForBit(minutes: Double) throws {
        let records = Self.generatedRecords(count: 1000)
        try #require(records.count > 990)
        #expect(records.allSatisfy { $0.deepSpace == nil })
        #expect(records.contains { $0.isSimplified } && records.contains { !$0.isSimplified })
        let instant = records[0].epoch.adding(seconds: minutes * 60)
        var gathered = SGP4BatchOutput(count: records.count)
        var planned = SGP4BatchOutput(count: records.count)
        let plan = SGP4BatchPlan(records)
        #expect(plan.vectorizedCount == records.count / 4 * 4)
        SGP4Batch.propagate(records, to: instant, into: &gathered)
        SGP4Batch.propagate(records, plan: plan, to: instant, into: &planned)
        var mismatches = 0, failed = 0
        for (i, record) in records.enumerated() {
            let expected: [Double]
            var code: UInt8 = 0
            do {
                let s = try record.propagate(to: instant)
                expected = [s.positionKm.x, s.positionKm.y, s.positionKm.z,
                            s.velocityKmPerS.x, s.velocityKmPerS.y, s.velocityKmPerS.z]
            } catch {
                code = UInt8(error.code)
                expected = []
                failed += 1
            }
            for output in [gathered, planned] {
                #expect(output.errorCode[i] == code, "record \(i)")
                let got = [output.xKm[i], output.yKm[i], output.zKm[i],
                           output.vxKmPerS[i], output.vyKmPerS[i], output.vzKmPerS[i]]
                if code == 0, got.map(\.bitPattern) != expected.map(\.bitPattern) {
                    mismatches += 1
                    Issue.record("record \(i) t=\(minutes): \(got) vs \(expected)")
                }
            }
        }
        #expect(mismatches == 0)
        if minutes >= 10_080 { #expect(failed > 0, "the high-drag sets should decay within a week") }
    }

    /// Near-Earth and deep-space records mixed (the whole verification file): the planned
    /// batch equals the scalar path bit for bit, deep-space slots included.
    @Test func mixedBatchEqualsScalar() throws {
        let parsed = TLEParser.parse(try SGP4VerificationTests.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE")
        let records = try parsed.elementSets.map { try SGP4Record($0) }
        #expect(records.contains { $0.isDeepSpace } && records.contains { !$0.isDeepSpace })
        let plan = SGP4BatchPlan(records)
        for instant in [JulianDate(year: 2006, month: 6, day: 27), JulianDate(year: 2000, month: 1, day: 1)] {
            var output = SGP4BatchOutput(count: records.count)
            SGP4Batch.propagate(records, plan: plan, to: instant, into: &output)
            for (i, record) in records.enumerated() {
                do {
                    let s = try record.propagate(to: instant)
                    #expect(output.errorCode[i] == 0)
                    #expect(output.xKm[i].bitPattern == s.positionKm.x.bitPattern
                        && output.vzKmPerS[i].bitPattern == s.velocityKmPerS.z.bitPattern, "record \(i)")
                } catch {
                    #expect(Int(output.errorCode[i]) == error.code && output.xKm[i].isNaN, "record \(i)")
                }
            }
        }
    }

    /// Deterministic LEO sets: index k spreads every element over its range with
    /// different irrational strides (no random generator needed for a fixed test set).
    static func generatedRecords(count: Int) -> [SGP4Record] {
        let epoch = JulianDate(year: 2026, month: 1, day: 1, hour: 12)
        func frac(_ k: Int, _ stride: Double) -> Double { (Double(k) * stride).truncatingRemainder(dividingBy: 1) }
        return (0..<count).compactMap { k in
            let altitudeKm = 160.0 + 1340.0 * frac(k, 0.618_033_988_75)
            let a = 6378.135 + altitudeKm
            let revPerDay = 86_400.0 / (2 * Double.pi * (a * a * a / 398_600.8).squareRoot())
            // Mostly near-circular; every 7th set eccentric (e up to 0.25, perigee kept above 120 km).
            let eMax = k % 7 == 0 ? min(0.25, (altitudeKm - 120.0) / a) : 0.002
            let set = ElementSet(catalogNumber: 80_000 + k, epoch: epoch,
                                 bstar: (k % 11 == 0 ? 2e-3 : 1e-5) + 4e-4 * frac(k, 0.754_877_666_25),
                                 inclinationDeg: 180.0 * frac(k, 0.414_213_562_37),
                                 rightAscensionDeg: 360.0 * frac(k, 0.732_050_807_57),
                                 eccentricity: eMax * frac(k, 0.236_067_977_5),
                                 argumentOfPerigeeDeg: 360.0 * frac(k, 0.162_277_660_17),
                                 meanAnomalyDeg: 360.0 * frac(k, 0.645_751_311_06),
                                 meanMotionRevPerDay: revPerDay)
            return try? SGP4Record(set)
        }
    }
}
