/// The fleet table's filter as the engine understands it: conditions that must all
/// hold (AND), with values in engine units (°C, km, fractions 0…1). The console owns
/// the grammar that produces it and converts its percentages at the edge.
public struct FleetFilter: Sendable, Hashable {
    /// How a numeric condition compares.
    public enum Comparison: Sendable, Hashable {
        case less, greater
    }

    /// One condition.
    public enum Condition: Sendable, Hashable {
        /// `column` compared with `value` (engine units; NaN never passes).
        case compare(FrameColumn, Comparison, Double)
        /// The satellite is in this mode.
        case mode(OperatingMode)
        /// The satellite's orbit group is named this (case-insensitive).
        case group(String)
        /// Case-insensitive substring of the satellite id or its group name.
        case text(String)
    }

    public var conditions: [Condition]

    public init(_ conditions: [Condition]) {
        self.conditions = conditions
    }

    /// Whether the filter reads only identity (ids and groups), never a dynamic column:
    /// its matches then hold for every frame of a run.
    public var isStatic: Bool {
        conditions.allSatisfy {
            switch $0 {
            case .group, .text: true
            case .compare, .mode: false
            }
        }
    }

    /// The conditions on identity only (text and group), lowercased.
    var identityConditions: [Condition] {
        conditions.compactMap {
            switch $0 {
            case .group(let name): .group(name.lowercased())
            case .text(let text): .text(text.lowercased())
            case .compare, .mode: nil
            }
        }
    }

    /// Whether satellite `i` of `frame` passes the conditions on dynamic columns.
    @inline(__always)
    func passesColumns(_ frame: EngineFrame, _ i: Int) -> Bool {
        for condition in conditions {
            switch condition {
            case .compare(let column, .less, let limit):
                if !(frame.columns.value(column, i) < limit) { return false }
            case .compare(let column, .greater, let limit):
                if !(frame.columns.value(column, i) > limit) { return false }
            case .mode(let mode):
                if frame.columns.mode[i] != mode { return false }
            case .group, .text:
                continue
            }
        }
        return true
    }

    /// Whether satellite `i` passes the identity conditions (`lowered` from
    /// `identityConditions`; `lowerGroups` the group names lowercased).
    static func passesIdentity(_ lowered: [Condition], _ identity: FleetIdentity, lowerGroups: [String],
                               _ i: Int) -> Bool {
        let group = lowerGroups[Int(identity.shellIndex[i])]
        for condition in lowered {
            switch condition {
            case .group(let name):
                if group != name { return false }
            case .text(let text):
                if !group.contains(text) && !identity.ids[i].lowercased().contains(text) { return false }
            case .compare, .mode:
                continue
            }
        }
        return true
    }
}

extension EngineFrame {
    /// Fleet indices passing `filter`, in fleet order (the brute-force reference; the
    /// query service caches the identity part).
    public func matches(_ filter: FleetFilter) -> [Int] {
        let lowered = filter.identityConditions
        let groups = identity.groupNames.map { $0.lowercased() }
        return (0..<count).filter {
            filter.passesColumns(self, $0) && FleetFilter.passesIdentity(lowered, identity, lowerGroups: groups, $0)
        }
    }

    /// The fleet index of the satellite whose id is `id` (case-insensitive), if any.
    public func index(ofID id: String) -> Int? {
        let wanted = id.lowercased()
        return identity.ids.firstIndex { $0.lowercased() == wanted }
    }

    /// The satellite `id` names: its exact id (case-insensitive), else the satellites
    /// whose id after the shell prefix (`sso-650/`) is `id` — one of them is the answer,
    /// several are candidates for the operator to pick from.
    public func lookup(_ id: String) -> SatelliteLookup {
        if let exact = index(ofID: id) { return SatelliteLookup(id: id, index: exact) }
        let suffix = "/" + id.lowercased()
        var found: [SatelliteCandidate] = []
        for (i, candidate) in identity.ids.enumerated() where candidate.lowercased().hasSuffix(suffix) {
            found.append(SatelliteCandidate(id: candidate, index: i))
        }
        if found.count == 1 { return SatelliteLookup(id: id, index: found[0].index) }
        return SatelliteLookup(id: id, index: nil, candidates: found)
    }
}
