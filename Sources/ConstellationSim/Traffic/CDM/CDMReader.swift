import Foundation

/// A problem in a CDM: the line (1-based, when known) and what was wrong.
public struct CDMError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int?
    public var message: String

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}

/// Reads a CDM in KVN (`KEY = value [unit]` lines, COMMENT lines ignored), versions 1.0
/// and 2.0. Requires TCA, and for both objects REF_FRAME (EME2000, GCRF or ITRF), X…Z_DOT
/// (km, km/s) and the six RTN position covariance terms CR_R…CN_N (m²).
public enum CDMReader {
    public static func read(_ text: String) throws(CDMError) -> ConjunctionDataMessage {
        var header: [String: (String, Int)] = [:]
        var objects: [[String: (String, Int)]] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("COMMENT") { continue }
            guard let eq = line.firstIndex(of: "=") else {
                throw CDMError(line: index + 1, message: "'\(line)' is not KEY = value")
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if let bracket = value.firstIndex(of: "[") { value = value[..<bracket].trimmingCharacters(in: .whitespaces) }
            if key == "OBJECT" {
                objects.append([:])
                continue
            }
            if objects.isEmpty { header[key] = (value, index + 1) } else { objects[objects.count - 1][key] = (value, index + 1) }
        }
        guard let (version, versionLine) = header["CCSDS_CDM_VERS"] else {
            throw CDMError(line: nil, message: "no CCSDS_CDM_VERS: not a CDM in KVN")
        }
        guard version.hasPrefix("1.") || version.hasPrefix("2.") else {
            throw CDMError(line: versionLine, message: "CCSDS_CDM_VERS \(version) is not supported (1.0 or 2.0)")
        }
        guard let (tcaText, tcaLine) = header["TCA"] else { throw CDMError(line: nil, message: "no TCA") }
        guard let tca = OMMParser.parseEpoch(tcaText) else {
            throw CDMError(line: tcaLine, message: "TCA '\(tcaText)' is not YYYY-MM-DDThh:mm:ss[.d]")
        }
        guard objects.count == 2 else { throw CDMError(line: nil, message: "\(objects.count) OBJECT sections (2 expected)") }
        var hbr: Double?
        if let (text, line) = header["HBR"] {
            guard let v = Double(text), v > 0 else { throw CDMError(line: line, message: "HBR '\(text)' is not a positive number") }
            hbr = v
        }
        return ConjunctionDataMessage(version: version, messageID: header["MESSAGE_ID"]?.0 ?? "",
                                      tca: tca, hardBodyRadiusM: hbr,
                                      object1: try object(objects[0], number: 1), object2: try object(objects[1], number: 2))
    }

    private static func object(_ keys: [String: (String, Int)], number: Int) throws(CDMError) -> ConjunctionDataMessage.Object {
        func value(_ key: String) throws(CDMError) -> Double {
            guard let (text, line) = keys[key] else { throw CDMError(line: nil, message: "OBJECT\(number) has no \(key)") }
            guard let v = Double(text), v.isFinite else { throw CDMError(line: line, message: "\(key) '\(text)' is not a number") }
            return v
        }
        guard let (frameText, frameLine) = keys["REF_FRAME"] else { throw CDMError(line: nil, message: "OBJECT\(number) has no REF_FRAME") }
        let frame: ConjunctionDataMessage.Frame
        switch frameText.uppercased() {
        case "EME2000", "J2000": frame = .eme2000
        case "GCRF": frame = .gcrf
        case let f where f.hasPrefix("ITRF"): frame = .itrf
        default: throw CDMError(line: frameLine, message: "REF_FRAME \(frameText) is not supported (EME2000, GCRF or ITRF)")
        }
        let covariance = Matrix3(lower: try value("CR_R"), try value("CT_R"), try value("CT_T"),
                                 try value("CN_R"), try value("CN_T"), try value("CN_N"))
        return ConjunctionDataMessage.Object(
            designator: keys["OBJECT_DESIGNATOR"]?.0 ?? "", name: keys["OBJECT_NAME"]?.0 ?? "", frame: frame,
            positionKm: SIMD3(try value("X"), try value("Y"), try value("Z")),
            velocityKmPerS: SIMD3(try value("X_DOT"), try value("Y_DOT"), try value("Z_DOT")),
            rtnCovarianceM2: covariance)
    }
}
