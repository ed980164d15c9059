import Crypto
import Foundation

/// Everything needed to rebuild the scenario a run flew, as written into its journal:
/// the scenario YAML exactly as flown (a built-in's text or the file's), where it came
/// from, the seed, whether the scenario's scripted operator actions ran, and an extra
/// element-set catalog added on the command line. `scenario()` builds the `Scenario`
/// from these alone, so the live run and its replay parse the same text the same way.
///
/// Catalog files that the YAML itself names are read from disk, relative to `source`
/// (their content is not recorded).
public struct ScenarioRecipe: Sendable, Hashable {
    /// The scenario YAML, verbatim.
    public var yaml: String
    /// `built-in NAME`, or the path of the file the YAML was read from.
    public var source: String
    /// The seed flown (the scenario's own, or an override).
    public var seed: UInt64?
    /// Whether the scenario's scripted operator actions ran (the console clears them).
    public var runsOperatorScript: Bool
    /// An element-set catalog added to the scenario (`--tle`): its name and full text.
    public var extraCatalog: ExtraCatalog?
    /// Catalog-object files (not ours) added on the command line (`--catalog`): name and
    /// full text of each, so a replay flies the same objects even if the files change.
    public var catalogObjectFiles: [RecordedCatalogObjectFile] = []

    /// The recorded text of one catalog-object file.
    public struct RecordedCatalogObjectFile: Sendable, Hashable, Codable {
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// A TLE or OMM JSON file flown in addition to the scenario's satellites.
    public struct ExtraCatalog: Sendable, Hashable {
        public var name: String
        public var text: String
        /// The spacecraft class its satellites fly.
        public var spacecraft: String

        public init(name: String, text: String, spacecraft: String) {
            self.name = name
            self.text = text
            self.spacecraft = spacecraft
        }
    }

    public init(yaml: String, source: String, seed: UInt64? = nil, runsOperatorScript: Bool = true,
                extraCatalog: ExtraCatalog? = nil) {
        self.yaml = yaml
        self.source = source
        self.seed = seed
        self.runsOperatorScript = runsOperatorScript
        self.extraCatalog = extraCatalog
    }

    /// The recipe of the built-in `name`, or nil when there is none.
    public static func builtIn(_ name: String) -> ScenarioRecipe? {
        BuiltInScenarios.yaml(named: name).map { ScenarioRecipe(yaml: $0, source: builtInPrefix + name) }
    }

    static let builtInPrefix = "built-in "

    /// SHA-256 of `yaml` (its UTF-8 bytes), 64 lowercase hex digits.
    public var sha256: String { Self.sha256Hex(Data(yaml.utf8)) }

    /// The scenario these ingredients give. Throws the scenario file's error for YAML
    /// that does not parse (a file edited since, or a recipe from a newer program).
    public func scenario() throws(ScenarioFileError) -> Scenario {
        let directory: URL? = source.hasPrefix(Self.builtInPrefix)
            ? nil : URL(fileURLWithPath: source).deletingLastPathComponent()
        var scenario = try ScenarioFile.parse(yaml, source: source, directory: directory)
        if let seed { scenario.seed = seed }
        if !runsOperatorScript { scenario.operatorScript = OperatorScript() }
        if let extra = extraCatalog {
            let parsed = ElementFileFormat.parse(extra.text, source: extra.name)
            scenario.catalogs.append(CatalogFleet(name: extra.name, spacecraft: extra.spacecraft,
                                                  elementSets: parsed.elementSets))
        }
        for file in catalogObjectFiles {
            do {
                scenario.catalogObjects.append(try CatalogObjectFile.parse(file.text, name: file.name))
            } catch {
                throw ScenarioFileError(file: file.name, keyPath: "", message: error.message)
            }
        }
        return scenario
    }

    /// `catalogObjectFiles` as the JSON the journal stores (nil when there are none).
    public var catalogObjectFilesJSON: String? {
        guard !catalogObjectFiles.isEmpty, let data = try? JSONEncoder().encode(catalogObjectFiles) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The files of `catalogObjectFilesJSON`; nil for text that is not such JSON.
    public static func catalogObjectFiles(json: String) -> [RecordedCatalogObjectFile]? {
        try? JSONDecoder().decode([RecordedCatalogObjectFile].self, from: Data(json.utf8))
    }

    /// SHA-256 (FIPS 180-4) of `data`, lowercase hex.
    static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
