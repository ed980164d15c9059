/// Thermostatic heaters on the accelerator node (accelerators + bus electronics).
///
/// The heater is an electrical load like any other: it draws from the array and the
/// battery and all of it is dissipated in the accelerator node. Each step it asks for
/// exactly the power that makes the node END the step at the set point, found with the
/// inverse of the implicit thermal step (``ThermalModel/maxDissipationW(_:parameters:environmentAbsorbedW:dtS:limitC:)``
/// with the limit at the set point: the dissipation Q* for which T_a(t + dt) = T_set).
/// The bus and the accelerators already put Q_other into the node, so
///
///     heater = clamp(Q* − Q_other, 0, heaterMaxW)
///
/// It is 0 while the node would stay at or above the set point anyway, and bounded by
/// the heater rating when the node cannot be held (it then ends below the set point).
/// Because the step is implicit and the inverse exact, the node holds the set point at
/// any dt without the chatter of a bang-bang thermostat.
public enum ThermalHeater {
    /// Heater power for a step of `dtS` seconds, W (0…`heaterMaxW`).
    ///
    /// - Parameters:
    ///   - state: node temperatures at the start of the step.
    ///   - parameters: the thermal design (set point and rating).
    ///   - otherDissipationW: everything else dissipated in the node this step (bus +
    ///     accelerators), W.
    ///   - environmentAbsorbedW: heat absorbed by the radiator, W.
    ///   - dtS: step, s (≤ 0: no step, no heater).
    @inlinable
    public static func demandW(
        _ state: ThermalState, parameters p: ThermalParameters, otherDissipationW: Double,
        environmentAbsorbedW: Double, dtS: Double
    ) -> Double {
        let neededW = holdingDissipationW(state, parameters: p, environmentAbsorbedW: environmentAbsorbedW, dtS: dtS)
        return min(p.heaterMaxW, max(0, neededW - max(0, otherDissipationW)))
    }

    /// Heat the node must receive this step to end it at the set point, W (Q*, ≥ 0;
    /// 0 without heaters or without a step).
    @inlinable
    public static func holdingDissipationW(
        _ state: ThermalState, parameters p: ThermalParameters, environmentAbsorbedW: Double, dtS: Double
    ) -> Double {
        guard p.heaterMaxW > 0, dtS > 0 else { return 0 }
        let neededW = ThermalModel.maxDissipationW(state, parameters: p, environmentAbsorbedW: environmentAbsorbedW,
                                                   dtS: dtS, limitC: p.heaterSetpointC)
        return neededW.isFinite ? neededW : 0
    }

    /// The most accelerator power, W, that `spareW` (supply left after the bus) can carry
    /// together with the heater power that accelerator power still leaves needed.
    ///
    /// Accelerator heat counts towards the set point, so with A W of compute the heater
    /// asks for min(H_max, max(0, Q* − bus − A)). If Q* − bus ≤ spare, any A ≤ spare
    /// fits (heater + compute never exceed max(A, Q* − bus)); otherwise the heaters come
    /// first (survival) and take H_max, and compute gets what is left: spare − H_max.
    @inlinable
    public static func acceleratorAllowanceW(spareW: Double, holdingW: Double, busW: Double, heaterMaxW: Double) -> Double {
        let spare = max(0, spareW)
        return holdingW - busW <= spare ? spare : max(0, spare - max(0, heaterMaxW))
    }

    /// Heater power that holds the node at the set point in the steady state under
    /// constant inputs, W (0…`heaterMaxW`): with T_a = T_set the radiator solves
    /// ε σ A T_r⁴ + G T_r = Q_r + G T_set, the node must receive G (T_set − T_r), and the
    /// heater supplies what `otherDissipationW` does not.
    @inlinable
    public static func steadyStateW(
        parameters p: ThermalParameters, otherDissipationW: Double, environmentAbsorbedW: Double
    ) -> Double {
        guard p.heaterMaxW > 0 else { return 0 }
        let setK = p.heaterSetpointC + ThermalState.zeroCelsiusK
        let g = p.conductanceWPerK
        let radiatorK = ThermalModel.solveQuartic(k: p.radiativeCoefficientWPerK4, alpha: g,
                                                  beta: max(0, environmentAbsorbedW) + g * setK, guess: setK)
        return min(p.heaterMaxW, max(0, g * (setK - radiatorK) - max(0, otherDissipationW)))
    }
}
