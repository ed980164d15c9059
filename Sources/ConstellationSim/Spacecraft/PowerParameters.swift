/// Electrical design of one satellite: array, battery and loads.
///
/// Loads, W = bus load + accelerator count × accelerator power × utilization.
///
/// Defaults describe a first-order orbital data-center satellite that closes its power
/// budget in the worst case (550 km, β = 0, 37.2 % eclipse) after five years at
/// 1 %/yr: a 100 m² sun-tracking array gives 100 × 0.30 × 1361 × 0.95 ≈ 38.8 kW in
/// sun; 24 accelerators × 700 W (an H100-class part, REFERENCE.md) plus a 1.5 kW bus
/// draw 18.3 kW; the eclipse then needs 11.4 kWh from the battery and its recharge
/// 12.0 kW of the 20.5 kW surplus. (With only 8 accelerators the same array would be
/// 3.3× oversized and the default radiator would sit between −37 and −20 °C.)
public struct PowerParameters: Sendable, Hashable, Codable {
    /// Solar array.
    public var array: SolarArrayParameters
    /// Battery.
    public var battery: BatteryParameters
    /// Platform load that must always be carried (avionics, links, ADCS), W; the thermostatic
    /// heaters are a separate load (``ThermalHeater``).
    public var busLoadW: Double
    /// Number of AI accelerators installed.
    public var acceleratorCount: Int
    /// Electrical power of one accelerator at full utilization, W.
    public var acceleratorPowerW: Double

    public init(
        array: SolarArrayParameters = SolarArrayParameters(),
        battery: BatteryParameters = BatteryParameters(),
        busLoadW: Double = 1_500, acceleratorCount: Int = 24, acceleratorPowerW: Double = 700
    ) {
        self.array = array
        self.battery = battery
        self.busLoadW = busLoadW
        self.acceleratorCount = acceleratorCount
        self.acceleratorPowerW = acceleratorPowerW
    }

    /// Power of all accelerators at full utilization, W.
    @inlinable public var fullAcceleratorPowerW: Double { Double(acceleratorCount) * acceleratorPowerW }

    /// Problems with these values, one sentence each (empty when usable).
    public var validationIssues: [String] {
        var issues = array.validationIssues.map { "array: " + $0 } + battery.validationIssues.map { "battery: " + $0 }
        if !(busLoadW >= 0) { issues.append("busLoadW must be ≥ 0 (got \(busLoadW))") }
        if acceleratorCount < 0 { issues.append("acceleratorCount must be ≥ 0 (got \(acceleratorCount))") }
        if !(acceleratorPowerW >= 0) { issues.append("acceleratorPowerW must be ≥ 0 (got \(acceleratorPowerW))") }
        return issues
    }
}
