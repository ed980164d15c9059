import Foundation

/// A malformed CelesTrak OMM JSON input, naming the source, the object index and the key.
///
/// `description`: `gp.json: object 3: key "EPOCH": "2024-13-01T00:00:00" is not an ISO 8601 date …`.
public struct OMMParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name (or other label) of the input.
    public var source: String
    /// The 0-based index of the object in the JSON array, nil for a whole-file problem.
    public var objectIndex: Int?
    /// The key at fault, nil when the object as a whole is wrong.
    public var key: String?
    /// What is wrong and what would be accepted.
    public var message: String

    public init(source: String, objectIndex: Int? = nil, key: String? = nil, message: String) {
        self.source = source
        self.objectIndex = objectIndex
        self.key = key
        self.message = message
    }

    public var description: String {
        var text = "\(source): "
        if let objectIndex { text += "object \(objectIndex): " }
        if let key { text += "key \"\(key)\": " }
        return text + message
    }
}

/// Everything read from an OMM JSON text: the good element sets and one error per bad object.
public struct OMMParseResult: Sendable {
    public var elementSets: [ElementSet]
    public var errors: [OMMParseError]
}

/// Reads CelesTrak OMM JSON (an array of objects with OBJECT_NAME, OBJECT_ID, EPOCH,
/// MEAN_MOTION, ECCENTRICITY, INCLINATION, RA_OF_ASC_NODE, ARG_OF_PERICENTER,
/// MEAN_ANOMALY, NORAD_CAT_ID, BSTAR, MEAN_MOTION_DOT, MEAN_MOTION_DDOT, EPHEMERIS_TYPE,
/// CLASSIFICATION_TYPE, ELEMENT_SET_NO, REV_AT_EPOCH) into `ElementSet`s in TLE units.
/// Numbers may also be given as strings (as Space-Track does); a single object is accepted.
public enum OMMParser {
    public static func parse(_ text: String, source: String) -> OMMParseResult {
        var result = OMMParseResult(elementSets: [], errors: [])
        let objects: [[String: OMMValue]]
        do {
            let data = Data(text.utf8)
            if text.drop(while: { $0.isWhitespace }).first == "{" {
                objects = [try JSONDecoder().decode([String: OMMValue].self, from: data)]
            } else {
                objects = try JSONDecoder().decode([[String: OMMValue]].self, from: data)
            }
        } catch {
            result.errors.append(OMMParseError(source: source, message: "is not OMM JSON (an array of objects): \(jsonProblem(error))"))
            return result
        }
        for (index, object) in objects.enumerated() {
            do {
                result.elementSets.append(try elementSet(object, source: source, index: index))
            } catch {
                result.errors.append(error)
            }
        }
        return result
    }

    static func elementSet(_ object: [String: OMMValue], source: String, index: Int) throws(OMMParseError) -> ElementSet {
        func fail(_ key: String, _ message: String) -> OMMParseError {
            OMMParseError(source: source, objectIndex: index, key: key, message: message)
        }
        func number(_ key: String, default fallback: Double? = nil) throws(OMMParseError) -> Double {
            switch object[key] {
            case .number(let value)?: return value
            case .string(let text)?:
                guard let value = Double(text.trimmingSpaces) else { throw fail(key, "\"\(text)\" is not a number") }
                return value
            case nil, .null?:
                if let fallback { return fallback }
                throw fail(key, "is missing (a number is required)")
            }
        }
        func integer(_ key: String, default fallback: Int? = nil) throws(OMMParseError) -> Int {
            let value = try number(key, default: fallback.map(Double.init))
            guard value == value.rounded(), abs(value) < 1e15 else { throw fail(key, "\(value) is not a whole number") }
            return Int(value)
        }
        func string(_ key: String) -> String? {
            switch object[key] {
            case .string(let text)?: text
            case .number(let value)?: String(value)
            case nil, .null?: nil
            }
        }
        let catalog: Int
        if case .string(let text)? = object["NORAD_CAT_ID"], let decoded = TLEParser.decodeCatalogNumber(text) {
            catalog = decoded
        } else {
            catalog = try integer("NORAD_CAT_ID")
        }
        guard (0...339_999).contains(catalog) else { throw fail("NORAD_CAT_ID", "\(catalog) is not in 0…339999") }
        guard let epochText = string("EPOCH") else { throw fail("EPOCH", "is missing (an ISO 8601 date is required)") }
        guard let epoch = parseEpoch(epochText) else {
            throw fail("EPOCH", "\"\(epochText)\" is not an ISO 8601 date (expected YYYY-MM-DDTHH:MM:SS[.ffffff])")
        }
        let eccentricity = try number("ECCENTRICITY")
        guard eccentricity >= 0, eccentricity < 1 else { throw fail("ECCENTRICITY", "\(eccentricity) is not in 0 ≤ e < 1") }
        let meanMotion = try number("MEAN_MOTION")
        guard meanMotion > 0 else { throw fail("MEAN_MOTION", "\(meanMotion) rev/day is not positive") }
        let classification = string("CLASSIFICATION_TYPE") ?? "U"
        guard ["U", "C", "S"].contains(classification) else {
            throw fail("CLASSIFICATION_TYPE", "\"\(classification)\" is not U, C or S")
        }
        return ElementSet(
            catalogNumber: catalog, name: string("OBJECT_NAME") ?? "",
            internationalDesignator: string("OBJECT_ID") ?? "", classification: classification, epoch: epoch,
            meanMotionDotRevPerDay2: try number("MEAN_MOTION_DOT", default: 0),
            meanMotionDDotRevPerDay3: try number("MEAN_MOTION_DDOT", default: 0),
            bstar: try number("BSTAR"),
            ephemerisType: try integer("EPHEMERIS_TYPE", default: 0),
            elementSetNumber: try integer("ELEMENT_SET_NO", default: 0),
            inclinationDeg: try number("INCLINATION"), rightAscensionDeg: try number("RA_OF_ASC_NODE"),
            eccentricity: eccentricity, argumentOfPerigeeDeg: try number("ARG_OF_PERICENTER"),
            meanAnomalyDeg: try number("MEAN_ANOMALY"), meanMotionRevPerDay: meanMotion,
            revolutionNumberAtEpoch: try integer("REV_AT_EPOCH", default: 0))
    }

    /// Parses "YYYY-MM-DDTHH:MM:SS[.ffffff][Z]" (UTC).
    public static func parseEpoch(_ text: String) -> JulianDate? {
        var scalars = Array(text.trimmingSpaces.unicodeScalars)
        if scalars.last == "Z" { scalars.removeLast() }
        guard scalars.count >= 19, scalars[4] == "-", scalars[7] == "-", scalars[10] == "T" || scalars[10] == " ",
              scalars[13] == ":", scalars[16] == ":" else { return nil }
        func int(_ range: Range<Int>) -> Int? {
            guard scalars[range].allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) else { return nil }
            return Int(String(String.UnicodeScalarView(scalars[range])))
        }
        let secondsText = String(String.UnicodeScalarView(scalars[17...]))
        guard let year = int(0..<4), let month = int(5..<7), let day = int(8..<10), let hour = int(11..<13),
              let minute = int(14..<16), secondsText.allSatisfy({ $0.isNumber || $0 == "." }),
              let second = Double(secondsText),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        return JulianDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    private static func jsonProblem(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        if case DecodingError.typeMismatch(_, let context) = error { return context.debugDescription }
        return String(describing: error)
    }
}

/// A JSON scalar of an OMM object.
enum OMMValue: Decodable, Hashable {
    case number(Double)
    case string(String)
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }
}
