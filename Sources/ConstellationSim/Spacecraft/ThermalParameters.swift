/// Two-node thermal design of one satellite: an accelerator node and a radiator node.
///
/// - Accelerator node (heat capacity C_a): accelerators, their cold plates and coolant,
///   and the bus electronics. ALL electrical load (bus + accelerators) is dissipated here
///   (the bus shares the pumped loop); battery and conversion losses are neglected.
/// - Radiator node (C_r): a flat deployable panel of `radiatorAreaM2` per face, flown
///   horizontal (one face to nadir, one to zenith) and edge-on to the sun as far as
///   the attitude allows. It radiates ε σ A T⁴ from `radiatingSides` faces (2 by default:
///   a thin panel radiates from both faces; 1 for a body-mounted panel whose back is
///   insulated).
/// - The nodes exchange G (T_a − T_r) W through the heat pipes / pumped loop.
///
/// Heat absorbed by the radiator from the environment, W (see ``environmentAbsorbedW(_:switches:)``):
/// solar α × A_sun × S × lit, albedo α × A_earth × q_alb, Earth IR ε × A_earth × q_IR
/// (absorptivity = emissivity in the infrared, Kirchhoff), where q_alb and q_IR already
/// carry the (R⊕/r)² view factor of the nadir face.
///
/// Defaults: ε 0.9 (REFERENCE.md 0.85–0.9), solar absorptivity 0.2 (white paint or
/// optical solar reflector), 50 m² per face (≈ half the 100 m² array, Starcloud), two
/// radiating faces, 5 m² residual projected area towards the sun (10 % of a face),
/// 50 m² nadir face; C_a 60 kJ/K (≈ 65 kg of aluminium, copper and coolant),
/// C_r 180 kJ/K (≈ 4 kg/m² of aluminium over 50 m²), G 400 W/K (18.3 kW across 46 K);
/// throttle 90 °C, shutdown 105 °C (REFERENCE.md: throttle near 85–95, stay below ≈ 105).
/// With the default 18.3 kW load at 550 km, β = 0, the steady states are 9 °C radiator /
/// 54 °C accelerators at orbit noon and −3 °C / 43 °C in eclipse.
///
/// Heaters (``ThermalHeater``): thermostatic heaters on the accelerator node hold it at
/// `heaterSetpointC` with up to `heaterMaxW`. Set point 0 °C: 40 K above the avionics
/// minimum (−40 °C, REFERENCE.md) and 10 K above the Li-ion minimum (−10 °C) for the
/// parts that share the node and the pumped loop, and it keeps water-based coolant liquid.
/// Maximum 14 kW, sized to hold the set point in the coldest case, accelerators idle
/// (bus 1.5 kW only) and no environmental heat at all (umbra, Earth IR off). Hand
/// calculation at the defaults, steady state, T_a = 273.15 K:
///     G (T_a − T_r) = ε σ A T_r⁴,  ε σ A = 0.9 × 5.670374e-8 × 100 = 5.1033e-6 W/K⁴
///     → T_r = 234.54 K (−38.6 °C), node input = 400 × 38.61 = 15.44 kW,
///     heater = 15.44 − 1.5 (bus) = 13.94 kW → 14 kW.
/// With Earth IR in eclipse at 650 km (0.9 × 50 m² × 195 W/m² = 8.78 kW on the radiator)
/// the same hold needs 10.32 kW at the node, 8.82 kW of heater.
public struct ThermalParameters: Sendable, Hashable, Codable {
    /// Stefan–Boltzmann constant, W m⁻² K⁻⁴ (CODATA 2018; REFERENCE.md).
    public static let stefanBoltzmannWm2K4 = 5.670_374e-8

    /// Heat capacity of the accelerator node, J/K.
    public var acceleratorHeatCapacityJPerK: Double
    /// Heat capacity of the radiator node, J/K.
    public var radiatorHeatCapacityJPerK: Double
    /// Conductance between the nodes, W/K.
    public var conductanceWPerK: Double
    /// Area of one radiator face, m².
    public var radiatorAreaM2: Double
    /// Faces that radiate to space: 1 or 2.
    public var radiatingSides: Int
    /// Infrared emissivity of the radiator (also its infrared absorptivity), 0…1.
    public var emissivity: Double
    /// Solar absorptivity of the radiator, 0…1 (applies to sunlight and albedo).
    public var solarAbsorptivity: Double
    /// Radiator area projected towards the sun, m².
    public var sunProjectedAreaM2: Double
    /// Radiator area facing nadir (receives albedo and Earth IR), m².
    public var earthViewAreaM2: Double
    /// Accelerator temperature above which compute is throttled, °C.
    public var throttleC: Double
    /// Accelerator temperature at or above which the accelerators must shut down, °C.
    public var shutdownC: Double
    /// Thermostat set point of the accelerator-node heaters, °C.
    public var heaterSetpointC: Double
    /// Most electrical power the accelerator-node heaters can draw, W (0: no heaters).
    public var heaterMaxW: Double
    /// Effective emissivity of the radiator with its louvers closed, 0…`emissivity`
    /// (`emissivity` itself is the open value; equal values: a fixed radiator). See
    /// ``VariableRadiator``. Default 0.15 = 0.9 / 6 (Gilmore vol. I ch. 9: open rejects ≈ 6× closed).
    public var closedEmissivity: Double
    /// Accelerator temperature at or below which the louvers are fully closed, °C.
    public var louverClosedC: Double
    /// Accelerator temperature at or above which the louvers are fully open, °C.
    public var louverOpenC: Double
    /// Time constant of the louver actuator, s (0: follows the temperature at once).
    public var louverTimeConstantS: Double

