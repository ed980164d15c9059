import Foundation
import Testing
@testable import ConstellationSim

/// The batch (structure-of-arrays) API against the verification reference, and the
/// TEME → Earth-fixed / geodetic views against analytic cases.
@Suite struct SGP4BatchTests {
    /// All 30 checksum-valid verification sets propagated together, step by step, through
    /// one reused output (so resonant orbits continue their integrator from the previous
    /// step): every slot must match tcppver.out's row, or carry the expected error code.
    @Test func batchReproducesTheVerificationSet() throws {
        let parsed = TLEParser.parse(try SGP4VerificationTests.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE")
        let lenient = TLEParser.parse(try SGP4VerificationTests.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE",
                                      verifyChecksum: false)
        let allBlocks = try SGP4VerificationTests.expectedBlocks()
        // Keep the blocks of the sets that pass the checksum (matched by line number).
        let kept = Set(parsed.lineNumbers)
        let blocks = zip(lenient.lineNumbers, allBlocks).filter { kept.contains($0.0) }.map(\.1)
        let records = try parsed.elementSets.map { try SGP4Record($0) }
        let times = parsed.line2Trailers.map { SGP4VerificationTests.times(trailer: $0) }
        try #require(records.count == 30 && blocks.count == 30)
        var output = SGP4BatchOutput(count: records.count)
        var minutes = [Double](repeating: 0, count: records.count)
        var finished = [Bool](repeating: false, count: records.count)
        var compared = 0
        var errorCodes: [UInt8] = []
        let steps = times.map(\.count).max() ?? 0
        for step in 0..<steps {
            for i in records.indices { minutes[i] = times[i][min(step, times[i].count - 1)] }
            SGP4Batch.propagate(records, minutesSinceEpoch: minutes, into: &output)
            for i in records.indices where !finished[i] && step < times[i].count {
                if output.errorCode[i] != 0 {
                    // The reference stops its output at the first error.
                    #expect(step == blocks[i].rows.count, "set \(records[i].catalogNumber) failed early")
                    #expect(output.xKm[i].isNaN)
                    errorCodes.append(output.errorCode[i])
                    finished[i] = true
                    continue
                }
                let row = blocks[i].rows[step]
                let got = [minutes[i], output.xKm[i], output.yKm[i], output.zKm[i],
                           output.vxKmPerS[i], output.vyKmPerS[i], output.vzKmPerS[i]]
                #expect(zip(got, row).allSatisfy { abs($0 - $1) <= 2e-7 }, "set \(records[i].catalogNumber) t=\(minutes[i])")
                compared += 1
            }
        }
        // 666 rows in all, less the 5 + 73 rows of the rejected sets 33333 and 33335.
        #expect(compared == 666 - 5 - 73)
        // The reference's 1, 1, 6, 6, 4, 3, 6 without 33333 (4) and 33334 (3).
        #expect(errorCodes.sorted() == [1, 1, 6, 6, 6])
    }

    @Test func batchAtOneInstantEqualsSinglePropagation() throws {
        let parsed = TLEParser.parse(try SGP4VerificationTests.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE")
        let records = try parsed.elementSets.map { try SGP4Record($0) }
        let instant = JulianDate(year: 2006, month: 6, day: 27)
        var output = SGP4BatchOutput(count: records.count)
        SGP4Batch.propagate(records, to: instant, into: &output, range: 5..<20)
        for i in 5..<20 {
            do {
                let state = try records[i].propagate(to: instant)
                #expect(output.errorCode[i] == 0)
                #expect(output.xKm[i] == state.positionKm.x && output.vzKmPerS[i] == state.velocityKmPerS.z)
            } catch {
                #expect(Int(output.errorCode[i]) == error.code)
            }
        }
        #expect(output.errorCode[0..<5].allSatisfy { $0 == 0 } && output.xKm[0..<5].allSatisfy { $0 == 0 })
    }

    @Test func benchmarkCountsEveryPropagation() throws {
        let parsed = TLEParser.parse(try SGP4VerificationTests.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE")
        let records = try parsed.elementSets.map { try SGP4Record($0) }
        let run = SGP4Benchmark.run(records: records, minutes: [0, 60, 120])
        #expect(run.propagations == 90)
        #expect(run.seconds > 0)
        print("SGP4Benchmark (debug build): \(Int(run.rate)) propagations/s")
    }

    @Test func earthFixedVelocityOfAGeostationaryPointIsZero() {
        // A point co-rotating with the Earth: v_TEME = ω × r, so its Earth-fixed velocity is 0
        // and its Earth-fixed position has the same norm and z, rotated by −GMST.
        let time = JulianDate(year: 2026, month: 3, day: 20, hour: 6)
        let gmst = greenwichMeanSiderealTime(time.value)
        let w = WGS84.rotationRateRadPerS
        let r = SIMD3(42_164.0 * cos(1.0), 42_164.0 * sin(1.0), 10.0)
        let state = TEMEState(positionKm: r, velocityKmPerS: SIMD3(-w * r.y, w * r.x, 0))
        let ef = state.earthFixed(at: time)
        #expect(abs(atan2(ef.positionKm.y, ef.positionKm.x) - remainder(1.0 - gmst, 2 * .pi)) < 1e-12)
        #expect(ef.positionKm.z == 10.0)
        #expect(((ef.velocityKmPerS * ef.velocityKmPerS).sum()).squareRoot() < 1e-12)
    }

    @Test func geodeticOfAnEquatorialPoint() {
        // r on the equator at sidereal angle GMST + λ and radius a + h → latitude 0, longitude λ, height h.
        let time = JulianDate(year: 2026, month: 1, day: 1, hour: 12)
        let gmst = greenwichMeanSiderealTime(time.value)
        let lambda = radians(-75.0), h = 550.0
        let radius = WGS84.equatorialRadiusKm + h
        let state = TEMEState(positionKm: SIMD3(radius * cos(gmst + lambda), radius * sin(gmst + lambda), 0),
                              velocityKmPerS: .zero)
        let g = state.geodetic(at: time)
        #expect(abs(g.latitudeDeg) < 1e-9)
        #expect(abs(g.longitudeDeg + 75.0) < 1e-9)
        #expect(abs(g.altitudeKm - h) < 1e-6)
    }
}
