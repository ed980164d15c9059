/// A named design of satellite: every satellite of a shell or catalog flies one.
/// Defaults: an orbital data-center satellite (see the parameter types for sources).
public struct SpacecraftClass: Sendable, Hashable {
    public var name: String
    public var power: PowerParameters
    public var thermal: ThermalParameters
    public var faults: FaultParameters
    /// Delivered compute of one accelerator at full utilization, PFLOP/s.
    public var acceleratorPFLOPS: Double
    /// Masses and specific impulse for manoeuvres (scenario `dry_mass_kg`, `propellant_kg`, `isp_s`).
    public var propulsion = PropulsionParameters()
    /// Alarm limits for satellites of this class (scenario `alarms:` overrides land here).
    public var limits: LimitSet

    public init(name: String = "odc-sat", power: PowerParameters = .init(), thermal: ThermalParameters = .init(),
                faults: FaultParameters = .init(), acceleratorPFLOPS: Double = 1.0, limits: LimitSet = .default) {
        self.name = name
        self.power = power
        self.thermal = thermal
        self.faults = faults
        self.acceleratorPFLOPS = acceleratorPFLOPS
        self.limits = limits
    }

    /// Peak delivered compute of one satellite, PFLOP/s.
    public var peakPFLOPS: Double { Double(power.acceleratorCount) * acceleratorPFLOPS }
}
