/// The per-satellite electrical step: array + battery carry the bus, then the heaters,
/// then what compute they can afford.
///
/// Over a step of dt seconds with array output P_gen W:
/// 1. The most the bus can be given is P_gen + the battery's discharge limit (floor and
///    C-rate, ``BatteryParameters/maxDischargeW(from:dtS:)``).
/// 2. The bus load comes first. If it cannot be carried in full, the step delivers what
///    it can, grants no heater or accelerator power, and returns `.safe`.
/// 3. Heaters (survival) come next: min(requested, what is left). A cut below the
///    request returns `.shedHeaters` (the accelerators then get nothing).
/// 4. Accelerators get min(requested, what is left, full power); a cut below the
///    request returns `.shedCompute`.
/// 5. Any surplus charges the battery (up to its charge limit); the rest is curtailed.
///    Any deficit is drawn from the battery.
///
/// Load-shedding order when energy is short: compute is shed first, then the heaters
/// are held at what is left after the bus (survival), then SAFE.
///
/// A scheduler can ask ``affordableAcceleratorW(battery:parameters:generatedW:dtS:heaterW:)``
/// first (the same number as step 4), combine it with demand and thermal headroom, and
/// pass the utilization it grants; `step` still clamps, so the battery never crosses its
/// floor or capacity whatever it is asked.
public enum PowerModel {
    /// The most accelerator power this step can carry after the bus and `heaterW` of
    /// heaters, W (0…full power).
    @inlinable
    public static func affordableAcceleratorW(
        battery: BatteryState, parameters p: PowerParameters, generatedW: Double, dtS: Double, heaterW: Double = 0
    ) -> Double {
        let supplyW = max(0, generatedW) + p.battery.maxDischargeW(from: battery, dtS: dtS)
        return min(p.fullAcceleratorPowerW, max(0, supplyW - p.busLoadW - max(0, heaterW)))
    }

    /// Advances the battery by `dtS` seconds with the given array output and accelerator
    /// utilization request.
    ///
    /// - Parameters:
    ///   - battery: battery state at the start of the step.
    ///   - parameters: the satellite's electrical design (its `busLoadW` is the bus load
    ///     of this step; pass a reduced one in SAFE).
    ///   - generatedW: array output this step, W (``SolarArrayParameters/generatedPowerW(in:yearsInOrbit:)``).
    ///   - acceleratorUtilization: requested fraction of full accelerator power, 0…1.
    ///   - heaterRequestW: heater power asked for, W (``ThermalHeater/demandW(_:parameters:otherDissipationW:environmentAbsorbedW:dtS:)``).
    ///   - dtS: step length, s (> 0; 0 returns the battery unchanged with the flows of the instant).
    @inlinable
    public static func step(
        battery: BatteryState, parameters p: PowerParameters, generatedW: Double,
        acceleratorUtilization: Double, heaterRequestW: Double = 0, dtS: Double
    ) -> PowerStep {
        let hours = max(0, dtS) / 3600
        let generated = max(0, generatedW)
        let supplyW = generated + p.battery.maxDischargeW(from: battery, dtS: dtS)
        let busW = max(0, p.busLoadW)
        let fullW = p.fullAcceleratorPowerW
        let requestedW = min(1, max(0, acceleratorUtilization)) * fullW

        let heaterRequestedW = max(0, heaterRequestW)

        let busServedW = min(busW, supplyW)
        let heaterW = min(heaterRequestedW, max(0, supplyW - busW))
        let affordableW = min(fullW, max(0, supplyW - busW - heaterW))
        let acceleratorW = min(requestedW, affordableW)
        let netW = generated - busServedW - heaterW - acceleratorW

        var energyWh = battery.energyWh
        var chargeW = 0.0, dischargeW = 0.0, curtailedW = 0.0
        if netW >= 0 {
            chargeW = min(netW, p.battery.maxChargeW(into: battery, dtS: dtS))
            curtailedW = netW - chargeW
            energyWh = min(p.battery.capacityWh, energyWh + chargeW * p.battery.chargeEfficiency * hours)
        } else {
            dischargeW = -netW
            // Never below the floor (or below the start, if it began under the floor);
            // the clamp only absorbs rounding, the limit was applied through supplyW.
            let lowestWh = min(battery.energyWh, p.battery.floorWh)
            energyWh = max(lowestWh, energyWh - dischargeW / p.battery.dischargeEfficiency * hours)
        }

        let tolerance = 1e-9 * max(1, busW + heaterRequestedW + fullW)
        let verdict: PowerVerdict =
            busServedW < busW - tolerance ? .safe
            : heaterW < heaterRequestedW - tolerance ? .shedHeaters
            : acceleratorW < requestedW - tolerance ? .shedCompute : .nominal
        return PowerStep(
            battery: BatteryState(energyWh: energyWh),
            generatedW: generated,
            busServedW: busServedW,
            unservedBusW: busW - busServedW,
            heaterRequestedW: heaterRequestedW,
            heaterW: heaterW,
            acceleratorRequestedW: requestedW,
            acceleratorPowerW: acceleratorW,
            affordableAcceleratorW: affordableW,
            affordableUtilization: fullW > 0 ? affordableW / fullW : 0,
            chargeW: chargeW,
            dischargeW: dischargeW,
            curtailedW: curtailedW,
            verdict: verdict
        )
    }
}
