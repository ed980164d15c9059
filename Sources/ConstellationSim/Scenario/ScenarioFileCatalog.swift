import Foundation

/// A TLE or OMM JSON file read from disk, format detected from its content.
public struct CatalogFile: Sendable {
    /// The element sets that parsed, in file order.
    public var elementSets: [ElementSet]
    /// One error per bad element set (`sats.tle:14: column 19-32 (epoch): …`), in file order.
    public var errors: [ElementSetError]

    /// A file that could not be read at all.
    public struct ReadError: Error, Sendable, Hashable {
        public var message: String
    }

    /// Reads and parses the file at `path`; `label` names it in messages (default: `path`).
    public static func read(path: String, label: String? = nil) throws(ReadError) -> CatalogFile {
        let name = label ?? path
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw ReadError(message: "cannot read \(name) (\(ScenarioFile.reason(error)))")
        }
        let parsed = ElementFileFormat.parse(text, source: name)
        if parsed.elementSets.isEmpty, parsed.errors.isEmpty {
            throw ReadError(message: "\(name): no element sets in the file")
        }
        return CatalogFile(elementSets: parsed.elementSets, errors: parsed.errors)
    }

    /// A fleet flying these element sets with class `spacecraft`.
    public func fleet(name: String, spacecraft: String) -> CatalogFleet {
        CatalogFleet(name: name, spacecraft: spacecraft, elementSets: elementSets)
    }
}
