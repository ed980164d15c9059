/// Energy stored in a satellite's battery.
public struct BatteryState: Sendable, Hashable, Codable {
    /// Stored (chemical) energy, Wh.
    public var energyWh: Double

    @inlinable
    public init(energyWh: Double) {
        self.energyWh = energyWh
    }

    /// A battery charged to `stateOfCharge` (0…1) of `parameters.capacityWh`.
    @inlinable
    public init(stateOfCharge: Double, of parameters: BatteryParameters) {
        self.energyWh = min(1, max(0, stateOfCharge)) * parameters.capacityWh
    }

    /// Stored energy as a fraction of `parameters.capacityWh`, 0…1.
    @inlinable
    public func stateOfCharge(of parameters: BatteryParameters) -> Double {
        parameters.capacityWh > 0 ? energyWh / parameters.capacityWh : 0
    }
}

/// Li-ion battery: capacity, round-trip losses, C-rate limit and a state-of-charge floor.
///
/// Energy bookkeeping over a step of dt seconds (dt/3600 h), with powers measured at the
/// bus terminals:
/// - charging with P W stores P × charge efficiency × dt/3600 Wh;
/// - delivering P W to the bus draws P / discharge efficiency × dt/3600 Wh;
/// - |P| ≤ maxCRate × capacityWh (the C-rate limit, W, same for both directions);
/// - stored energy stays between the floor (minStateOfCharge × capacity) and capacity:
///   the battery never discharges below the floor, which is the reserve kept for safe
///   mode, and it refuses charge once full (the surplus is left on the array).
///
/// Defaults (REFERENCE.md: Li-ion in LEO, ≈ 0.95/0.95, keep depth of discharge ≲ 25 %):
/// 48 kWh, sized so the default 18.3 kW load (``PowerParameters``) through the 35.6 min
/// eclipse of a 550 km, β = 0 orbit draws 18.3 kW × 0.593 h / 0.95 ≈ 11.4 kWh ≈ 24 % of
/// capacity; 0.5 C (24 kW) covers both the eclipse load and the recharge; 20 % floor.
public struct BatteryParameters: Sendable, Hashable, Codable {
    /// Usable capacity when full, Wh.
    public var capacityWh: Double
    /// Fraction of bus power put into the battery that is stored, 0…1.
    public var chargeEfficiency: Double
    /// Fraction of stored energy drawn that reaches the bus, 0…1.
    public var dischargeEfficiency: Double
    /// Maximum charge or discharge power as a multiple of capacity, per hour (C-rate).
    public var maxCRate: Double
    /// State of charge below which the battery is never discharged, 0…1.
    public var minStateOfCharge: Double

    public init(
        capacityWh: Double = 48_000, chargeEfficiency: Double = 0.95, dischargeEfficiency: Double = 0.95,
        maxCRate: Double = 0.5, minStateOfCharge: Double = 0.20
    ) {
        self.capacityWh = capacityWh
        self.chargeEfficiency = chargeEfficiency
        self.dischargeEfficiency = dischargeEfficiency
        self.maxCRate = maxCRate
        self.minStateOfCharge = minStateOfCharge
    }

    /// Problems with these values, one sentence each (empty when usable).
    public var validationIssues: [String] {
        var issues: [String] = []
        if !(capacityWh > 0) { issues.append("capacityWh must be > 0 (got \(capacityWh))") }
        if !(chargeEfficiency > 0 && chargeEfficiency <= 1) {
            issues.append("chargeEfficiency must be in (0, 1] (got \(chargeEfficiency))")
        }
        if !(dischargeEfficiency > 0 && dischargeEfficiency <= 1) {
            issues.append("dischargeEfficiency must be in (0, 1] (got \(dischargeEfficiency))")
        }
        if !(maxCRate >= 0) { issues.append("maxCRate must be ≥ 0 (got \(maxCRate))") }
        if !(minStateOfCharge >= 0 && minStateOfCharge < 1) {
            issues.append("minStateOfCharge must be in [0, 1) (got \(minStateOfCharge))")
        }
        return issues
    }

    /// The C-rate limit on charge and discharge power at the bus, W.
    @inlinable public var maxPowerW: Double { maxCRate * capacityWh }

    /// The state-of-charge floor, Wh.
    @inlinable public var floorWh: Double { minStateOfCharge * capacityWh }

    /// The most power the battery can deliver to the bus for `dtS` seconds from `state`
    /// without crossing the floor or the C-rate limit, W.
    @inlinable
    public func maxDischargeW(from state: BatteryState, dtS: Double) -> Double {
        guard dtS > 0 else { return maxPowerW }
        let aboveFloorWh = max(0, state.energyWh - floorWh)
        return min(maxPowerW, aboveFloorWh * dischargeEfficiency * 3600 / dtS)
    }

    /// The most bus power the battery can accept for `dtS` seconds from `state` without
    /// exceeding capacity or the C-rate limit, W.
    @inlinable
    public func maxChargeW(into state: BatteryState, dtS: Double) -> Double {
        guard dtS > 0 else { return maxPowerW }
        let headroomWh = max(0, capacityWh - state.energyWh)
        return min(maxPowerW, headroomWh / chargeEfficiency * 3600 / dtS)
    }
}
