/// Demand (training job or inference under the satellite) and the grant:
/// utilization = min(demand, power allowance after bus and heaters, thermal headroom,
/// health). Training jobs then hold their members to the slowest (`WorkloadPhase`).
struct SchedulingPhase: FleetPhase {
    static let name = "scheduling"
    static let reads: [WorldColumn] = [.geodetic, .mode, .faults, .thermal, .radiatorOpenFraction, .radiation,
                                       .environmentAbsorbedW,
                                       .availableW, .workload]
    static let writes: [WorldColumn] = [.demand, .heaterHoldingW, .utilization, .schedulingLimit]

    let context: TickContext
    let workload: Workload

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let c = context
        for i in range {
            let model = c.classModels[Int(c.classOf[i])]
            let failed = w.mode[i] == .failed
            let d = failed ? 0 : workload.demand(satellite: i, nowSimSeconds: e.nowSimSeconds,
                                                 latitudeDeg: w.latitudeDeg[i], longitudeDeg: w.longitudeDeg[i],
                                                 utcHours: e.utcHours)
            w.demand[i] = d
            let fault = w.faults[i]
            let power = model.power(fault)
            let fullW = power.fullAcceleratorPowerW
            let thermalP = model.thermal(fault, radiatorOpen: w.radiatorOpenFraction[i])
            let thermal = w.thermal[i], absorbedW = w.environmentAbsorbedW[i]
            // Heaters before compute: the accelerators' own heat counts towards the set point.
            let holdingW = failed ? 0 : ThermalHeater.holdingDissipationW(
                thermal, parameters: thermalP, environmentAbsorbedW: absorbedW, dtS: e.dtS)
            w.heaterHoldingW[i] = holdingW
            guard fullW > 0, !failed else {
                w.utilization[i] = 0
                w.schedulingLimit[i] = UInt8(SchedulingLimit.health.rawValue)
                continue
            }
            // Nothing asked for: no bound can be below 0, so the grant is 0 by demand
            // (exactly what `ComputeScheduler.grant` returns) without the thermal solve.
            guard ComputeScheduler.clamp01(d) > 0 else {
                w.utilization[i] = 0
                w.schedulingLimit[i] = UInt8(SchedulingLimit.demand.rawValue)
                continue
            }
            let allowanceW = ThermalHeater.acceleratorAllowanceW(
                spareW: w.availableW[i] - power.busLoadW, holdingW: holdingW, busW: power.busLoadW,
                heaterMaxW: thermalP.heaterMaxW)
            let powerBound = min(fullW, allowanceW) / fullW
            let thermalBound: Double
            if ThermalModel.status(thermal, parameters: thermalP).isShutdown {
                thermalBound = 0
            } else {
                let maxHeatW = ThermalModel.maxDissipationW(thermal, parameters: thermalP,
                                                            environmentAbsorbedW: absorbedW, dtS: e.dtS,
                                                            limitC: thermalP.throttleC)
                thermalBound = max(0, maxHeatW - power.busLoadW) / fullW
            }
            let health = ComputeScheduler.health(
                mode: w.mode[i], acceleratorFraction: fault.acceleratorFraction(model.faults),
                radiationThroughputFactor: c.radiation.throughputFactor(doseRadSi: w.radiation[i].doseRadSi))
            let grant = ComputeScheduler.grant(demand: d, powerAllowance: powerBound, thermalHeadroom: thermalBound,
                                               health: health)
            w.utilization[i] = grant.utilization
            w.schedulingLimit[i] = UInt8(grant.limit.rawValue)
        }
    }
}
