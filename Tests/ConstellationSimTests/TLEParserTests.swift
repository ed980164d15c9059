import Foundation
import Testing
@testable import ConstellationSim

/// Malformed-field handling, Alpha-5 and epochs of the TLE reader, against the
/// published format (CelesTrak "NORAD Two-Line Element Set Format"; Alpha-5 scheme of
/// the 18th Space Defense Squadron) and hand computations written out below.
@Suite struct TLEParserTests {
    // Verification set 00005 (valid checksums 3 and 7).
    static let line1 = "1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753"
    static let line2 = "2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667"

    /// Columns 1–68 plus the mod-10 checksum (digits count their value, '-' counts 1).
    static func withChecksum(_ line: String) -> String {
        let body = String(line.prefix(68))
        let sum = body.reduce(0) { $0 + ($1.wholeNumberValue ?? ($1 == "-" ? 1 : 0)) }
        return body + String(sum % 10)
    }

    /// `line` with columns `range` (1-based) replaced by `text`, checksum recomputed.
    static func replacing(_ line: String, _ range: ClosedRange<Int>, with text: String) -> String {
        var chars = Array(line)
        chars.replaceSubrange((range.lowerBound - 1)..<range.upperBound, with: Array(text))
        return withChecksum(String(chars))
    }

    static func parseError(_ l1: String, _ l2: String) -> TLEParseError? {
        let result = TLEParser.parse("\(l1)\n\(l2)\n", source: "sats.tle")
        return result.errors.first
    }

    @Test func readsTheVerificationSetFields() throws {
        let set = try TLEParser.elementSet(line1: Self.line1[...], line2: Self.line2[...])
        #expect(set.catalogNumber == 5)
        #expect(set.internationalDesignator == "58002B")
        #expect(set.classification == "U")
        #expect(set.meanMotionDotRevPerDay2 == 0.00000023)
        #expect(set.meanMotionDDotRevPerDay3 == 0)
        #expect(set.bstar == 0.28098e-4)
        #expect(set.inclinationDeg == 34.2682)
        #expect(set.rightAscensionDeg == 348.7242)
        #expect(set.eccentricity == 0.1859667)
        #expect(set.argumentOfPerigeeDeg == 331.7664)
        #expect(set.meanAnomalyDeg == 19.3264)
        #expect(set.meanMotionRevPerDay == 10.82419157)
        #expect(set.revolutionNumberAtEpoch == 41366)
        #expect(set.elementSetNumber == 475)
        // Day 179.78495062 of 2000 (leap year: 31+29+31+30+31 = 152 days to May 31) is
        // June 27 plus 0.78495062 d = 18 h 50 min 19.733568 s.
        let expected = JulianDate(year: 2000, month: 6, day: 27, hour: 18, minute: 50, second: 19.733568)
        #expect(abs(set.epoch.seconds(since: expected)) < 1e-4)
    }

    @Test(arguments: [
        (" 12345-3", 0.12345e-3), ("-11606-4", -0.11606e-4), (" 00000+0", 0.0), (" 00000-0", 0.0),
        ("+12345+1", 1.2345), (" 10000-3", 1.0e-4),
    ])
    func impliedDecimalPointAndExponent(field: String, value: Double) throws {
        let l1 = Self.replacing(Self.line1, 54...61, with: field)
        let set = try TLEParser.elementSet(line1: l1[...], line2: Self.line2[...])
        #expect(set.bstar == value)
    }

    @Test func negativeFirstDerivativeWithoutLeadingZero() throws {
        let l1 = Self.replacing(Self.line1, 34...43, with: "-.00000084")
        #expect(try TLEParser.elementSet(line1: l1[...], line2: Self.line2[...]).meanMotionDotRevPerDay2 == -8.4e-7)
    }

    @Test(arguments: [("A0000", 100_000), ("Z9999", 339_999), ("E8493", 148_493), ("H9999", 179_999),
                      ("J0000", 180_000), ("N9999", 229_999), ("P0000", 230_000), ("00005", 5), ("    5", 5),
                      ("99999", 99_999)])
    func alpha5Decoding(field: String, value: Int) {
        #expect(TLEParser.decodeCatalogNumber(field) == value)
    }

    @Test(arguments: ["I0000", "O1234", "a0000", "A12x4", "AB123", "-1234"])
    func alpha5RejectsBadFields(field: String) {
        #expect(TLEParser.decodeCatalogNumber(field) == nil)
    }

    @Test func alpha5CatalogNumberInATLE() throws {
        let l1 = Self.replacing(Self.line1, 3...7, with: "E8493")
        let l2 = Self.replacing(Self.line2, 3...7, with: "E8493")
        #expect(try TLEParser.elementSet(line1: l1[...], line2: l2[...]).catalogNumber == 148_493)
    }

    @Test(arguments: [("57", 1957), ("99", 1999), ("00", 2000), ("56", 2056), ("26", 2026)])
    func epochYearPivot(year: String, fullYear: Int) throws {
        let l1 = Self.replacing(Self.line1, 19...20, with: year)
        let set = try TLEParser.elementSet(line1: l1[...], line2: Self.line2[...])
        let jan1 = JulianDate(year: fullYear, month: 1, day: 1)
        // Day 179.78495062 is 178.78495062 days after January 1, 0 h.
        #expect(abs(set.epoch.seconds(since: jan1) - 178.784_950_62 * 86_400) < 1e-4)
    }

