import Testing
@testable import ConstellationSim

/// Heaters in the electrical step: after the bus, before compute.
@Suite struct PowerHeaterTests {
    /// Default design (bus 1500 W, 24 × 700 W), battery at its floor so the array is the
    /// only supply: the supply is exactly `generatedW`.
    private func step(generatedW: Double, heaterW: Double, utilization: Double = 1) -> PowerStep {
        let p = PowerParameters()
        return PowerModel.step(battery: BatteryState(energyWh: p.battery.floorWh), parameters: p,
                               generatedW: generatedW, acceleratorUtilization: utilization, heaterRequestW: heaterW,
                               dtS: 10)
    }

    private func balanced(_ s: PowerStep) -> Bool {
        abs(s.generatedW + s.dischargeW - (s.busServedW + s.heaterW + s.acceleratorPowerW + s.chargeW + s.curtailedW)) < 1e-6
    }

    /// 5000 W: bus 1500, heaters 2000, compute gets the remaining 1500 of 16 800 (shed).
    @Test func computeIsShedBeforeTheHeaters() {
        let s = step(generatedW: 5_000, heaterW: 2_000)
        #expect(s.busServedW == 1_500 && s.heaterW == 2_000 && s.acceleratorPowerW == 1_500)
        #expect(s.verdict == .shedCompute && s.loadW == 5_000 && balanced(s))
    }

    /// 3000 W: bus 1500, heaters held at the 1500 W left (survival), no compute.
    @Test func heatersAreHeldAtWhatIsLeftAfterTheBus() {
        let s = step(generatedW: 3_000, heaterW: 2_000)
        #expect(s.busServedW == 1_500 && s.heaterW == 1_500 && s.acceleratorPowerW == 0)
        #expect(s.verdict == .shedHeaters && balanced(s))
    }

    /// 1000 W: not even the bus: SAFE, no heater power.
    @Test func busShortfallIsSafe() {
        let s = step(generatedW: 1_000, heaterW: 2_000)
        #expect(s.busServedW == 1_000 && s.heaterW == 0 && s.acceleratorPowerW == 0 && s.verdict == .safe)
    }

    /// In eclipse with a battery the heater energy is drawn through the discharge
    /// efficiency: bus 1500 + heater 8000 W, no compute, 1 h: 9500 / 0.95 = 10 000 Wh.
    @Test func heaterEnergyComesOutOfTheBattery() {
        let p = PowerParameters()
        let start = BatteryState(energyWh: p.battery.capacityWh)
        let s = PowerModel.step(battery: start, parameters: p, generatedW: 0, acceleratorUtilization: 0,
                                heaterRequestW: 8_000, dtS: 3_600)
        #expect(s.verdict == .nominal && s.heaterW == 8_000 && s.dischargeW == 9_500)
        #expect(abs((start.energyWh - s.battery.energyWh) - 10_000) < 1e-6 && balanced(s))
    }

    /// The affordable compute after the heaters: 5000 − 1500 − 2000 = 1500 W.
    @Test func affordableComputeSubtractsTheHeaters() {
        let p = PowerParameters()
        let w = PowerModel.affordableAcceleratorW(battery: BatteryState(energyWh: p.battery.floorWh), parameters: p,
                                                  generatedW: 5_000, dtS: 10, heaterW: 2_000)
        #expect(w == 1_500)
    }
}
