/// A column the fleet table can be sorted by.
public enum RowSortKey: Sendable, Hashable, CaseIterable {
    case index, latitude, longitude, altitude, battery, acceleratorTemp, radiatorTemp
    case utilization, mode, seu, netPower, links
    /// Identity keys: orbit group (shell) index, 0-based plane and slot.
    case shell, plane, slot

    /// The frame column the key orders by (nil: fleet order).
    public var column: FrameColumn? {
        switch self {
        case .index: nil
        case .latitude: .latitude
        case .longitude: .longitude
        case .altitude: .altitude
        case .battery: .batterySOC
        case .acceleratorTemp: .acceleratorTemp
        case .radiatorTemp: .radiatorTemp
        case .utilization: .utilization
        case .mode: .mode
        case .seu: .seuTotal
        case .netPower: .netPower
        case .links: .linksUp
        case .shell, .plane, .slot: nil
        }
    }
}

/// How the console wants the table ordered: rows then come in this order, and
/// `ViewRequest.firstRow` counts positions in it. Ties keep fleet order and NaN
/// (no value, e.g. a FAILED satellite) sorts last in either direction, so the order
/// is total and the same for every run.
public struct RowSort: Sendable, Hashable {
    public var key: RowSortKey
    public var descending: Bool

    public init(key: RowSortKey, descending: Bool = false) {
        self.key = key
        self.descending = descending
    }

    /// A 64-bit key whose unsigned order is this sort's order of `value` (NaN last,
    /// −0 equal to +0); ties are then broken by fleet index.
    @inline(__always)
    static func orderKey(_ value: Double, descending: Bool) -> UInt64 {
        guard !value.isNaN else { return .max }
        let bits = (value + 0.0).bitPattern
        let ascending = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
        return descending ? ~ascending : ascending
    }
}

extension EngineFrame {
    /// Fleet indices in `sort` order by a full comparison sort: the brute-force reference.
    public func rowOrder(_ sort: RowSort) -> [Int] {
        if sort.key == .index {
            return sort.descending ? Array((0..<count).reversed()) : Array(0..<count)
        }
        return (0..<count).sorted { a, b in
            let ka = RowSort.orderKey(sortValue(sort.key, a), descending: sort.descending)
            let kb = RowSort.orderKey(sortValue(sort.key, b), descending: sort.descending)
            return ka != kb ? ka < kb : a < b
        }
    }
}

extension EngineFrame {
    /// The value satellite `i` is ordered by under `key`: a frame column, an identity
    /// number (shell index, plane, slot) or, for `.index`, the fleet index.
    @inline(__always)
    func sortValue(_ key: RowSortKey, _ i: Int) -> Double {
        switch key {
        case .index: Double(i)
        case .shell: Double(identity.shellIndex[i])
        case .plane: Double(identity.plane[i])
        case .slot: Double(identity.slot[i])
        default: key.column.map { columns.value($0, i) } ?? Double(i)
        }
    }
}
