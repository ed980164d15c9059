/// The power step: array and battery carry the bus, the heaters and the granted compute,
/// in that order (`PowerModel`). Heaters are decided before the step from the tick's start
/// state (no lag): the power that ends the step at the set point given the bus and the
/// granted compute; if compute is then cut, the heaters ask once more with the compute
/// actually carried (they come before compute; the second ask is final).
struct PowerPhase: FleetPhase {
    static let name = "power"
    static let reads: [WorldColumn] = [.mode, .faults, .battery, .utilization, .heaterHoldingW, .solarW]
    static let writes: [WorldColumn] = [.battery, .utilization, .heaterW, .heaterRequestW, .loadW, .netPowerW,
                                        .batterySOC, .powerVerdict]

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        for i in range {
            let model = context.classModels[Int(context.classOf[i])]
            let fault = w.faults[i]
            // The mode column still holds the tick's start mode (the mode phase comes later).
            let wasFailed = w.mode[i] == .failed
            var power = model.power(fault)
            if wasFailed { power.busLoadW = 0 }
            let thermalP = model.thermal(fault)
            let fullW = power.fullAcceleratorPowerW
            // Computed by the scheduling phase from this tick's start state (0 when FAILED).
            let holdingW = w.heaterHoldingW[i]
            func heaterFor(_ acceleratorW: Double) -> Double {
                min(thermalP.heaterMaxW, max(0, holdingW - power.busLoadW - acceleratorW))
            }
            let utilization = w.utilization[i]
            let requestedW = min(1, max(0, utilization)) * fullW
            var step = PowerModel.step(battery: w.battery[i], parameters: power, generatedW: w.solarW[i],
                                       acceleratorUtilization: utilization, heaterRequestW: heaterFor(requestedW),
                                       dtS: e.dtS)
            if step.verdict == .shedCompute && heaterFor(step.acceleratorPowerW) > step.heaterRequestedW {
                step = PowerModel.step(battery: w.battery[i], parameters: power, generatedW: w.solarW[i],
                                       acceleratorUtilization: utilization,
                                       heaterRequestW: heaterFor(step.acceleratorPowerW), dtS: e.dtS)
            }
            w.battery[i] = step.battery
            w.utilization[i] = fullW > 0 ? step.acceleratorPowerW / fullW : 0
            w.heaterW[i] = step.heaterW
            w.heaterRequestW[i] = step.heaterRequestedW
            w.loadW[i] = step.loadW
            w.netPowerW[i] = step.chargeW - step.dischargeW
            w.batterySOC[i] = step.battery.stateOfCharge(of: power.battery)
            w.powerVerdict[i] = step.verdict
        }
    }
}
