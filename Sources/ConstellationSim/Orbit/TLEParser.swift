/// Reads NORAD two-line element sets: two-line and three-line (name line, with or
/// without a leading "0 ") forms, checksums, Alpha-5 catalog numbers, implied decimal
/// points and exponents, and two-digit epoch years (57–99 → 19xx, 00–56 → 20xx).
public enum TLEParser {
    /// Decodes a catalog number field: five digits (leading spaces allowed), or
    /// Alpha-5 — a letter A–Z without I and O standing for 10…33, then four digits:
    /// "A0000" = 100000, "E8493" = 148493, "Z9999" = 339999. Nil when malformed.
    public static func decodeCatalogNumber(_ field: String) -> Int? {
        let trimmed = field.trimmingSpaces
        guard let first = trimmed.unicodeScalars.first, trimmed.unicodeScalars.count <= 5 else { return nil }
        if first.properties.numericType != nil || first == " " {
            guard trimmed.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
            return Int(trimmed)
        }
        guard trimmed.unicodeScalars.count == 5, first.value >= 0x41, first.value <= 0x5A,
              first != "I", first != "O" else { return nil }
        var letter = Int(first.value - 0x41) + 10  // A = 10
        if first.value > 0x49 { letter -= 1 }  // skip I
        if first.value > 0x4F { letter -= 1 }  // skip O
        let digits = trimmed.unicodeScalars.dropFirst()
        guard digits.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }), let rest = Int(String(digits)) else { return nil }
        return letter * 10_000 + rest
    }

    /// The full year of a two-digit TLE epoch year: 57–99 → 1957–1999, 00–56 → 2000–2056.
    public static func fullYear(twoDigit year: Int) -> Int { year < 57 ? 2000 + year : 1900 + year }

    /// Parses one element set from its two data lines.
    ///
    /// - Parameters:
    ///   - name: the name line without a leading "0 ", or empty.
    ///   - source: the file name used in errors; `line1Number` is line 1's 1-based line number.
    ///   - verifyChecksum: check column 69 of both lines (on by default).
    public static func elementSet(line1 text1: Substring, line2 text2: Substring, name: String = "",
                                  source: String = "<input>", line1Number: Int = 1, line2Number: Int? = nil,
                                  verifyChecksum: Bool = true) throws(TLEParseError) -> ElementSet {
        let l1 = try TLELine(text1, source: source, lineNumber: line1Number)
        let l2 = try TLELine(text2, source: source, lineNumber: line2Number ?? line1Number + 1)
        for (line, expected) in [(l1, UInt8(ascii: "1")), (l2, UInt8(ascii: "2"))] {
            guard line.bytes.count >= 69 else {
                throw TLEParseError(kind: .lineLength, source: source, line: line.lineNumber,
                                    message: "line is \(line.bytes.count) characters long; a TLE line has 69 columns")
            }
            guard line.bytes[0] == expected else {
                throw line.error(1...1, "line number", "expected \"\(Character(Unicode.Scalar(expected)))\", found \"\(line.text(1...1))\"",
                                 kind: .lineNumber)
            }
            if verifyChecksum { try line.verifyChecksum() }
        }
        let catalog = try l1.catalogNumber()
        let catalog2 = try l2.catalogNumber()
        guard catalog == catalog2 else {
            throw l2.error(3...7, "catalog number",
                           "catalog number \(catalog2) does not match \(catalog) on line \(l1.lineNumber)",
                           kind: .catalogNumberMismatch)
        }
        let classification = l1.text(8...8).trimmingSpaces
        guard classification.isEmpty || ["U", "C", "S"].contains(classification) else {
            throw l1.error(8...8, "classification", "\"\(classification)\" is not U, C or S")
        }
        let yearText = l1.text(19...20)
        let dayText = l1.text(21...32)
        guard yearText.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(yearText),
              let dayOfYear = Double(dayText.trimmingSpaces), dayText.trimmingSpaces.allSatisfy({ $0.isNumber || $0 == "." }) else {
            throw l1.error(19...32, "epoch", "\"\(l1.text(19...32).trimmingSpaces)\" is not a number")
        }
        guard dayOfYear >= 1, dayOfYear < 367 else {
            throw l1.error(19...32, "epoch", "day of year \(dayText.trimmingSpaces) is not in 1 ..< 367")
        }
        let jan1 = JulianDate(year: fullYear(twoDigit: year), month: 1, day: 1)
        let daysAfter = dayOfYear - 1.0
        let whole = daysAfter.rounded(.down)
        let epoch = JulianDate(day: jan1.day + whole, fraction: daysAfter - whole)

        let eccentricityText = l2.text(27...33)
        guard eccentricityText.allSatisfy({ $0 == " " || ($0.isASCII && $0.isNumber) }),
              let eccentricity = Double("0." + eccentricityText.replacingSpacesWithZeros) else {
            throw l2.error(27...33, "eccentricity",
                           "\"\(eccentricityText.trimmingSpaces)\" is not 7 digits (implied leading decimal point)")
        }
        return ElementSet(
            catalogNumber: catalog, name: name,
            internationalDesignator: l1.text(10...17).trimmingSpaces,
            classification: classification.isEmpty ? "U" : classification,
            epoch: epoch,
            meanMotionDotRevPerDay2: try l1.decimal(34...43, "mean motion derivative"),
            meanMotionDDotRevPerDay3: try l1.impliedDecimal(45...52, "mean motion second derivative"),
            bstar: try l1.impliedDecimal(54...61, "BSTAR"),
            ephemerisType: try l1.integer(63...63, "ephemeris type", blank: 0),
            elementSetNumber: try l1.integer(65...68, "element set number", blank: 0),
            inclinationDeg: try l2.decimal(9...16, "inclination"),
            rightAscensionDeg: try l2.decimal(18...25, "right ascension of the ascending node"),
            eccentricity: eccentricity,
            argumentOfPerigeeDeg: try l2.decimal(35...42, "argument of perigee"),
            meanAnomalyDeg: try l2.decimal(44...51, "mean anomaly"),
            meanMotionRevPerDay: try l2.decimal(53...63, "mean motion"),
            revolutionNumberAtEpoch: try l2.integer(64...68, "revolution number", blank: 0))
    }
}

extension String {
    var replacingSpacesWithZeros: String { String(map { $0 == " " ? "0" : $0 }) }
}