    public init(
        acceleratorHeatCapacityJPerK: Double = 60_000, radiatorHeatCapacityJPerK: Double = 180_000,
        conductanceWPerK: Double = 400, radiatorAreaM2: Double = 50, radiatingSides: Int = 2,
        emissivity: Double = 0.9, solarAbsorptivity: Double = 0.2, sunProjectedAreaM2: Double = 5,
        earthViewAreaM2: Double = 50, throttleC: Double = 90, shutdownC: Double = 105,
        heaterSetpointC: Double = 0, heaterMaxW: Double = 14_000, closedEmissivity: Double = 0.15,
        louverClosedC: Double = 10, louverOpenC: Double = 25, louverTimeConstantS: Double = 300
    ) {
        self.acceleratorHeatCapacityJPerK = acceleratorHeatCapacityJPerK
        self.radiatorHeatCapacityJPerK = radiatorHeatCapacityJPerK
        self.conductanceWPerK = conductanceWPerK
        self.radiatorAreaM2 = radiatorAreaM2
        self.radiatingSides = radiatingSides
        self.emissivity = emissivity
        self.solarAbsorptivity = solarAbsorptivity
        self.sunProjectedAreaM2 = sunProjectedAreaM2
        self.earthViewAreaM2 = earthViewAreaM2
        self.throttleC = throttleC
        self.shutdownC = shutdownC
        self.heaterSetpointC = heaterSetpointC
        self.heaterMaxW = heaterMaxW
        self.closedEmissivity = closedEmissivity
        self.louverClosedC = louverClosedC
        self.louverOpenC = louverOpenC
        self.louverTimeConstantS = louverTimeConstantS
    }

    /// The radiator's emissivity can be turned down (louvers closed below `emissivity`).
    @inlinable public var isVariableRadiator: Bool { closedEmissivity < emissivity }

    /// Area radiating to space, m² (face area × radiating sides).
    @inlinable public var radiatingAreaM2: Double { radiatorAreaM2 * Double(radiatingSides) }

    /// ε σ A, W/K⁴: the radiator rejects this × T⁴.
    @inlinable public var radiativeCoefficientWPerK4: Double {
        emissivity * Self.stefanBoltzmannWm2K4 * radiatingAreaM2
    }

    /// Heat the radiator absorbs from sunlight, albedo and Earth IR, W, with `switches`.
    @inlinable
    public func environmentAbsorbedW(_ environment: RadiantEnvironment, switches: EnvironmentSwitches = .allOn) -> Double {
        var watts = 0.0
        if switches.solarHeating {
            watts += solarAbsorptivity * sunProjectedAreaM2 * environment.solarFluxWm2
                * min(1, max(0, environment.litFraction))
        }
        if switches.albedo { watts += solarAbsorptivity * earthViewAreaM2 * environment.albedoFluxWm2 }
        if switches.earthIR { watts += emissivity * earthViewAreaM2 * environment.earthIRFluxWm2 }
        return watts
    }

    /// Problems with these values, one sentence each (empty when usable).
    public var validationIssues: [String] {
        var issues: [String] = []
        func positive(_ value: Double, _ name: String) {
            if !(value > 0) { issues.append("\(name) must be > 0 (got \(value))") }
        }
        func fraction(_ value: Double, _ name: String) {
            if !(value >= 0 && value <= 1) { issues.append("\(name) must be in [0, 1] (got \(value))") }
        }
        positive(acceleratorHeatCapacityJPerK, "acceleratorHeatCapacityJPerK")
        positive(radiatorHeatCapacityJPerK, "radiatorHeatCapacityJPerK")
        positive(conductanceWPerK, "conductanceWPerK")
        if !(radiatorAreaM2 >= 0) { issues.append("radiatorAreaM2 must be ≥ 0 (got \(radiatorAreaM2))") }
        if radiatingSides != 1 && radiatingSides != 2 { issues.append("radiatingSides must be 1 or 2 (got \(radiatingSides))") }
        fraction(emissivity, "emissivity")
        fraction(solarAbsorptivity, "solarAbsorptivity")
        if !(sunProjectedAreaM2 >= 0) { issues.append("sunProjectedAreaM2 must be ≥ 0 (got \(sunProjectedAreaM2))") }
        if !(earthViewAreaM2 >= 0) { issues.append("earthViewAreaM2 must be ≥ 0 (got \(earthViewAreaM2))") }
        if !(heaterMaxW >= 0) { issues.append("heaterMaxW must be ≥ 0 (got \(heaterMaxW))") }
        if !heaterSetpointC.isFinite || !(heaterSetpointC < throttleC) {
            issues.append("heaterSetpointC (\(heaterSetpointC)) must be below throttleC (\(throttleC))")
        }
        if !(closedEmissivity >= 0 && closedEmissivity <= emissivity) {
            issues.append("closedEmissivity must be in [0, emissivity] (got \(closedEmissivity), emissivity \(emissivity))")
        }
        if !louverClosedC.isFinite || !(louverOpenC >= louverClosedC) {
            issues.append("louverOpenC (\(louverOpenC)) must be at or above louverClosedC (\(louverClosedC))")
        }
        if !(louverTimeConstantS >= 0) { issues.append("louverTimeConstantS must be ≥ 0 (got \(louverTimeConstantS))") }
        if !(shutdownC > throttleC) { issues.append("shutdownC (\(shutdownC)) must be above throttleC (\(throttleC))") }
        return issues
    }
}
