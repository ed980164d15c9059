extension TLEParser {
    /// Parses every element set in `text` (two- or three-line form, blank lines and
    /// lines starting with "#" skipped) and collects one error per malformed set.
    ///
    /// Callers decide the policy: fail on `errors.first`, or keep `elementSets` and warn
    /// about each error (`--skip-invalid`).
    public static func parse(_ text: String, source: String, verifyChecksum: Bool = true) -> TLEParseResult {
        var result = TLEParseResult(elementSets: [], errors: [], lineNumbers: [], line2Trailers: [])
        var lines: [(number: Int, text: Substring)] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            var line = raw
            while line.last == "\r" { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " }) || line.hasPrefix("#") { continue }
            lines.append((number, line))
        }
        var index = 0
        var pendingName: (number: Int, text: String)?
        while index < lines.count {
            let (lineNumber, line) = lines[index]
            let kind = dataLineKind(line)
            switch kind {
            case .line1:
                let name = pendingName?.text ?? ""
                pendingName = nil
                guard index + 1 < lines.count, dataLineKind(lines[index + 1].text) != .line1,
                      dataLineKind(lines[index + 1].text) != .name else {
                    result.errors.append(TLEParseError(kind: .missingLine, source: source, line: lineNumber,
                                                       message: "line 1 of catalog number \(line.dropFirst(2).prefix(5)) is not followed by its line 2"))
                    index += 1
                    continue
                }
                let line2 = lines[index + 1]
                do {
                    let set = try elementSet(line1: line, line2: line2.text, name: name, source: source,
                                             line1Number: lineNumber, line2Number: line2.number,
                                             verifyChecksum: verifyChecksum)
                    result.elementSets.append(set)
                    result.lineNumbers.append(lineNumber)
                    result.line2Trailers.append(String(line2.text.dropFirst(69)))
                } catch {
                    result.errors.append(error)
                }
                index += 2
            case .line2:
                result.errors.append(TLEParseError(kind: .missingLine, source: source, line: lineNumber,
                                                   message: "line 2 without a line 1 before it"))
                pendingName = nil
                index += 1
            case .otherNumber:
                result.errors.append(TLEParseError(kind: .lineNumber, source: source, line: lineNumber, columns: 1...1,
                                                   field: "line number", message: "expected \"1\" or \"2\", found \"\(line.prefix(1))\""))
                pendingName = nil
                index += 1
                if index < lines.count, dataLineKind(lines[index].text) == .line2 { index += 1 }
            case .name:
                if let pendingName {
                    result.errors.append(TLEParseError(kind: .missingLine, source: source, line: pendingName.number,
                                                       message: "name line \"\(pendingName.text)\" is not followed by a line 1"))
                }
                var name = String(line).trimmingSpaces
                if name.hasPrefix("0 ") { name = String(name.dropFirst(2)).trimmingSpaces }
                pendingName = (lineNumber, name)
                index += 1
            }
        }
        if let pendingName {
            result.errors.append(TLEParseError(kind: .missingLine, source: source, line: pendingName.number,
                                               message: "name line \"\(pendingName.text)\" is not followed by a line 1"))
        }
        return result
    }

    private enum DataLineKind { case line1, line2, otherNumber, name }

    /// "1 " starts line 1, "2 " line 2; a 69-column line starting with another digit
    /// and a space is a data line with a wrong line number; anything else is a name.
    private static func dataLineKind(_ line: Substring) -> DataLineKind {
        let bytes = line.utf8
        guard bytes.count >= 2 else { return .name }
        let first = bytes[bytes.startIndex], second = bytes[bytes.index(after: bytes.startIndex)]
        guard second == UInt8(ascii: " ") else { return .name }
        if first == UInt8(ascii: "1") { return .line1 }
        if first == UInt8(ascii: "2") { return .line2 }
        if first >= UInt8(ascii: "3"), first <= UInt8(ascii: "9"), bytes.count >= 69 { return .otherNumber }
        return .name
    }
}
