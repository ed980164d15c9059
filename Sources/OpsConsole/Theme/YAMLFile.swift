import Foundation
import ConstellationSim
import Yams

/// An error in a user file (theme or config), naming the file, the line and the key.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    public var key: String?
    public var message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return key.map { "\(place): key '\($0)': \(message)" } ?? "\(place): \(message)"
    }
}

/// Reading the top-level mapping of a YAML file with the line of every key.
enum YAMLFile {
    /// The file's top-level mapping as (key, line, value) in file order.
    static func mapping(_ text: String, file: String) throws(FileError) -> [(key: String, line: Int, value: Node)] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            let key = duplicates.first ?? ""
            throw FileError(file: file, line: secondLine(of: key, in: text) ?? context.mark.line, key: key,
                            message: "duplicate key: give each key once")
        } catch YamlError.scanner(_, let problem, let mark, _), YamlError.parser(_, let problem, let mark, _),
                YamlError.composer(_, let problem, let mark, _) {
            throw FileError(file: file, line: mark.line, key: nil, message: "not valid YAML: \(problem)")
        } catch {
            let detail = String(describing: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            throw FileError(file: file, line: nil, key: nil, message: "not valid YAML: \(detail)")
        }
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            throw FileError(file: file, line: node.mark?.line, key: nil, message: "expected a mapping of keys to values")
        }
        return mapping.map { (key: $0.key.string ?? "\($0.key)", line: $0.key.mark?.line ?? 0, value: $0.value) }
    }

    /// The 1-based line of the second `key:` in `text` (where a duplicate key is), if any.
    static func secondLine(of key: String, in text: String) -> Int? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let body = line.drop { $0 == " " || $0 == "\t" || $0 == "-" }
            if body.hasPrefix(key + ":") || body.hasPrefix("\"\(key)\":") || body.hasPrefix("'\(key)':") {
                seen += 1
                if seen == 2 { return index + 1 }
            }
        }
        return nil
    }

    /// Reads a user file as UTF-8 text; a missing file or one that is not UTF-8 is an
    /// error naming the file (and the place of the first bad byte).
    static func text(path: String, what: String) throws(FileError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(file: path, line: nil, key: nil, message: "cannot read the \(what)")
        }
        switch UTF8Text.decode(data) {
        case .success(let text): return text
        case .failure(let bad): throw FileError(file: path, line: bad.line, key: nil, message: bad.description)
        }
    }

    /// The scalar text of `node`, or an error that says what was expected.
    static func scalar(_ node: Node, key: String, line: Int, file: String, expected: String) throws(FileError) -> String {
        guard let text = node.scalar?.string, !text.isEmpty, node.tag.description != "tag:yaml.org,2002:null" else {
            throw FileError(file: file, line: node.mark?.line ?? line, key: key, message: "missing value: expected \(expected)")
        }
        return text
    }
}
