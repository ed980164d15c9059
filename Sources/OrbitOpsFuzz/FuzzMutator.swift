/// Byte-level and token-level mutations of text inputs (libFuzzer-style stacked edits):
/// bit flips, interesting bytes, insertions, deletions, duplicated ranges, splices with
/// another corpus entry, numbers swapped for boundary values, truncation, long lines.
public enum FuzzMutator {
    /// Bytes that mean something to the formats fuzzed: YAML and JSON punctuation,
    /// line ends, NUL, invalid UTF-8 lead and continuation bytes.
    static let interestingBytes: [UInt8] = [0, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x23, 0x26, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E,
                                            0x30, 0x31, 0x39, 0x3A, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C, 0x3E, 0x21, 0x25,
                                            0x40, 0x60, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE9, 0xF0, 0xF8, 0xFF]
    /// Values that broke (or could break) numeric code: signs, huge and tiny, NaN and
    /// infinity spellings, integer boundaries, values without units.
    static let interestingNumbers: [String] = [
        "0", "-0", "-1", "1", "0.5", "1e-9", "1e-300", "1e308", "-1e308", "1e309", "9e999", "-9e999", "nan", ".nan",
        "NaN", "inf", ".inf", "-.inf", "Infinity", "99999999999999999999", "2147483648", "4294967296",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e15",
        "3000000000", "10000000", "36525", "36526", "0x1F", "1_000", "+5", "5.", ".5", "1e", "--1", "",
    ]
    static let interestingSuffixes: [String] = ["", "s", "m", "h", "d", "y", "ms", " s", "S", "dd", "e3d"]

    /// `input` changed by 1…`maximumEdits` stacked edits.
    public static func mutate(_ input: [UInt8], corpus: [[UInt8]], random r: inout FuzzRandom,
                              maximumEdits: Int = 6, maximumSize: Int = 64 * 1024) -> [UInt8] {
        var bytes = input
        for _ in 0...r.below(maximumEdits) {
            edit(&bytes, corpus: corpus, random: &r)
            if bytes.count > maximumSize { bytes.removeLast(bytes.count - maximumSize) }
        }
        return bytes
    }

    static func edit(_ b: inout [UInt8], corpus: [[UInt8]], random r: inout FuzzRandom) {
        switch r.below(11) {
        case 0 where !b.isEmpty:
            b[r.below(b.count)] ^= UInt8(1) << UInt8(r.below(8))
        case 1 where !b.isEmpty:
            b[r.below(b.count)] = r.pick(interestingBytes)
        case 2:
            let count = 1 + r.below(8)
            let bytes = (0..<count).map { _ in r.chance(0.5) ? r.pick(interestingBytes) : UInt8(truncatingIfNeeded: r.next()) }
            b.insert(contentsOf: bytes, at: r.below(b.count + 1))
        case 3 where !b.isEmpty:
            let start = r.below(b.count)
            b.removeSubrange(start..<min(b.count, start + 1 + r.below(32)))
        case 4 where !b.isEmpty:
            let start = r.below(b.count)
            let piece = Array(b[start..<min(b.count, start + 1 + r.below(64))])
            b.insert(contentsOf: piece, at: r.below(b.count + 1))
        case 5:
            let other = r.pick(corpus.isEmpty ? [b] : corpus)
            guard !other.isEmpty else { return }
            let start = r.below(other.count)
            let piece = other[start..<min(other.count, start + 1 + r.below(256))]
            b.insert(contentsOf: piece, at: r.below(b.count + 1))
        case 6, 7:
            replaceNumber(&b, random: &r)
        case 8 where !b.isEmpty:
            b.removeLast(r.below(b.count))
        case 9:
            duplicateLine(&b, random: &r)
        default:
            let text = r.pick(interestingNumbers) + r.pick(interestingSuffixes)
            b.insert(contentsOf: Array(text.utf8), at: r.below(b.count + 1))
        }
    }

    /// Replaces one run of digits (with its sign, point and exponent) by a boundary value.
    static func replaceNumber(_ b: inout [UInt8], random r: inout FuzzRandom) {
        let digits = b.indices.filter { b[$0] >= 0x30 && b[$0] <= 0x39 }
        guard let at = digits.isEmpty ? nil : r.pick(digits) else { return }
        func isNumberByte(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x2D || c == 0x2B || c == 0x65 }
        var start = at, end = at + 1
        while start > 0 && isNumberByte(b[start - 1]) { start -= 1 }
        while end < b.count && isNumberByte(b[end]) { end += 1 }
        let text = r.pick(interestingNumbers) + (r.chance(0.3) ? r.pick(interestingSuffixes) : "")
        b.replaceSubrange(start..<end, with: Array(text.utf8))
    }

    /// Repeats one line many times (long files, repeated keys).
    static func duplicateLine(_ b: inout [UInt8], random r: inout FuzzRandom) {
        let starts = [0] + b.indices.filter { b[$0] == 0x0A }.map { $0 + 1 }
        let start = r.pick(starts)
        guard start <= b.count else { return }
        let end = b[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? b.count
        let line = Array(b[start..<end])
        let copies = r.chance(0.8) ? 1 : 1 + r.below(200)
        for _ in 0..<copies { b.insert(contentsOf: line, at: end) }
    }
}
