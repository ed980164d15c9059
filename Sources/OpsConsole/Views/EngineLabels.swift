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

extension ModeCause {
    /// Why a satellite is in its mode, as the detail view says it ("–" when nominal).
    var consoleText: String {
        self == .none ? "–" : phrase
    }

    /// A short phrase an operator reads.
    var phrase: String {
        switch self {
        case .none: "no fault"
        case .batteryCellFailed: "battery cell string failed"
        case .arrayStringFailed: "solar array string failed"
        case .radiatorLoopFailed: "radiator loop failed"
        case .laserTerminalFailed: "laser terminal failed"
        case .acceleratorBoardFailed: "accelerator board failed"
        case .radiationDose: "radiation dose above HBM threshold"
        case .energyShort: "energy short: battery at floor"
        case .overTemperature: "over-temperature shutdown"
        case .operatorCommand: "commanded to safe mode"
        case .avionicsFailed: "flight computer failed"
        case .allAcceleratorsFailed: "all accelerator boards failed"
        case .batteryLost: "battery capacity below survival minimum"
        case .arrayLost: "array area below survival minimum"
        case .radiatorLost: "all radiator loops failed"
        case .numerical: "numerical: a model gave NaN or infinity"
        }
    }
}

extension SimulationSpeed {
    /// `×10`, `×1.5`, `×MAX`.
    var label: String {
        switch self {
        case .max: return "×MAX"
        case .multiple(let x):
            return x == x.rounded() ? "×\(Int(x))" : "×\(x)"
        }
    }
}
