/// The element-set file formats OrbitOps reads, told apart by content.
public enum ElementFileFormat: String, Sendable, Hashable {
    /// Two- or three-line element sets.
    case tle
    /// CelesTrak OMM JSON.
    case ommJSON

    /// Decides the format from the text: JSON starts with "[" or "{"; TLE text has a
    /// line starting "1 " and one starting "2 ". Nil when it is neither.
    public static func detect(_ text: String) -> ElementFileFormat? {
        let head = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if head.first == "[" || head.first == "{" { return .ommJSON }
        var sawLine1 = false
        for line in head.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("1 ") { sawLine1 = true } else if line.hasPrefix("2 "), sawLine1 { return .tle }
        }
        return nil
    }

    /// Parses `text` in its detected format: the element sets and every problem found.
    public static func parse(_ text: String, source: String) -> (elementSets: [ElementSet], errors: [ElementSetError]) {
        switch detect(text) {
        case .tle?:
            let result = TLEParser.parse(text, source: source)
            return (result.elementSets, result.errors.map(ElementSetError.tle))
        case .ommJSON?:
            let result = OMMParser.parse(text, source: source)
            return (result.elementSets, result.errors.map(ElementSetError.omm))
        case nil:
            return ([], [.unknownFormat(source: source)])
        }
    }
}

/// A problem reading an element-set file, whatever its format.
public enum ElementSetError: Error, Sendable, Hashable, CustomStringConvertible {
    case tle(TLEParseError)
    case omm(OMMParseError)
    case unknownFormat(source: String)

    public var description: String {
        switch self {
        case .tle(let error): error.description
        case .omm(let error): error.description
        case .unknownFormat(let source):
            "\(source): neither TLE (lines starting \"1 \" and \"2 \") nor OMM JSON (starting with \"[\")"
        }
    }
}
