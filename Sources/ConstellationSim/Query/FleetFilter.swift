/// The fleet table's filter: words separated by spaces, all of which must hold (AND).
/// A word is a condition `temp>80` (accelerator °C), `soc<30` (battery %), `util<0.5`
/// (0…1), `alt>600` (km), `mode=SAFE` (a mode name or its prefix), `shell=sso-650`,
/// or plain text matched as a case-insensitive substring of the id or shell name.
public struct FleetFilter: Sendable, Hashable {
    /// A quantity a condition compares.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case temp, soc, util, alt, mode, shell
    }

    /// One word of the filter.
    public enum Condition: Sendable, Hashable {
        case less(Field, Double)
        case greater(Field, Double)
        case mode(OperatingMode)
        case shell(String)
        case text(String)
    }

    /// The text as typed.
    public var text: String
    public var conditions: [Condition]

    /// The forms a filter word may take, for error messages.
    public static let acceptedForms = "text, temp>80, soc<30, util<0.5, alt>600, mode=SAFE, shell=NAME"

    /// Parses `text`; throws a message naming the bad word and the accepted forms.
    public init(parsing text: String) throws(FleetFilterError) {
        self.text = text
        conditions = []
        for word in text.split(separator: " ") {
            conditions.append(try Self.condition(String(word)))
        }
    }

    private static func condition(_ word: String) throws(FleetFilterError) -> Condition {
        guard let opIndex = word.firstIndex(where: { "<>=".contains($0) }) else {
            return .text(word.lowercased())
        }
        let name = word[..<opIndex].lowercased()
        let op = word[opIndex]
        let value = String(word[word.index(after: opIndex)...])
        guard let field = Field(rawValue: name) else { throw FleetFilterError(word: word) }
        switch (field, op) {
        case (.mode, "="):
            let upper = value.uppercased()
            guard !upper.isEmpty, let mode = OperatingMode.allCases.first(where: {
                String(describing: $0).uppercased().hasPrefix(upper)
            }) else { throw FleetFilterError(word: word) }
            return .mode(mode)
        case (.shell, "="):
            guard !value.isEmpty else { throw FleetFilterError(word: word) }
            return .shell(value.lowercased())
        case (.temp, _), (.soc, _), (.util, _), (.alt, _):
            guard let number = Double(value), number.isFinite else { throw FleetFilterError(word: word) }
            switch op {
            case "<": return .less(field, number)
            case ">": return .greater(field, number)
            default: throw FleetFilterError(word: word)
            }
        default:
            throw FleetFilterError(word: word)
        }
    }
}

/// A filter word the parser does not accept.
public struct FleetFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    public var word: String
    public var description: String { "bad filter '\(word)'; use \(FleetFilter.acceptedForms)" }
}

extension Simulation {
    /// Whether satellite `index` passes every condition of `filter`.
    public func matches(_ filter: FleetFilter, satellite index: Int) -> Bool {
        for condition in filter.conditions {
            switch condition {
            case .less(let field, let limit): if !(value(field, index) < limit) { return false }
            case .greater(let field, let limit): if !(value(field, index) > limit) { return false }
            case .mode(let mode): if states.mode[index] != mode { return false }
            case .shell(let name):
                if fleet.groupNames[Int(fleet.shellIndex[index])].lowercased() != name { return false }
            case .text(let text):
                let shell = fleet.groupNames[Int(fleet.shellIndex[index])]
                if !fleet.ids[index].lowercased().contains(text) && !shell.lowercased().contains(text) { return false }
            }
        }
        return true
    }

    private func value(_ field: FleetFilter.Field, _ index: Int) -> Double {
        switch field {
        case .temp: return states.tempAccelC[index]
        case .soc: return states.batterySOC[index] * 100
        case .util: return states.utilization[index]
        case .alt: return fleet.altitudeKm[index]
        case .mode, .shell: return .nan
        }
    }

    /// Fleet indices passing `filter`, in `order` (fleet order when nil).
    public func filtered(_ filter: FleetFilter, order: [Int]? = nil) -> [Int] {
        (order ?? Array(0..<fleet.count)).filter { matches(filter, satellite: $0) }
    }

    /// The fleet index of the satellite whose id is `id` (case-insensitive), if any.
    public func index(ofID id: String) -> Int? {
        let wanted = id.lowercased()
        return fleet.ids.firstIndex { $0.lowercased() == wanted }
    }
}
