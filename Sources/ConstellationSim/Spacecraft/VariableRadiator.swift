import Foundation

/// Variable heat rejection: louvers (or a bypass loop / variable-emittance coating) over
/// the radiator, so its effective emissivity — and with it ε A, the heat it rejects per
/// T⁴ — moves between a closed and an open limit to hold the accelerator node in a
/// band before any heater is used.
///
/// Model (first order, after Hardt, Karam and Eby, "Louvers", ch. 9 of Gilmore (ed.),
/// *Spacecraft Thermal Control Handbook* vol. I, 2nd ed., Aerospace Press 2002: a fully
/// open louver rejects about six times what it rejects closed; a bimetallic actuator
/// takes the blades from closed to open over a 10–17 K span of the sensed temperature):
///
///     open fraction target  f* = clamp((T_a − T_closed) / (T_open − T_closed), 0, 1)
///     actuator lag          f(t + dt) = f* + (f(t) − f*) e^(−dt/τ)       (exact for a
///                           constant f* over the step, stable at any dt; τ = 0: f = f*)
///     effective emissivity  ε_eff = ε_closed + (ε_open − ε_closed) f
///
/// ε_eff replaces ε everywhere the radiator's emissivity appears: emission ε σ A T⁴ and,
/// by Kirchhoff, the Earth-IR absorption; the solar absorptivity (sunlight and albedo)
/// is left unchanged, a conservative simplification (closed blades would shade some).
/// The heater set point sits below T_closed, so heaters only draw once the louvers are
/// fully closed and the node still cools.
public enum VariableRadiator {
    /// The open fraction the actuator drives towards at accelerator temperature
    /// `acceleratorC`, 0…1 (1 for a fixed radiator).
    @inlinable
    public static func targetOpenFraction(acceleratorC: Double, parameters p: ThermalParameters) -> Double {
        guard p.isVariableRadiator else { return 1 }
        let span = p.louverOpenC - p.louverClosedC
        guard span > 0 else { return acceleratorC >= p.louverOpenC ? 1 : 0 }
        return min(1, max(0, (acceleratorC - p.louverClosedC) / span))
    }

    /// The open fraction after `dtS` seconds, from `openFraction` with the node at
    /// `acceleratorC` (the target held over the step).
    @inlinable
    public static func step(openFraction: Double, acceleratorC: Double, parameters p: ThermalParameters,
                            dtS: Double) -> Double {
        let target = targetOpenFraction(acceleratorC: acceleratorC, parameters: p)
        guard dtS > 0 else { return openFraction }
        guard p.louverTimeConstantS > 0 else { return target }
        let decay = exp(-dtS / p.louverTimeConstantS)
        return min(1, max(0, target + (openFraction - target) * decay))
    }

    /// Effective emissivity at `openFraction` (0 closed … 1 open).
    @inlinable
    public static func effectiveEmissivity(openFraction: Double, parameters p: ThermalParameters) -> Double {
        let f = min(1, max(0, openFraction))
        return p.closedEmissivity + (p.emissivity - p.closedEmissivity) * f
    }

    /// `parameters` with the emissivity the louvers give at `openFraction`.
    @inlinable
    public static func applied(_ p: ThermalParameters, openFraction: Double) -> ThermalParameters {
        guard p.isVariableRadiator else { return p }
        var q = p
        q.emissivity = effectiveEmissivity(openFraction: openFraction, parameters: p)
        return q
    }

    /// The self-consistent steady state under constant inputs: the open fraction f for
    /// which the heater-held steady state's accelerator temperature gives back f as the
    /// target, with that state and the heater power. Found by bisection: the steady
    /// temperature falls as f rises and the target rises with temperature, so
    /// target(T(f)) − f decreases and has one root in [0, 1].
    public static func steadyState(parameters p: ThermalParameters, otherDissipationW: Double,
                                   environmentAbsorbedW absorbed: (ThermalParameters) -> Double)
        -> (openFraction: Double, state: ThermalState, heaterW: Double) {
        func solve(_ f: Double) -> (ThermalState, Double) {
            let q = applied(p, openFraction: f)
            let absorbedW = absorbed(q)
            let heaterW = ThermalHeater.steadyStateW(parameters: q, otherDissipationW: otherDissipationW,
                                                     environmentAbsorbedW: absorbedW)
            let state = ThermalModel.steadyState(parameters: q, dissipationW: otherDissipationW + heaterW,
                                                 environmentAbsorbedW: absorbedW)
            return (state, heaterW)
        }
        guard p.isVariableRadiator else {
            let (state, heaterW) = solve(1)
            return (1, state, heaterW)
        }
        var low = 0.0, high = 1.0
        for _ in 0..<30 {
            let mid = (low + high) / 2
            let (state, _) = solve(mid)
            if targetOpenFraction(acceleratorC: state.acceleratorC, parameters: p) > mid { low = mid } else { high = mid }
        }
        let f = (low + high) / 2
        let (state, heaterW) = solve(f)
        return (f, state, heaterW)
    }
}