    @Test func badChecksumNamesTheChecksum() throws {
        let bad = String(Self.line1.dropLast()) + "4"
        let error = try #require(Self.parseError(bad, Self.line2))
        #expect(error.kind == .checksum)
        #expect(error.line == 1)
        #expect(error.description.hasPrefix("sats.tle:1: column 69 (checksum): checksum is 4 but columns 1-68 sum to 3"))
    }

    @Test func checksumCountsMinusAsOne() throws {
        // Replacing a '0' by '-' in an unused column raises the sum by one.
        let l1 = Self.withChecksum(Self.replacing(Self.line1, 34...43, with: "-.00000023"))
        #expect(l1.last == "4")
        #expect(try TLEParser.elementSet(line1: l1[...], line2: Self.line2[...]).meanMotionDotRevPerDay2 == -0.00000023)
    }

    @Test func wrongLineNumber() throws {
        let l2 = Self.replacing(Self.line2, 1...1, with: "3")
        do {
            _ = try TLEParser.elementSet(line1: Self.line1[...], line2: l2[...], source: "sats.tle", line1Number: 7)
            Issue.record("accepted a line 2 starting with 3")
        } catch {
            #expect(error.kind == .lineNumber)
            #expect(error.description == "sats.tle:8: column 1 (line number): expected \"2\", found \"3\"")
        }
        let inText = try #require(Self.parseError(Self.line1, l2))
        #expect(inText.kind == .missingLine || inText.kind == .lineNumber)
    }

    @Test func shortLine() throws {
        let error = try #require(Self.parseError(String(Self.line1.prefix(60)), Self.line2))
        #expect(error.kind == .lineLength)
        #expect(error.description == "sats.tle:1: line is 60 characters long; a TLE line has 69 columns")
    }

    @Test func nonNumericEpochNamesColumnsAndField() throws {
        let l1 = Self.replacing(Self.line1, 19...32, with: "0x179.78495062")
        let error = try #require(Self.parseError(l1, Self.line2))
        #expect(error.description == "sats.tle:1: column 19-32 (epoch): \"0x179.78495062\" is not a number")
    }

    @Test func nonNumericInclination() throws {
        let l2 = Self.replacing(Self.line2, 9...16, with: " 34.26a2")
        let error = try #require(Self.parseError(Self.line1, l2))
        #expect(error.description == "sats.tle:2: column 9-16 (inclination): \"34.26a2\" is not a number")
    }

    @Test func badAlpha5Letter() throws {
        for letter in ["I", "O"] {
            let l1 = Self.replacing(Self.line1, 3...7, with: "\(letter)0005")
            let l2 = Self.replacing(Self.line2, 3...7, with: "\(letter)0005")
            let error = try #require(Self.parseError(l1, l2))
            #expect(error.columns == 3...7)
            #expect(error.field == "catalog number")
            #expect(error.message.contains("A-Z except I and O"))
        }
    }

    @Test func mismatchedCatalogNumbers() throws {
        let l2 = Self.replacing(Self.line2, 3...7, with: "00006")
        let error = try #require(Self.parseError(Self.line1, l2))
        #expect(error.kind == .catalogNumberMismatch)
        #expect(error.description == "sats.tle:2: column 3-7 (catalog number): catalog number 6 does not match 5 on line 1")
    }

    @Test func badExponent() throws {
        let l1 = Self.replacing(Self.line1, 54...61, with: " 28098x4")
        let error = try #require(Self.parseError(l1, Self.line2))
        #expect(error.columns == 54...61)
        #expect(error.field == "BSTAR")
        #expect(error.message.contains("no exponent"))
    }

    @Test func badEccentricity() throws {
        let l2 = Self.replacing(Self.line2, 27...33, with: "18.9667")
        let error = try #require(Self.parseError(Self.line1, l2))
        #expect(error.columns == 27...33)
        #expect(error.field == "eccentricity")
    }

    @Test func threeLineFormsAndNames() {
        let text = "0 VANGUARD 1\n\(Self.line1)\n\(Self.line2)\nVANGUARD 1 AGAIN\r\n\(Self.line1)\r\n\(Self.line2)\r\n\(Self.line1)\n\(Self.line2)\n"
        let result = TLEParser.parse(text, source: "sats.tle")
        #expect(result.errors.isEmpty)
        #expect(result.elementSets.map(\.name) == ["VANGUARD 1", "VANGUARD 1 AGAIN", ""])
        #expect(result.lineNumbers == [2, 5, 7])
    }

    @Test func collectsGoodSetsAndErrorsForSkipInvalid() {
        let bad = Self.replacing(Self.line1, 19...32, with: "0x179.78495062")
        let text = ["SAT A", Self.line1, Self.line2, "SAT B", bad, Self.line2, "SAT C", Self.line1, Self.line2].joined(separator: "\n")
        let result = TLEParser.parse(text, source: "sats.tle")
        #expect(result.elementSets.map(\.name) == ["SAT A", "SAT C"])
        #expect(result.errors.map(\.line) == [5])
    }

    @Test func lineOneWithoutLineTwo() throws {
        let result = TLEParser.parse("\(Self.line1)\nNEXT SAT\n\(Self.line1)\n\(Self.line2)\n", source: "sats.tle")
        #expect(result.elementSets.count == 1)
        let error = try #require(result.errors.first)
        #expect(error.kind == .missingLine)
        #expect(error.line == 1)
    }
}
