import Foundation

/// The propulsion design of a spacecraft class: masses and specific impulse, for the
/// rocket equation. Defaults: a 1,000 kg dry satellite carrying 50 kg of propellant for
/// an electric (Hall-effect) thruster of Isp 1,600 s — about 765 m/s of Δv — with burns
/// modelled as impulsive (the engine's manoeuvres change the orbit at one instant).
public struct PropulsionParameters: Sendable, Hashable, Codable {
    /// Mass without propellant, kg (> 0).
    public var dryMassKg: Double
    /// Propellant loaded at the epoch, kg (≥ 0).
    public var propellantKg: Double
    /// Specific impulse, s (> 0).
    public var ispS: Double

    public init(dryMassKg: Double = 1000, propellantKg: Double = 50, ispS: Double = 1600) {
        self.dryMassKg = dryMassKg
        self.propellantKg = propellantKg
        self.ispS = ispS
    }

    /// Standard gravity g0, m/s² (exact, CGPM 1901).
    public static let standardGravityMS2 = 9.80665

    /// Propellant a burn of `deltaVMS` (m/s) spends starting from `propellantLeftKg`, by
    /// Tsiolkovsky: m_p = m0 (1 − e^(−Δv / (Isp g0))) with m0 = dry + propellant left.
    public func propellantSpentKg(deltaVMS: Double, propellantLeftKg: Double) -> Double {
        let m0 = dryMassKg + propellantLeftKg
        return -m0 * expm1(-abs(deltaVMS) / (ispS * Self.standardGravityMS2))
    }

    /// Δv the propellant left still gives, m/s: Isp g0 ln(m0 / m_dry).
    public func deltaVLeftMS(propellantLeftKg: Double) -> Double {
        ispS * Self.standardGravityMS2 * log1p(max(0, propellantLeftKg) / dryMassKg)
    }
}
