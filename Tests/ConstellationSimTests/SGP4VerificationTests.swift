import Foundation
import Testing
@testable import ConstellationSim

/// Reproduces Vallado's SGP4 verification set (AIAA 2006-6753 distribution):
/// SGP4-VER.TLE propagated over the start/stop/step given after column 69 of each
/// line 2 must match tcppver.out, the reference C++ output, to 2e-7 km and km/s.
@Suite struct SGP4VerificationTests {
    static func fixture(_ name: String, _ ext: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// tcppver.out: "<satnum> xx" headers, then rows "tsince x y z vx vy vz [extra columns]".
    static func expectedBlocks() throws -> [(catalog: Int, rows: [[Double]])] {
        var blocks: [(catalog: Int, rows: [[Double]])] = []
        for line in try fixture("tcppver", "out").split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: " ")
            if fields.count == 2, fields[1] == "xx", let catalog = Int(fields[0]) {
                blocks.append((catalog, []))
            } else if fields.count >= 7, !blocks.isEmpty {
                blocks[blocks.count - 1].rows.append(fields.prefix(7).compactMap { Double($0) })
            }
        }
        return blocks
    }

    /// The times the reference driver uses: 0 first, then start, start+step, …, stop.
    static func times(trailer: String) -> [Double] {
        let numbers = trailer.split(separator: " ").compactMap { Double($0) }
        guard numbers.count == 3 else { return [0] }
        let (start, stop, step) = (numbers[0], numbers[1], numbers[2])
        var times = [0.0]
        var t = start
        if abs(t) > 1e-8 { t -= step }
        while t < stop {
            t += step
            if t > stop { t = stop }
            times.append(t)
        }
        return times
    }

    @Test func checksumSetsAreRejected() throws {
        let result = TLEParser.parse(try Self.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE")
        #expect(result.elementSets.count == 30)
        #expect(result.errors.count == 3)
        for error in result.errors {
            #expect(error.kind == .checksum)
            #expect(error.field == "checksum")
            #expect(error.columns == 69...69)
            #expect(error.description.contains("SGP4-VER.TLE:"))
            #expect(error.description.contains("(checksum)"))
        }
        // The three rejected sets are 33333, 33334 and 33335 (line 1 of each in the file).
        let lenient = TLEParser.parse(try Self.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE", verifyChecksum: false)
        let rejectedLines = Set(result.errors.map(\.line))
        let rejected = zip(lenient.elementSets, lenient.lineNumbers).filter { rejectedLines.contains($0.1) || rejectedLines.contains($0.1 + 1) }
        #expect(rejected.map(\.0.catalogNumber) == [33333, 33334, 33335])
    }

    @Test func reproducesEveryReferenceLine() throws {
        // The checksum-broken sets 33333–33335 are read without the checksum check here:
        // they exist to exercise error codes 4 and 3.
        let parsed = TLEParser.parse(try Self.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE", verifyChecksum: false)
        #expect(parsed.errors.isEmpty)
        let blocks = try Self.expectedBlocks()
        try #require(blocks.count == parsed.elementSets.count)
        var errorCodes: [Int] = []
        var matched = 0, compared = 0
        var maxDelta = 0.0
        for (index, set) in parsed.elementSets.enumerated() {
            let block = blocks[index]
            #expect(block.catalog == set.catalogNumber)
            let record: SGP4Record
            do {
                record = try SGP4Record(set)
            } catch {
                errorCodes.append(error.code)
                // The reference driver prints its previous state when initialisation fails:
                // that one row is the last row of the set before, not a state of this one.
                #expect(block.rows.count == 1)
                #expect(block.rows.first.map { Array($0.dropFirst()) } == blocks[index - 1].rows.last.map { Array($0.dropFirst()) })
                continue
            }
            var row = 0
            for t in Self.times(trailer: parsed.line2Trailers[index]) {
                let state: TEMEState
                do {
                    state = try record.propagate(minutesSinceEpoch: t)
                } catch {
                    errorCodes.append(error.code)
                    break
                }
                guard row < block.rows.count else {
                    Issue.record("set \(set.catalogNumber): state at t=\(t) has no reference row (expected an error)")
                    break
                }
                let expected = block.rows[row]
                let actual = [t, state.positionKm.x, state.positionKm.y, state.positionKm.z,
                              state.velocityKmPerS.x, state.velocityKmPerS.y, state.velocityKmPerS.z]
                let delta = zip(actual, expected).map { abs($0 - $1) }.max() ?? .infinity
                maxDelta = max(maxDelta, delta)
                compared += 1
                if delta <= 2e-7 { matched += 1 } else {
                    Issue.record("set \(set.catalogNumber) t=\(t): |Δ| = \(delta)\n got \(actual)\n exp \(expected)")
                }
                row += 1
            }
            #expect(row == block.rows.count, "set \(set.catalogNumber): \(row) of \(block.rows.count) rows produced")
        }
        print("SGP4 verification: \(matched) of \(compared) rows within 2e-7, max |Δ| = \(maxDelta); errors \(errorCodes)")
        #expect(compared == 666)
        #expect(matched == compared)
        #expect(errorCodes == [1, 1, 6, 6, 4, 3, 6])
    }

    @Test func invalidElementsAreErrorValuesNotCrashes() throws {
        var set = try #require(TLEParser.parse(try Self.fixture("SGP4-VER", "TLE"), source: "v").elementSets.first)
        set.eccentricity = 1.2
        #expect(throws: SGP4Error.meanEccentricityOutOfRange) { try SGP4Record(set) }
        set.eccentricity = 0.001
        set.meanMotionRevPerDay = 0
        #expect(throws: SGP4Error.meanMotionNotPositive) { try SGP4Record(set) }
        #expect([SGP4Error.meanEccentricityOutOfRange, .meanMotionNotPositive, .perturbedEccentricityOutOfRange,
                 .semiLatusRectumNegative, .decayed].map(\.code) == [1, 2, 3, 4, 6])
        #expect(SGP4Error(code: 4) == .semiLatusRectumNegative && SGP4Error(code: 5) == nil)
    }
}
