internal import Yams

/// Reads one YAML mapping of a scenario file: refuses keys it does not know (naming
/// the nearest known one), and converts values with errors that carry the file, the
/// line and column, the key path and what would be accepted.
final class ScenarioFileReader {
    let source: String
    let path: String
    let mark: Mark?
    private let entries: [(key: String, keyNode: Node, value: Node)]
    private let known: [String]

    /// Wraps `node`, which must be a mapping whose keys are all in `keys`.
    init(_ node: Node, source: String, path: String, what: String, keys: [String]) throws(ScenarioFileError) {
        self.source = source
        self.path = path
        self.mark = node.mark
        self.known = keys
        guard case .mapping(let mapping) = node else {
            throw Self.error(source, node.mark, path, "expected \(what) (a mapping of key: value), got \(Self.describe(node))")
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                throw Self.error(source, keyNode.mark, path, "keys must be plain words, got \(Self.describe(keyNode))")
            }
            entries.append((scalar.string, keyNode, value))
        }
        self.entries = entries
        guard !keys.isEmpty else { return }
        for entry in entries where !keys.contains(entry.key) {
            throw Self.error(source, entry.keyNode.mark, Self.join(path, entry.key),
                             "unknown key" + Self.suggestion(for: entry.key, among: keys))
        }
    }

    /// Every key in file order with its value (for mappings keyed by user names).
    var pairs: [(key: String, keyMark: Mark?, value: Node)] { entries.map { ($0.key, $0.keyNode.mark, $0.value) } }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    func node(_ key: String) -> Node? {
        precondition(known.isEmpty || known.contains(key), "reader asked for undeclared key \(key)")
        return entries.first { $0.key == key }?.value
    }

    func keyPath(_ key: String) -> String { Self.join(path, key) }

    /// An error about `key` (at its value), or about this mapping when `key` is nil.
    func error(_ key: String?, _ message: String) -> ScenarioFileError {
        guard let key else { return Self.error(source, mark, path, message) }
        return Self.error(source, node(key)?.mark ?? mark, keyPath(key), message)
    }

    // MARK: typed values

    /// A number in `unit` (e.g. "kilometres"), or nil when absent.
    func optionalDouble(_ key: String, unit: String, example: String, range: ValueRange = .any) throws(ScenarioFileError) -> Double? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain || scalar.style == .any,
              let number = Self.number(scalar.string) else {
            throw error(key, "\(Self.describe(value)) is not a number (\(unit), e.g. \(example))")
        }
        if let problem = range.problem(number) { throw error(key, "\(Self.format(number)) \(problem)") }
        return number
    }

    func double(_ key: String, unit: String, default fallback: Double, range: ValueRange = .any) throws(ScenarioFileError) -> Double {
        try optionalDouble(key, unit: unit, example: Self.format(fallback), range: range) ?? fallback
    }

    func requiredDouble(_ key: String, unit: String, example: String, range: ValueRange = .any) throws(ScenarioFileError) -> Double {
        guard let number = try optionalDouble(key, unit: unit, example: example, range: range) else {
            throw error(nil, "missing key '\(key)' (\(unit), e.g. \(example))")
        }
        return number
    }

    /// A whole number, or nil when absent.
    func optionalInt(_ key: String, what: String, example: String, minimum: Int? = nil) throws(ScenarioFileError) -> Int? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain || scalar.style == .any,
              let number = Int(scalar.string.replacingOccurrences(of: "_", with: "")) else {
            throw error(key, "\(Self.describe(value)) is not a whole number (\(what), e.g. \(example))")
        }
        if let minimum, number < minimum { throw error(key, "\(number) must be ≥ \(minimum) (\(what))") }
        return number
    }

    func int(_ key: String, what: String, default fallback: Int, minimum: Int? = nil) throws(ScenarioFileError) -> Int {
        try optionalInt(key, what: what, example: String(fallback), minimum: minimum) ?? fallback
    }

    func requiredInt(_ key: String, what: String, example: String, minimum: Int? = nil) throws(ScenarioFileError) -> Int {
        guard let number = try optionalInt(key, what: what, example: example, minimum: minimum) else {
            throw error(nil, "missing key '\(key)' (\(what), e.g. \(example))")
        }
        return number
    }

    func optionalBool(_ key: String) throws(ScenarioFileError) -> Bool? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain || scalar.style == .any,
              let flag = ["true": true, "false": false][scalar.string] else {
            throw error(key, "\(Self.describe(value)) is not true or false")
        }
        return flag
    }

    func bool(_ key: String, default fallback: Bool) throws(ScenarioFileError) -> Bool {
        try optionalBool(key) ?? fallback
    }

    /// Any scalar as text (numbers included: a name may be `550`), or nil when absent.
    func optionalString(_ key: String, what: String) throws(ScenarioFileError) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else { throw error(key, "expected \(what), got \(Self.describe(value))") }
        return scalar.string
    }

    /// One of `choices` (spelled as in the file).
    func choice<T>(_ key: String, _ choices: [(String, T)], default fallback: T) throws(ScenarioFileError) -> T {
        let accepted = choices.map(\.0).joined(separator: ", ")
        guard let text = try optionalString(key, what: "one of \(accepted)") else { return fallback }
        guard let match = choices.first(where: { $0.0 == text }) else {
            throw error(key, "\(Self.quote(text)) is not one of \(accepted)"
                             + Self.suggestion(for: text, among: choices.map(\.0), listIfFar: false))
        }
        return match.1
    }

    /// A duration like `24h` or `+30m` (see `DurationText`), seconds.
    func optionalDuration(_ key: String) throws(ScenarioFileError) -> Double? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value, let seconds = DurationText.seconds(scalar.string) else {
            throw error(key, "\(Self.describe(value)) is not a duration (\(DurationText.accepted))")
        }
        return seconds
    }

    /// The mapping or sequence under `key` as a node, checked for its kind.
    func sequence(_ key: String, what: String) throws(ScenarioFileError) -> [Node] {
        guard let value = node(key) else { return [] }
        if value.null != nil { return [] }
        guard case .sequence(let items) = value else {
            throw error(key, "expected a list of \(what) (lines starting with '- '), got \(Self.describe(value))")
        }
        return Array(items)
    }

    // MARK: helpers

    static func error(_ source: String, _ mark: Mark?, _ path: String, _ message: String) -> ScenarioFileError {
        ScenarioFileError(file: source, line: mark?.line, column: mark?.column, keyPath: path, message: message)
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// A YAML number: digits with optional `_` separators, sign, decimals and exponent.
    static func number(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "_", with: "")
        guard let first = cleaned.first, first.isNumber || first == "-" || first == "+" || first == "." else { return nil }
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// `550`, `0.3`, `1e-07`: a number as a user would write it.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return abs(value) >= 1e15 ? String(format: "%g", value) : String(value)
    }

    static func quote(_ text: String) -> String { "\"\(text)\"" }

    /// How a node looks in a message: a scalar quoted, else its kind.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : quote(scalar.string)
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// ` (did you mean 'x'?)` for the nearest candidate within a few edits, else the list.
    static func suggestion(for word: String, among candidates: [String], listIfFar: Bool = true) -> String {
        let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) {
            return " (did you mean '\(best.0)'?)"
        }
        return listIfFar ? "; known: \(candidates.joined(separator: ", "))" : ""
    }

    /// Levenshtein distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// The values a number key accepts.
enum ValueRange {
    case any
    case positive
    case nonNegative
    /// 0…1.
    case fraction
    /// (0, 1]: efficiencies.
    case efficiency
    /// [0, 1): floors and yearly losses.
    case belowOne
    case closed(Double, Double)

    func problem(_ value: Double) -> String? {
        switch self {
        case .any: nil
        case .positive: value > 0 ? nil : "must be > 0"
        case .nonNegative: value >= 0 ? nil : "must be ≥ 0"
        case .fraction: (0...1).contains(value) ? nil : "is outside 0…1 (a fraction, e.g. 0.9)"
        case .efficiency: value > 0 && value <= 1 ? nil : "is not an efficiency: use a fraction above 0 and at most 1 (e.g. 0.95)"
        case .belowOne: value >= 0 && value < 1 ? nil : "is outside 0…1: use a fraction ≥ 0 and below 1 (e.g. 0.2)"
        case .closed(let low, let high):
            (low...high).contains(value) ? nil : "is outside \(ScenarioFileReader.format(low))…\(ScenarioFileReader.format(high))"
        }
    }
}
