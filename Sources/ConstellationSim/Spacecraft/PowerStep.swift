/// What the power system should do next, from the energy balance of one step.
public enum PowerVerdict: String, Sendable, Hashable, Codable {
    /// Every requested load was carried.
    case nominal
    /// The bus was carried, but accelerator power had to be cut below the request.
    case shedCompute
    /// The bus was carried, but not all the heater power asked for: compute is already
    /// off and the heaters get only what is left (survival); the node may cool below its
    /// set point.
    case shedHeaters
    /// Even the bus load could not be carried without going below the battery floor:
    /// the satellite should enter SAFE (accelerators off, minimum bus).
    case safe
}

/// The outcome of one ``PowerModel`` step: the new battery state and the power flows.
///
/// All powers are means over the step, W, at the bus. Balance:
/// generatedW + dischargeW = busServedW + heaterW + acceleratorPowerW + chargeW + curtailedW.
public struct PowerStep: Sendable, Hashable {
    /// Battery state at the end of the step.
    public var battery: BatteryState
    /// Array output offered to the bus, W.
    public var generatedW: Double
    /// Bus load carried, W (less than the bus load only when the verdict is `.safe`).
    public var busServedW: Double
    /// Bus load that could not be carried, W.
    public var unservedBusW: Double
    /// Heater power asked for, W.
    public var heaterRequestedW: Double
    /// Heater power granted and drawn, W.
    public var heaterW: Double
    /// Accelerator power asked for (utilization × full accelerator power), W.
    public var acceleratorRequestedW: Double
    /// Accelerator power granted and drawn, W.
    public var acceleratorPowerW: Double
    /// The most accelerator power the step could have carried, W (capped at full power).
    public var affordableAcceleratorW: Double
    /// `affordableAcceleratorW` as a utilization of all accelerators, 0…1.
    public var affordableUtilization: Double
    /// Power put into the battery, W.
    public var chargeW: Double
    /// Power drawn from the battery, W.
    public var dischargeW: Double
    /// Surplus the battery could not take (full or C-rate limited), left on the array, W.
    public var curtailedW: Double
    /// What to do next.
    public var verdict: PowerVerdict

    @inlinable
    public init(
        battery: BatteryState, generatedW: Double, busServedW: Double, unservedBusW: Double,
        heaterRequestedW: Double = 0, heaterW: Double = 0,
        acceleratorRequestedW: Double, acceleratorPowerW: Double, affordableAcceleratorW: Double,
        affordableUtilization: Double, chargeW: Double, dischargeW: Double, curtailedW: Double,
        verdict: PowerVerdict
    ) {
        self.battery = battery
        self.generatedW = generatedW
        self.busServedW = busServedW
        self.unservedBusW = unservedBusW
        self.heaterRequestedW = heaterRequestedW
        self.heaterW = heaterW
        self.acceleratorRequestedW = acceleratorRequestedW
        self.acceleratorPowerW = acceleratorPowerW
        self.affordableAcceleratorW = affordableAcceleratorW
        self.affordableUtilization = affordableUtilization
        self.chargeW = chargeW
        self.dischargeW = dischargeW
        self.curtailedW = curtailedW
        self.verdict = verdict
    }

    /// Total electrical load carried (bus + heaters + accelerators), W: all of it ends up
    /// as heat in the accelerator node.
    @inlinable public var loadW: Double { busServedW + heaterW + acceleratorPowerW }

    /// True when some requested load was not carried.
    @inlinable public var isEnergyShort: Bool { verdict != .nominal }
}
