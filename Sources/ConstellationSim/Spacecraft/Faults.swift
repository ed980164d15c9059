import Foundation

/// A kind of hardware unit that can fail. Each failure removes one unit of that kind.
public enum FaultKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A battery cell string: the battery loses 1/`batteryStrings` of its capacity.
    case batteryCell
    /// A solar array string: the array loses 1/`arrayStrings` of its area.
    case arrayString
    /// A radiator pumped loop: radiator area and conductance lose 1/`radiatorLoops`.
    case radiatorLoop
    /// An optical terminal: the inter-satellite link in that direction drops.
    case laserTerminal
    /// An accelerator board: its accelerators stop (1/`acceleratorBoards` of the compute).
    case acceleratorBoard
    /// The flight computer (single string): the satellite is lost.
    case avionics

    /// All kinds in a fixed order (the order of random draws; never reorder).
    public static let ordered: [FaultKind] = [.batteryCell, .arrayString, .radiatorLoop, .laserTerminal, .acceleratorBoard, .avionics]

    /// Position of this kind in `ordered`.
    public var index: Int {
        switch self {
        case .batteryCell: 0
        case .arrayString: 1
        case .radiatorLoop: 2
        case .laserTerminal: 3
        case .acceleratorBoard: 4
        case .avionics: 5
        }
    }

    /// Bit of this kind in `FaultKinds`.
    public var bit: FaultKinds { FaultKinds(rawValue: 1 << UInt8(index)) }
}

/// A set of fault kinds (e.g. the kinds that failed in one tick).
public struct FaultKinds: OptionSet, Sendable, Hashable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
}

/// Parameters of the fault model: unit counts and mean times between failures.
///
/// MTBFs are per satellite and per kind (the time between failures of any unit of that
/// kind on one satellite). They are order-of-magnitude assumptions for commercial-grade
/// parts, not measured values: no public source gives them for this class of spacecraft.
public struct FaultParameters: Sendable, Hashable, Codable {
    /// Battery cell strings in parallel.
    public var batteryStrings: Int = 50
    /// Solar array strings in parallel.
    public var arrayStrings: Int = 50
    /// Radiator pumped loops in parallel.
    public var radiatorLoops: Int = 4
    /// Accelerator boards.
    public var acceleratorBoards: Int = 8
    /// MTBF of any battery cell string, hours.
    public var batteryCellMTBFHours: Double = 200_000
    /// MTBF of any array string, hours.
    public var arrayStringMTBFHours: Double = 150_000
    /// MTBF of any radiator loop, hours.
    public var radiatorLoopMTBFHours: Double = 300_000
    /// MTBF of any of the four laser terminals, hours.
    public var laserTerminalMTBFHours: Double = 100_000
    /// MTBF of any accelerator board, hours (before radiation wear-out).
    public var acceleratorBoardMTBFHours: Double = 50_000
    /// MTBF of the flight computer, hours.
    public var avionicsMTBFHours: Double = 1_000_000

    public init() {}

    /// MTBF of a kind, hours (∞ or ≤ 0 disables random failures of that kind).
    public func mtbfHours(_ kind: FaultKind) -> Double {
        switch kind {
        case .batteryCell: batteryCellMTBFHours
        case .arrayString: arrayStringMTBFHours
        case .radiatorLoop: radiatorLoopMTBFHours
        case .laserTerminal: laserTerminalMTBFHours
        case .acceleratorBoard: acceleratorBoardMTBFHours
        case .avionics: avionicsMTBFHours
        }
    }

    /// Failure hazard of a kind, per second: multiplier / MTBF (0 when the MTBF is ∞ or ≤ 0).
    @inline(__always)
    public func hazardPerSecond(_ kind: FaultKind, multiplier: Double = 1) -> Double {
        let mtbfS = mtbfHours(kind) * 3600
        guard mtbfS > 0, mtbfS.isFinite else { return 0 }
        return max(multiplier, 0) / mtbfS
    }

    /// Probability that a kind fails within `dtS` seconds: 1 − exp(−dt / (MTBF / multiplier)).
    @inline(__always)
    public func failureProbability(_ kind: FaultKind, dtS: Double, hazardMultiplier: Double = 1) -> Double {
        -expm1(-dtS * hazardPerSecond(kind, multiplier: hazardMultiplier))
    }
}

