/// Operating mode of a satellite, in order of severity.
public enum OperatingMode: Int, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Everything works.
    case nominal = 0
    /// Permanent damage or radiation wear; still computing with what is left.
    case degraded = 1
    /// Payload off, sun-pointing, waiting for the condition to clear (no compute).
    case safe = 2
    /// Lost: no recovery in orbit.
    case failed = 3

    public static func < (a: OperatingMode, b: OperatingMode) -> Bool { a.rawValue < b.rawValue }

    /// The mode's name in files: telemetry rows, journals (`NOMINAL`…`FAILED`).
    public var name: String {
        switch self {
        case .nominal: "NOMINAL"
        case .degraded: "DEGRADED"
        case .safe: "SAFE"
        case .failed: "FAILED"
        }
    }
}

/// Why a satellite is in its mode.
public enum ModeCause: Int, Sendable, Hashable, Codable, CaseIterable {
    case none = 0
    // DEGRADED
    case batteryCellFailed, arrayStringFailed, radiatorLoopFailed, laserTerminalFailed, acceleratorBoardFailed
    case radiationDose
    // SAFE
    case energyShort, overTemperature, operatorCommand
    // FAILED
    case avionicsFailed, allAcceleratorsFailed, batteryLost, arrayLost, radiatorLost
    /// A model produced a NaN or an infinity for the satellite (`NumericalGuardPhase`).
    case numerical

    /// The DEGRADED cause for a fault kind.
    public init(degradedBy kind: FaultKind) {
        switch kind {
        case .batteryCell: self = .batteryCellFailed
        case .arrayString: self = .arrayStringFailed
        case .radiatorLoop: self = .radiatorLoopFailed
        case .laserTerminal: self = .laserTerminalFailed
        case .acceleratorBoard: self = .acceleratorBoardFailed
        case .avionics: self = .avionicsFailed
        }
    }
}

/// Parameters of the mode logic.
public struct ModeParameters: Sendable, Hashable, Codable {
    /// Time all SAFE conditions must stay clear before leaving SAFE, seconds.
    public var safeRecoveryDwellS: Double = 600
    /// Below this battery capacity fraction the satellite cannot survive eclipse: FAILED.
    public var survivalBatteryCapacityFraction: Double = 0.25
    /// Below this array area fraction the satellite cannot power its bus: FAILED.
    public var survivalArrayAreaFraction: Double = 0.25

    public init() {}
}

/// Conditions from the power and thermal models and the operator for one tick.
public struct ModeInputs: Sendable, Hashable {
    /// The power model could not keep the battery above its floor (after shedding).
    public var energyShort: Bool = false
    /// The thermal model shut the accelerators down above their maximum temperature.
    public var overTemperatureShutdown: Bool = false
    /// The operator commanded SAFE (held while true).
    public var commandedSafe: Bool = false

    public init(energyShort: Bool = false, overTemperatureShutdown: Bool = false, commandedSafe: Bool = false) {
        self.energyShort = energyShort
        self.overTemperatureShutdown = overTemperatureShutdown
        self.commandedSafe = commandedSafe
    }
}

/// A change of mode, for alarms and the journal.
public struct ModeTransition: Sendable, Hashable {
    public var from: OperatingMode
    public var to: OperatingMode
    public var cause: ModeCause
    public var atSimSeconds: Double
}
