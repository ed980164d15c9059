/// Implicit (backward Euler) integration of the two-node thermal network.
///
/// Over a step of dt seconds, with Q_a the electrical load dissipated in the accelerator
/// node and Q_r the environmental heat absorbed by the radiator (both W, held constant),
/// the temperatures at the end of the step solve
///
///     C_a (T_a − T_a0) / dt = Q_a − G (T_a − T_r)
///     C_r (T_r − T_r0) / dt = Q_r + G (T_a − T_r) − ε σ A T_r⁴
///
/// The first equation is linear in T_a; substituting it leaves one quartic in T_r,
/// k T_r⁴ + α T_r = β with k, α, β ≥ 0, which has exactly one non-negative root. Newton's
/// method on this convex increasing function, started at or moved above the root,
/// descends monotonically onto it: no overshoot, no oscillation, no NaN, whatever dt.
/// Backward Euler is L-stable, so dt from a second to many hours all settle on the same
/// steady state (dt → ∞ gives the steady state itself); the transient is first-order
/// accurate (time constants of the defaults: C_a/G ≈ 150 s, radiator ≈ 400 s).
public enum ThermalModel {
    /// Temperatures after `dtS` seconds.
    ///
    /// - Parameters:
    ///   - state: temperatures at the start of the step.
    ///   - parameters: the thermal design.
    ///   - dissipationW: heat released in the accelerator node, W (all electrical load).
    ///   - environmentAbsorbedW: heat absorbed by the radiator, W
    ///     (``ThermalParameters/environmentAbsorbedW(_:switches:)``).
    ///   - dtS: step, s; `.infinity` returns the steady state; ≤ 0 returns `state`.
    @inlinable
    public static func step(
        _ state: ThermalState, parameters p: ThermalParameters,
        dissipationW: Double, environmentAbsorbedW: Double, dtS: Double
    ) -> ThermalState {
        guard dtS > 0 else { return state }
        let ca = p.acceleratorHeatCapacityJPerK / dtS
        let cr = p.radiatorHeatCapacityJPerK / dtS
        let g = p.conductanceWPerK
        let qa = max(0, dissipationW), qr = max(0, environmentAbsorbedW)
        let share = g / (ca + g)
        // T_a = (ca T_a0 + Q_a + G T_r) / (ca + G); the heat it passes on is
        // G (T_a − T_r) = share × (ca (T_a0 − T_r) + Q_a).
        let alpha = cr + share * ca
        let beta = cr * state.radiatorK + qr + share * (ca * state.acceleratorK + qa)
        let radiatorK = solveQuartic(k: p.radiativeCoefficientWPerK4, alpha: alpha, beta: beta, guess: state.radiatorK)
        let acceleratorK = (ca * state.acceleratorK + qa + g * radiatorK) / (ca + g)
        return ThermalState(acceleratorK: acceleratorK, radiatorK: radiatorK)
    }

    /// The steady state under constant inputs: ε σ A T_r⁴ = Q_a + Q_r, T_a = T_r + Q_a / G.
    @inlinable
    public static func steadyState(
        parameters: ThermalParameters, dissipationW: Double, environmentAbsorbedW: Double
    ) -> ThermalState {
        let start = ThermalState(acceleratorC: 20, radiatorC: 20)
        return step(start, parameters: parameters, dissipationW: dissipationW,
                    environmentAbsorbedW: environmentAbsorbedW, dtS: .infinity)
    }

    /// The largest dissipation, W, that leaves the accelerator node at or below
    /// `limitC` at the end of a `dtS` step (0 if it will be above whatever is done).
    ///
    /// This inverts ``step(_:parameters:dissipationW:environmentAbsorbedW:dtS:)`` exactly,
    /// so a scheduler that keeps Q_a at or below it never drives the accelerators past
    /// the limit, at any dt. Subtract the bus load to get the accelerator budget.
    @inlinable
    public static func maxDissipationW(
        _ state: ThermalState, parameters p: ThermalParameters,
        environmentAbsorbedW: Double, dtS: Double, limitC: Double
    ) -> Double {
        let limitK = limitC + ThermalState.zeroCelsiusK
        let g = p.conductanceWPerK
        let ca = dtS > 0 ? p.acceleratorHeatCapacityJPerK / dtS : .infinity
        let cr = dtS > 0 ? p.radiatorHeatCapacityJPerK / dtS : .infinity
        guard ca.isFinite else { return state.acceleratorK <= limitK ? .infinity : 0 }
        // Radiator with T_a pinned at the limit: k T_r⁴ + (cr + G) T_r = cr T_r0 + Q_r + G T_lim.
        let radiatorK = solveQuartic(
            k: p.radiativeCoefficientWPerK4, alpha: cr + g,
            beta: cr * state.radiatorK + max(0, environmentAbsorbedW) + g * limitK, guess: state.radiatorK
        )
        return max(0, ca * (limitK - state.acceleratorK) + g * (limitK - radiatorK))
    }

    /// Throttle and shutdown status of `state` against the limits of `parameters`.
    @inlinable
    public static func status(_ state: ThermalState, parameters p: ThermalParameters) -> ThermalStatus {
        let t = state.acceleratorC
        let span = p.shutdownC - p.throttleC
        let factor = span > 0 ? (p.shutdownC - t) / span : (t < p.shutdownC ? 1 : 0)
        return ThermalStatus(
            throttleFactor: min(1, max(0, factor)),
            isThrottling: t > p.throttleC,
            isShutdown: t >= p.shutdownC,
            headroomK: p.throttleC - t
        )
    }

    /// The non-negative root of k x⁴ + α x = β (k, α ≥ 0, not both 0; β ≥ 0), by Newton's
    /// method kept on the upper side of the root, where it decreases monotonically.
    @inlinable
    static func solveQuartic(k: Double, alpha: Double, beta: Double, guess: Double) -> Double {
        guard beta > 0 else { return 0 }
        var x = guess
        let usable = x > 0 && x.isFinite
        if !usable || (k * x * x * x + alpha) * x < beta {
            // Below the root (or no guess): each term alone reaching β bounds the root
            // from above; f is convex, so a Newton step from below lands above the root,
            // and the bound caps the step where the slope is nearly flat.
            var upper = Double.infinity
            if alpha > 0 { upper = beta / alpha }
            if k > 0 { upper = min(upper, (beta / k).squareRoot().squareRoot()) }
            guard upper.isFinite else { return 0 }
            if usable {
                let x3 = x * x * x
                x = min(upper, x - (k * x3 * x + alpha * x - beta) / (4 * k * x3 + alpha))
            } else {
                x = upper
            }
        }
        // Now f(x) ≥ 0: every Newton step moves down and stays at or above the root.
        for _ in 0..<64 {
            let x3 = x * x * x
            let slope = 4 * k * x3 + alpha
            guard slope > 0 else { return x }
            let delta = (k * x3 * x + alpha * x - beta) / slope
            x -= delta
            if delta <= 1e-10 * x { break }
        }
        return x
    }
}
