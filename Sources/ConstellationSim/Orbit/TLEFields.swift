/// One TLE data line as ASCII bytes, with column access by the 1-based column
/// numbers of the format, and the field decoders (implied decimals, Alpha-5).
struct TLELine {
    let bytes: [UInt8]
    let source: String
    let lineNumber: Int

    init(_ text: Substring, source: String, lineNumber: Int) throws(TLEParseError) {
        bytes = Array(text.utf8)
        self.source = source
        self.lineNumber = lineNumber
        if let bad = bytes.firstIndex(where: { $0 >= 0x80 || $0 == 0x09 }) {
            throw TLEParseError(kind: .characterSet, source: source, line: lineNumber, columns: (bad + 1)...(bad + 1),
                                message: "a TLE line holds printable ASCII only")
        }
    }

    /// The text of columns `range` (1-based, inclusive).
    func text(_ range: ClosedRange<Int>) -> String {
        String(decoding: bytes[(range.lowerBound - 1)..<min(range.upperBound, bytes.count)], as: UTF8.self)
    }

    func error(_ range: ClosedRange<Int>, _ field: String, _ message: String,
               kind: TLEParseError.Kind = .field) -> TLEParseError {
        TLEParseError(kind: kind, source: source, line: lineNumber, columns: range, field: field, message: message)
    }

    /// Verifies the modulo-10 checksum in column 69 over columns 1–68 (digits count
    /// their value, '-' counts 1, everything else 0).
    func verifyChecksum() throws(TLEParseError) {
        var sum = 0
        for byte in bytes[0..<68] {
            if byte >= 0x30 && byte <= 0x39 { sum += Int(byte - 0x30) } else if byte == 0x2D { sum += 1 }
        }
        let found = bytes[68]
        guard found >= 0x30 && found <= 0x39 else {
            throw error(69...69, "checksum", "\"\(text(69...69))\" is not a digit", kind: .checksum)
        }
        guard Int(found - 0x30) == sum % 10 else {
            throw error(69...69, "checksum", "checksum is \(found - 0x30) but columns 1-68 sum to \(sum % 10) (mod 10)",
                        kind: .checksum)
        }
    }

    /// A decimal number (e.g. " 34.2682", "-.00000084"); blank is an error.
    func decimal(_ range: ClosedRange<Int>, _ field: String) throws(TLEParseError) -> Double {
        let raw = text(range)
        var trimmed = raw.trimmingSpaces
        if trimmed.hasPrefix(".") { trimmed = "0" + trimmed }
        if trimmed.hasPrefix("-.") || trimmed.hasPrefix("+.") {
            trimmed.insert("0", at: trimmed.index(after: trimmed.startIndex))
        }
        guard !trimmed.isEmpty, trimmed.allSatisfy({ "0123456789.+-".contains($0) }), let value = Double(trimmed) else {
            throw error(range, field, "\"\(raw.trimmingSpaces)\" is not a number")
        }
        return value
    }

    /// A whole number; blank counts as `blank` when given, else is an error.
    func integer(_ range: ClosedRange<Int>, _ field: String, blank: Int? = nil) throws(TLEParseError) -> Int {
        let trimmed = text(range).trimmingSpaces
        if trimmed.isEmpty, let blank { return blank }
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(trimmed) else {
            throw error(range, field, "\"\(trimmed)\" is not a whole number")
        }
        return value
    }

    /// A number with an implied leading decimal point and a power-of-ten exponent:
    /// " 12345-3" = 0.12345e-3, "-11606-4" = -0.11606e-4, " 00000+0" = 0. Blank is 0.
    func impliedDecimal(_ range: ClosedRange<Int>, _ field: String) throws(TLEParseError) -> Double {
        let raw = text(range)
        let trimmed = raw.trimmingSpaces
        if trimmed.isEmpty { return 0 }
        var chars = Array(trimmed)
        var sign = ""
        if chars[0] == "-" || chars[0] == "+" {
            sign = chars[0] == "-" ? "-" : ""
            chars.removeFirst()
        }
        guard chars.count >= 3 else {
            throw error(range, field, "\"\(trimmed)\" is not of the form ±ddddd±d (implied decimal point and exponent)")
        }
        let exponentSign = chars[chars.count - 2], exponentDigit = chars[chars.count - 1]
        guard exponentSign == "-" || exponentSign == "+", exponentDigit.isASCII, exponentDigit.isNumber else {
            throw error(range, field, "\"\(trimmed)\" has no exponent: expected a sign and one digit at the end, as in \" 12345-3\"")
        }
        let mantissa = chars[0..<(chars.count - 2)]
        guard mantissa.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw error(range, field, "\"\(trimmed)\" is not of the form ±ddddd±d (implied decimal point and exponent)")
        }
        guard let value = Double("\(sign)0.\(String(mantissa))e\(exponentSign)\(exponentDigit)") else {
            throw error(range, field, "\"\(trimmed)\" is not a number")
        }
        return value
    }

    /// The catalog number in columns 3–7: five digits, or Alpha-5 (a letter A–Z other
    /// than I and O, then four digits) for 100000–339999.
    func catalogNumber() throws(TLEParseError) -> Int {
        let raw = text(3...7)
        guard let value = TLEParser.decodeCatalogNumber(raw) else {
            throw error(3...7, "catalog number",
                        "\"\(raw.trimmingSpaces)\" is not a catalog number: expected 5 digits or Alpha-5 (A-Z except I and O, then 4 digits)")
        }
        return value
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }),
              let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
        return String(scalars[first...last])
    }
}
