import ConstellationSim

/// A column of the fleet table. The raw value is its name in the config file's
/// `columns:` list and in the column chooser.
///
/// Every column sorts (`sortKey`): `o` cycles the shown columns, the title of the
/// sorted one carries `▲` (ascending) or `▼` (descending). Values with alarm limits
/// (battery, temperatures, links, mode) are coloured by the class's `LimitSet`.
public enum TableColumn: String, Sendable, Hashable, CaseIterable {
    case id, mode, battery = "batt", netPower = "net", acceleratorTemp = "acc", radiatorTemp = "rad"
    case utilization = "util", seu, links = "lnk", latitude = "lat", longitude = "lon", altitude = "alt"
    case plane, slot, shell

    /// The columns shown when the config names none, in order (and in the order they
    /// are dropped from the end when the terminal is too narrow for all of them).
    public static let standard: [TableColumn] = allCases

    public var title: String {
        switch self {
        case .id: "SATELLITE"
        case .mode: "MODE"
        case .battery: "BATT %"
        case .netPower: "NET W"
        case .acceleratorTemp: "ACC °C"
        case .radiatorTemp: "RAD °C"
        case .utilization: "UTIL %"
        case .seu: "SEU"
        case .links: "LNK"
        case .latitude: "LAT °"
        case .longitude: "LON °"
        case .altitude: "ALT km"
        case .plane: "PLANE"
        case .slot: "SLOT"
        case .shell: "SHELL"
        }
    }

    /// What the chooser says the column shows.
    public var summary: String {
        switch self {
        case .id: "satellite id (always shown)"
        case .mode: "operating mode"
        case .battery: "battery state of charge, %"
        case .netPower: "battery power, W (+ charging)"
        case .acceleratorTemp: "accelerator temperature, °C"
        case .radiatorTemp: "radiator temperature, °C"
        case .utilization: "accelerator utilization, %"
        case .seu: "single-event upsets so far"
        case .links: "laser links up (of 4)"
        case .latitude: "geodetic latitude, °"
        case .longitude: "longitude, °"
        case .altitude: "altitude, km"
        case .plane: "orbital plane in its shell"
        case .slot: "slot in its plane"
        case .shell: "shell (orbit group)"
        }
    }

    /// Cells the values need, and the title with its sort mark (the id column's comes
    /// from the fleet's longest id).
    func width(idWidth: Int, shellWidth: Int) -> Int {
        max(title.unicodeScalars.count + 1, valueWidth(idWidth: idWidth, shellWidth: shellWidth))
    }

    private func valueWidth(idWidth: Int, shellWidth: Int) -> Int {
        switch self {
        case .id: idWidth
        case .mode: 8
        case .battery, .acceleratorTemp, .radiatorTemp, .utilization, .altitude: 6
        case .netPower: 7
        case .seu: 6
        case .links: 3
        case .latitude: 7
        case .longitude: 8
        case .plane: 5
        case .slot: 4
        case .shell: max(5, min(24, shellWidth))
        }
    }

    var rightAligned: Bool { self != .id && self != .mode && self != .shell }

    /// The engine's order for this column.
    public var sortKey: RowSortKey {
        switch self {
        case .id: .index
        case .mode: .mode
        case .battery: .battery
        case .netPower: .netPower
        case .acceleratorTemp: .acceleratorTemp
        case .radiatorTemp: .radiatorTemp
        case .utilization: .utilization
        case .seu: .seu
        case .links: .links
        case .latitude: .latitude
        case .longitude: .longitude
        case .altitude: .altitude
        case .plane: .plane
        case .slot: .slot
        case .shell: .shell
        }
    }

    /// The cell's text (not padded).
    func value(_ row: SatelliteRow) -> String {
        switch self {
        case .id: row.id
        case .mode: row.mode.name
        case .battery: Format.fixed(row.batterySOC * 100, 1, width: 1)
        case .netPower: Quantity.number(row.netPowerW, decimals: 0)
        case .acceleratorTemp: Format.fixed(row.acceleratorTempC, 1, width: 1)
        case .radiatorTemp: Format.fixed(row.radiatorTempC, 1, width: 1)
        case .utilization: Format.fixed(row.utilization * 100, 1, width: 1)
        case .seu: Quantity.count(row.seuTotal)
        case .links: String(row.linksUp)
        case .latitude: Format.fixed(row.latitudeDeg, 2, width: 1)
        case .longitude: Format.fixed(row.longitudeDeg, 2, width: 1)
        case .altitude: Format.fixed(row.altitudeKm, 1, width: 1)
        case .plane: String(row.plane)
        case .slot: String(row.slot)
        case .shell: row.shell
        }
    }

    /// The alarm parameter and the value (in the limit's unit) that colour the cell.
    func limited(_ row: SatelliteRow) -> (AlarmParameter, Double)? {
        switch self {
        case .mode: (.modeChange, Double(row.mode.rawValue))
        case .battery: (.batterySOC, row.batterySOC * 100)
        case .acceleratorTemp: (.acceleratorTemp, row.acceleratorTempC)
        case .radiatorTemp: (.radiatorTemp, row.radiatorTempC)
        case .links: (.linkLoss, Double(4 - row.linksUp))
        default: nil
        }
    }

    /// Parses the config's name (case-insensitive; the title without unit works too).
    public init?(configName: String) {
        let lower = configName.lowercased()
        if let column = TableColumn(rawValue: lower) {
            self = column
            return
        }
        let aliases: [String: TableColumn] = [
            "satellite": .id, "battery": .battery, "soc": .battery, "temp": .acceleratorTemp, "links": .links,
            "utilization": .utilization, "latitude": .latitude, "longitude": .longitude, "altitude": .altitude,
        ]
        guard let column = aliases[lower] else { return nil }
        self = column
    }
}

/// Where the fleet table's columns go at one width: the columns that fit, in order,
/// each with its x and width; spare cells widen the gaps so the table uses the line.
public struct TableLayout: Sendable, Hashable {
    public struct Placed: Sendable, Hashable {
        public var column: TableColumn
        public var x: Int
        public var width: Int
    }

    public var placed: [Placed]

    /// Lays out `columns` (the id column always first) in `width` cells, the first
    /// cell kept for the pin mark. Columns that do not fit are dropped from the end.
    public init(columns: [TableColumn], width: Int, idWidth: Int, shellWidth: Int = 12) {
        var chosen = [TableColumn.id] + columns.filter { $0 != .id }
        let gap = 2
        func total(_ list: [TableColumn]) -> Int {
            list.reduce(1) { $0 + $1.width(idWidth: idWidth, shellWidth: shellWidth) + gap } - gap
        }
        while chosen.count > 1, total(chosen) > width { chosen.removeLast() }
        // Spread what is left over the gaps (at most 4 extra each): columns stay apart
        // on wide screens instead of leaving the right half empty.
        let spare = max(0, width - total(chosen) - 1)
        let gaps = max(1, chosen.count - 1)
        let extra = chosen.count > 1 ? min(4, spare / gaps) : 0
        var x = 1
        placed = chosen.map { column in
            let w = column.width(idWidth: idWidth, shellWidth: shellWidth)
            // The id column never cuts an id: it is as wide as the longest one.
            let width = column == .id ? min(w, max(column.title.count, width - 1)) : w
            defer { x += width + gap + extra }
            return Placed(column: column, x: x, width: width)
        }
    }

    /// The column under screen column `x` (relative to the table's left edge).
    public func column(at x: Int) -> TableColumn? {
        placed.first { x >= $0.x - 1 && x < $0.x + $0.width + 1 }?.column
    }
}
