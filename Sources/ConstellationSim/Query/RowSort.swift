/// A column the fleet table can be sorted by.
public enum RowSortKey: String, Sendable, Hashable, CaseIterable {
    case index, latitude, longitude, altitude

    /// The short name shown in the footer.
    public var label: String {
        switch self {
        case .index: return "fleet order"
        case .latitude: return "lat"
        case .longitude: return "lon"
        case .altitude: return "alt"
        }
    }
}

/// How the console wants the table ordered: rows then come in this order, and
/// `ViewRequest.firstRow` counts positions in it.
public struct RowSort: Sendable, Hashable {
    public var key: RowSortKey
    public var descending: Bool

    public init(key: RowSortKey, descending: Bool = false) {
        self.key = key
        self.descending = descending
    }
}

extension Simulation {
    /// Fleet indices in `sort` order; ties keep fleet order, so the order is total
    /// and the same for every run.
    public func rowOrder(_ sort: RowSort) -> [Int] {
        let values: [Double]
        switch sort.key {
        case .index: return sort.descending ? Array((0..<fleet.count).reversed()) : Array(0..<fleet.count)
        case .latitude: values = fleet.latitudeDeg
        case .longitude: values = fleet.longitudeDeg
        case .altitude: values = fleet.altitudeKm
        }
        return (0..<fleet.count).sorted { a, b in
            if values[a] != values[b] { return sort.descending ? values[a] > values[b] : values[a] < values[b] }
            return a < b
        }
    }

    /// The table window of `view` in its requested order (nil: fleet order).
    func orderedRows(_ view: ViewRequest) -> (first: Int, rows: [SatelliteRow])? {
        guard let sort = view.sort, sort != RowSort(key: .index) else { return nil }
        let order = rowOrder(sort)
        let first = min(max(0, view.firstRow), max(0, order.count - 1))
        let last = min(order.count, first + max(0, view.rowCount))
        return (first, order[first..<last].map(row))
    }
}
