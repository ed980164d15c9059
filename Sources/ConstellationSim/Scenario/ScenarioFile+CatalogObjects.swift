import Foundation
internal import Yams

extension ScenarioFile {
    /// `catalog:` — TLE (2- or 3-line) or OMM JSON files of objects that are not ours,
    /// relative to the scenario file's directory. Every element set must parse.
    static func catalogObjects(_ top: ScenarioFileReader, directory: URL?) throws(ScenarioFileError) -> [CatalogObjectFile] {
        var result: [CatalogObjectFile] = []
        for (i, node) in try top.sequence("catalog", what: "catalog files").enumerated() {
            guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
                throw ScenarioFileReader.error(top.source, node.mark, "catalog[\(i)]",
                                               "\(ScenarioFileReader.describe(node)) is not a path "
                                               + "(a TLE or OMM JSON file, relative to the scenario file)")
            }
            let file = scalar.string
            let url = file.hasPrefix("/") || directory == nil
                ? URL(fileURLWithPath: file) : URL(fileURLWithPath: file, relativeTo: directory)
            do {
                result.append(try CatalogObjectFile.read(path: url.path, label: file))
            } catch {
                throw ScenarioFileReader.error(top.source, node.mark, "catalog[\(i)]", error.message)
            }
        }
        return result
    }
}

extension CatalogObjectFile {
    /// Reads a TLE or OMM JSON file of catalog objects; `label` names it in messages.
    /// Throws for an unreadable file, a file without element sets, or the first element
    /// set that does not parse.
    public static func read(path: String, label: String? = nil) throws(CatalogFile.ReadError) -> CatalogObjectFile {
        let name = label ?? path
        let file = try CatalogFile.read(path: path, label: name)
        if let first = file.errors.first { throw CatalogFile.ReadError(message: "\(first)") }
        return CatalogObjectFile(name: name, elementSets: file.elementSets)
    }

    /// Parses the text of a TLE or OMM JSON file (a recipe's recorded copy).
    public static func parse(_ text: String, name: String) throws(CatalogFile.ReadError) -> CatalogObjectFile {
        let parsed = ElementFileFormat.parse(text, source: name)
        if let first = parsed.errors.first { throw CatalogFile.ReadError(message: "\(first)") }
        guard !parsed.elementSets.isEmpty else { throw CatalogFile.ReadError(message: "\(name): no element sets in the file") }
        return CatalogObjectFile(name: name, elementSets: parsed.elementSets)
    }
}