/// An injected fault: scripted in a scenario or sent from the console; the same value.
public struct FaultInjection: Sendable, Hashable, Codable {
    /// Simulated time at which it takes effect, seconds since scenario start.
    public var atSimSeconds: Double
    /// Satellite index in the fleet.
    public var satellite: Int
    public var kind: FaultKind
    /// Which unit, where it matters: for `laserTerminal` the `LaserDirection` raw value
    /// (0 fore, 1 aft, 2 left, 3 right); nil = the first healthy one.
    public var unit: Int?

    public init(atSimSeconds: Double, satellite: Int, kind: FaultKind, unit: Int? = nil) {
        self.atSimSeconds = atSimSeconds
        self.satellite = satellite
        self.kind = kind
        self.unit = unit
    }
}

/// Permanent hardware damage of one satellite (plain numbers; one per satellite).
public struct FaultState: Sendable, Hashable, Codable {
    public var failedBatteryStrings: Int = 0
    public var failedArrayStrings: Int = 0
    public var failedRadiatorLoops: Int = 0
    public var failedAcceleratorBoards: Int = 0
    /// Failed laser terminals, bit `LaserDirection.rawValue`.
    public var failedLaserTerminals: UInt8 = 0
    public var avionicsFailed: Bool = false
    /// The kind of the most recent failure (for the mode cause).
    public var lastFault: FaultKind?

    public init() {}

    /// Whether any unit has failed.
    public var hasFault: Bool { lastFault != nil }

    /// Remaining battery capacity fraction 0…1.
    public func batteryCapacityFraction(_ p: FaultParameters) -> Double {
        Self.remaining(failedBatteryStrings, of: p.batteryStrings)
    }
    /// Remaining array area fraction 0…1.
    public func arrayAreaFraction(_ p: FaultParameters) -> Double {
        Self.remaining(failedArrayStrings, of: p.arrayStrings)
    }
    /// Remaining radiator area / conductance fraction 0…1.
    public func radiatorFraction(_ p: FaultParameters) -> Double {
        Self.remaining(failedRadiatorLoops, of: p.radiatorLoops)
    }
    /// Remaining accelerator fraction 0…1.
    public func acceleratorFraction(_ p: FaultParameters) -> Double {
        Self.remaining(failedAcceleratorBoards, of: p.acceleratorBoards)
    }
    /// Whether the terminal facing `direction` works.
    public func laserTerminalWorks(_ direction: LaserDirection) -> Bool {
        failedLaserTerminals & (1 << direction.rawValue) == 0
    }

    @inline(__always)
    static func remaining(_ failed: Int, of count: Int) -> Double {
        count > 0 ? Double(max(count - failed, 0)) / Double(count) : 0
    }

    /// Fails one unit of `kind` (`unit` picks the laser direction; nil = first healthy).
    /// Returns false when no healthy unit of that kind was left (nothing changed).
    @discardableResult
    public mutating func apply(_ kind: FaultKind, unit: Int? = nil, parameters p: FaultParameters) -> Bool {
        switch kind {
        case .batteryCell: guard Self.bump(&failedBatteryStrings, p.batteryStrings) else { return false }
        case .arrayString: guard Self.bump(&failedArrayStrings, p.arrayStrings) else { return false }
        case .radiatorLoop: guard Self.bump(&failedRadiatorLoops, p.radiatorLoops) else { return false }
        case .acceleratorBoard: guard Self.bump(&failedAcceleratorBoards, p.acceleratorBoards) else { return false }
        case .avionics:
            guard !avionicsFailed else { return false }
            avionicsFailed = true
        case .laserTerminal:
            let healthy = ~failedLaserTerminals & 0x0F
            guard healthy != 0 else { return false }
            let bit: UInt8
            if let unit, (0..<4).contains(unit) { bit = 1 << UInt8(unit) } else { bit = healthy & (~healthy &+ 1) }
            guard healthy & bit != 0 else { return false }
            failedLaserTerminals |= bit
        }
        lastFault = kind
        return true
    }

    @inline(__always)
    private static func bump(_ failed: inout Int, _ count: Int) -> Bool {
        guard failed < count else { return false }
        failed += 1
        return true
    }
}
