import Foundation
import Testing
@testable import ConstellationSim

/// Time grids of `orbitops propagate`, and the SGP4 hot path's trigonometry against libm.
@Suite struct EphemerisGridTests {
    @Test(arguments: [("0:1440:60", 25), ("0:60:5", 13), ("-30:30:7.5", 9), ("0:10:3", 4), ("5:5:1", 1)])
    func minutesRangeIncludesStopWhenOnTheStep(text: String, count: Int) throws {
        // By hand: (stop − start) / step + 1 when it divides, else the floor + 1.
        let grid = try #require(EphemerisGrid.parseMinutes(text))
        #expect(grid.count == count)
    }

    @Test(arguments: ["0:1440", "0:-60:10", "a:b:c", "0:100:0", "0:100:-5", "1:2:3:4", "0:1e9:1e-3", "nan:1:1"])
    func malformedMinutesAreRejected(text: String) {
        #expect(EphemerisGrid.parseMinutes(text) == nil)
    }

    @Test func utcGridGivesMinutesSinceEachEpoch() throws {
        // 00005's epoch is 2000-06-27 18:50:19.733568; from 2000-06-28 00:00 the first
        // instant is 5 h 9 min 40.266432 s = 309.6711072 min after it, then every 10 min.
        let set = try #require(TLEParser.parse("""
            1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753
            2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667
            """, source: "t").elementSets.first)
        let record = try SGP4Record(set)
        let grid = EphemerisGrid.utc(from: JulianDate(year: 2000, month: 6, day: 28),
                                     to: JulianDate(year: 2000, month: 6, day: 28, hour: 1), stepS: 600)
        #expect(grid.count == 7)
        #expect(abs(grid.minutesSinceEpoch(0, of: record) - 309.6711072) < 1e-6)
        #expect(abs(grid.minutesSinceEpoch(6, of: record) - 369.6711072) < 1e-6)
    }

    @Test func minutesTextIsShortAndExact() {
        #expect(EphemerisWriter.minutesText(1440) == "1440")
        #expect(EphemerisWriter.minutesText(-90.25) == "-90.25")
        #expect(EphemerisWriter.minutesText(0.123456789) == "0.12345679")
        #expect(EphemerisWriter.minutesText(-0.0) == "0")
    }

    @Test func inlineSinCosAgreesWithLibm() {
        // Reference: glibc's sin and cos (correctly rounded in practice) on a dense sweep,
        // including multiples of π/2 and the reduction limit.
        var worst = 0.0
        var x = -1.0e5
        while x <= 1.0e5 {
            for y in [x, x + 1e-9, Double.pi / 2 * (x / 1000).rounded()] {
                let got = SGP4Math.sinCos(y)
                worst = max(worst, abs(got.sin - sin(y)), abs(got.cos - cos(y)))
            }
            x += 0.7371
        }
        #expect(worst < 1e-15, "max |Δ| = \(worst)")
    }

    @Test(arguments: [0.0, 1e-9, -3e-4, 0.01, -0.05])
    func smallAngleRotationMatchesDirectTrig(delta: Double) {
        let a = 2.345
        let got = SGP4Math.rotate(sin: sin(a), cos: cos(a), by: delta, angle: a + delta)
        #expect(abs(got.sin - sin(a + delta)) < 1e-15 && abs(got.cos - cos(a + delta)) < 1e-15)
    }
}

extension EphemerisGridTests {
    @Test func hotPathConstantsEqualWGS72() {
        #expect(SGP4HotConstants.xke == WGS72.xke)
        #expect(SGP4HotConstants.inverseXke == 1.0 / WGS72.xke)
        #expect(SGP4HotConstants.j3OverJ2 == WGS72.j3OverJ2)
        #expect(SGP4HotConstants.kmPerSecondPerUnit == WGS72.kmPerSecondPerUnit)
    }
}
