import Foundation

/// Text files (scenarios, themes, configs) must be UTF-8; a file that is not is refused
/// with the place of its first bad byte, so the user can find it (a Latin-1 `é`, a
/// UTF-16 file, a binary file given by mistake).
public enum UTF8Text {
    /// The first byte that is not valid UTF-8.
    public struct Invalid: Error, Sendable, Hashable {
        /// The byte's value.
        public var byte: UInt8
        /// 0-based offset of the byte in the file.
        public var offset: Int
        /// 1-based line and column (column in Unicode scalars, as YAML errors count).
        public var line: Int
        public var column: Int

        /// `byte 0xE9 at line 3, column 12 (offset 57) is not UTF-8`.
        public var description: String {
            "byte 0x\(String(byte, radix: 16, uppercase: true)) at line \(line), column \(column) (offset \(offset)) "
                + "is not UTF-8: save the file as UTF-8"
        }
    }

    /// `bytes` as a string, or where they stop being UTF-8.
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Result<String, Invalid> where Bytes.Index == Int {
        if let bad = firstInvalidOffset(bytes) { return .failure(place(of: bad, in: bytes)) }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Offset of the first byte of the first ill-formed sequence (RFC 3629: no overlong
    /// forms, no surrogates, nothing above U+10FFFF), or nil when every byte is valid.
    static func firstInvalidOffset<Bytes: Collection<UInt8>>(_ b: Bytes) -> Int? where Bytes.Index == Int {
        var i = b.startIndex
        while i < b.endIndex {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return i - b.startIndex
            }
            guard i + length <= b.endIndex, (low...high).contains(b[i + 1]) else { return i - b.startIndex }
            for k in 2..<length where !(0x80...0xBF).contains(b[i + k]) { return i - b.startIndex }
            i += length
        }
        return nil
    }

    static func place<Bytes: Collection<UInt8>>(of offset: Int, in b: Bytes) -> Invalid where Bytes.Index == Int {
        var line = 1, column = 1
        for k in b.startIndex..<(b.startIndex + offset) {
            let byte = b[k]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Invalid(byte: b[b.startIndex + offset], offset: offset, line: line, column: column)
    }
}
