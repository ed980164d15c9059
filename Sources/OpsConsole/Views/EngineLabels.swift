import ConstellationSim

// The words the console shows for the engine's typed values. The engine never
// returns a UI string; every label and unit on screen is chosen here.

extension HeatmapMetric {
    /// Column title and unit shown in the constellation view's legend.
    var label: String {
        switch self {
        case .latitude: "latitude °"
        case .altitude: "altitude km"
        case .battery: "battery %"
        case .acceleratorTemp: "accelerator °C"
        case .radiatorTemp: "radiator °C"
        case .utilization: "utilization %"
        case .alarms: "alarms not normal"
        }
    }

    /// Factor from the engine's unit to the shown one (fractions shown as percent).
    var displayScale: Double {
        switch self {
        case .battery, .utilization: 100
        case .latitude, .altitude, .acceleratorTemp, .radiatorTemp, .alarms: 1
        }
    }
}

extension RowSortKey {
    /// The short name shown in the footer.
    var label: String {
        switch self {
        case .index: "fleet order"
        case .latitude: "lat"
        case .longitude: "lon"
        case .altitude: "alt"
        case .battery: "batt"
        case .acceleratorTemp: "accel °C"
        case .radiatorTemp: "rad °C"
        case .utilization: "util"
        case .mode: "mode"
        case .seu: "SEU"
        case .netPower: "net W"
        case .links: "links"
        }
    }
}

extension ModeCause {
    /// Why a satellite is in its mode, as the detail view says it ("–" when nominal).
    var consoleText: String {
        self == .none ? "–" : description
    }
}
