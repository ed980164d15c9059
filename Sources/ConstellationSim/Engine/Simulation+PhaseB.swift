/// Buffers of phase B (power, thermal, mode, contacts, alarm samples). As in phase A,
/// each `concurrentPerform` chunk writes only its own index range of every buffer
/// (including each alarm column), so the chunks share no written memory; the buffers
/// are borrowed by `runPhaseB` for the whole pass.
private struct PhaseBBuffers: @unchecked Sendable {
    let pos: UnsafeBufferPointer<SIMD3<Double>>
    let solar: UnsafeBufferPointer<Double>
    let absorbed: UnsafeBufferPointer<Double>
    let available: UnsafeBufferPointer<Double>
    let demand: UnsafeBufferPointer<Double>
    let faults: UnsafeBufferPointer<FaultState>
    let radiation: UnsafeBufferPointer<RadiationState>
    let seuRate: UnsafeBufferPointer<Double>
    let battery: UnsafeMutableBufferPointer<BatteryState>
    let thermal: UnsafeMutableBufferPointer<ThermalState>
    let modeState: UnsafeMutableBufferPointer<ModeState>
    let mode: UnsafeMutableBufferPointer<OperatingMode>
    let utilization: UnsafeMutableBufferPointer<Double>
    let load: UnsafeMutableBufferPointer<Double>
    let heater: UnsafeMutableBufferPointer<Double>
    let net: UnsafeMutableBufferPointer<Double>
    let soc: UnsafeMutableBufferPointer<Double>
    let accelC: UnsafeMutableBufferPointer<Double>
    let radC: UnsafeMutableBufferPointer<Double>
    let contact: UnsafeMutableBufferPointer<Int32>
    let minutes: UnsafeMutableBufferPointer<Double>
    let samples: [UnsafeMutableBufferPointer<Double>]

    func run(_ range: Range<Int>, _ c: TickContext, _ e: TickEnvironment) {
        let hasStations = !c.stations.stations.isEmpty
        for i in range {
            let model = c.classModels[Int(c.classOf[i])]
            let fault = faults[i]
            let wasFailed = mode[i] == .failed
            var power = model.power(fault)
            if wasFailed { power.busLoadW = 0 }
            let thermalP = model.thermal(fault)
            let fullW = power.fullAcceleratorPowerW
            // Heaters are decided BEFORE the power step from this tick's start state (no
            // lag): the power that ends the step at the set point given the bus and the
            // granted compute. If compute is then cut, the heaters ask once more with the
            // compute actually carried (they come before compute; the second ask is final).
            let holdingW = wasFailed ? 0 : ThermalHeater.holdingDissipationW(
                thermal[i], parameters: thermalP, environmentAbsorbedW: absorbed[i], dtS: e.dtS)
            func heaterFor(_ acceleratorW: Double) -> Double {
                min(thermalP.heaterMaxW, max(0, holdingW - power.busLoadW - acceleratorW))
            }
            let requestedW = min(1, max(0, utilization[i])) * fullW
            var step = PowerModel.step(battery: battery[i], parameters: power, generatedW: solar[i],
                                       acceleratorUtilization: utilization[i], heaterRequestW: heaterFor(requestedW),
                                       dtS: e.dtS)
            if step.verdict == .shedCompute && heaterFor(step.acceleratorPowerW) > step.heaterRequestedW {
                step = PowerModel.step(battery: battery[i], parameters: power, generatedW: solar[i],
                                       acceleratorUtilization: utilization[i],
                                       heaterRequestW: heaterFor(step.acceleratorPowerW), dtS: e.dtS)
            }
            battery[i] = step.battery
            utilization[i] = fullW > 0 ? step.acceleratorPowerW / fullW : 0
            heater[i] = step.heaterW
            load[i] = step.loadW
            net[i] = step.chargeW - step.dischargeW
            soc[i] = step.battery.stateOfCharge(of: power.battery)
            let t = ThermalModel.step(thermal[i], parameters: thermalP, dissipationW: step.loadW,
                                      environmentAbsorbedW: absorbed[i], dtS: e.dtS)
            thermal[i] = t
            accelC[i] = t.acceleratorC
            radC[i] = t.radiatorC
            // Shedding order: compute (.shedCompute), then heaters held at what is left
            // (.shedHeaters, survival), then SAFE when even the bus cannot be carried.
            let inputs = ModeInputs(energyShort: step.verdict == .safe,
                                    overTemperatureShutdown: ThermalModel.status(t, parameters: thermalP).isShutdown)
            _ = modeState[i].step(nowSimSeconds: e.nowSimSeconds, inputs: inputs, faults: fault,
                                  doseRadSi: radiation[i].doseRadSi, faultParameters: model.faults,
                                  radiation: c.radiation, parameters: c.modes)
            let m = modeState[i].mode
            mode[i] = m
            if hasStations {
                let earthFixed = inertialToEarthFixed(pos[i], gmst: e.gmst)
                if let best = c.stations.bestContact(satelliteKm: earthFixed) {
                    contact[i] = Int32(best.station)
                    minutes[i] = 0
                } else {
                    contact[i] = -1
                    minutes[i] += e.dtS / 60
                }
            }
            // Alarm samples (link loss is written by the link pass).
            samples[Int(AlarmParameter.modeChange.rawValue)][i] = Double(m.rawValue)
            guard m != .failed else {
                for p in AlarmParameter.allCases where p != .modeChange && p != .linkLoss { samples[Int(p.rawValue)][i] = .nan }
                continue
            }
            // Demanded: bus + the heaters' request + the compute the workload asks for.
            let demandedW = power.busLoadW + step.heaterRequestedW + demand[i] * fullW
            samples[Int(AlarmParameter.batterySOC.rawValue)][i] = soc[i] * 100
            samples[Int(AlarmParameter.busPowerMargin.rawValue)][i] =
                demandedW > 0 ? (available[i] - demandedW) / demandedW * 100 : .nan
            samples[Int(AlarmParameter.acceleratorTemp.rawValue)][i] = t.acceleratorC
            samples[Int(AlarmParameter.radiatorTemp.rawValue)][i] = t.radiatorC
            samples[Int(AlarmParameter.utilizationCollapse.rawValue)][i] =
                demand[i] > 0 ? max(0, demand[i] - utilization[i]) / demand[i] * 100 : 0
            samples[Int(AlarmParameter.seuRate.rawValue)][i] = seuRate[i]
            samples[Int(AlarmParameter.groundContactLoss.rawValue)][i] = hasStations ? minutes[i] : .nan
        }
    }
}

extension Simulation {
    mutating func runPhaseB(_ context: TickContext, _ env: TickEnvironment) {
        let n = fleet.count, chunkSize = self.chunkSize
        let positions = fleet.positionKm, absorbedW = environmentAbsorbedW
        var s = states
        states = SpacecraftStates.moved
        defer { states = s }
        let solar = s.solarW, available = s.availableW, demand = s.demand
        let faults = s.faults, radiation = s.radiation, seuRate = s.seuRatePerHour
        var columns = s.alarmSamples
        s.alarmSamples = []
        defer { s.alarmSamples = columns }
        positions.withUnsafeBufferPointer { pos in
        solar.withUnsafeBufferPointer { solar in
        absorbedW.withUnsafeBufferPointer { absorbed in
        available.withUnsafeBufferPointer { available in
        demand.withUnsafeBufferPointer { demand in
        faults.withUnsafeBufferPointer { faults in
        radiation.withUnsafeBufferPointer { radiation in
        seuRate.withUnsafeBufferPointer { seuRate in
        s.battery.withUnsafeMutableBufferPointer { battery in
        s.thermal.withUnsafeMutableBufferPointer { thermal in
        s.modeState.withUnsafeMutableBufferPointer { modeState in
        s.mode.withUnsafeMutableBufferPointer { mode in
        s.utilization.withUnsafeMutableBufferPointer { util in
        s.loadW.withUnsafeMutableBufferPointer { load in
        s.heaterW.withUnsafeMutableBufferPointer { heater in
        s.netPowerW.withUnsafeMutableBufferPointer { net in
        s.batterySOC.withUnsafeMutableBufferPointer { soc in
        s.tempAccelC.withUnsafeMutableBufferPointer { accelC in
        s.tempRadiatorC.withUnsafeMutableBufferPointer { radC in
        s.groundContact.withUnsafeMutableBufferPointer { contact in
        s.minutesSinceContact.withUnsafeMutableBufferPointer { minutes in
        withColumnBuffers(&columns) { samples in
            let buffers = PhaseBBuffers(
                pos: pos, solar: solar, absorbed: absorbed, available: available, demand: demand, faults: faults,
                radiation: radiation, seuRate: seuRate, battery: battery, thermal: thermal, modeState: modeState,
                mode: mode, utilization: util, load: load, heater: heater, net: net, soc: soc, accelC: accelC, radC: radC,
                contact: contact, minutes: minutes, samples: samples)
            Simulation.forEachChunk(count: n, chunkSize: chunkSize) { buffers.run($0, context, env) }
        }}}}}}}}}}}}}}}}}}}}}}
    }
}

/// Calls `body` with a mutable buffer of every column of `columns` (borrowed for the
/// duration of the call; the list itself is one small allocation per call).
func withColumnBuffers(_ columns: inout [[Double]], _ body: ([UnsafeMutableBufferPointer<Double>]) -> Void) {
    columns.withUnsafeMutableBufferPointer { outer in
        var buffers: [UnsafeMutableBufferPointer<Double>] = []
        buffers.reserveCapacity(outer.count)
        func borrow(_ k: Int) {
            if k == outer.count {
                body(buffers)
                return
            }
            outer[k].withUnsafeMutableBufferPointer { column in
                buffers.append(column)
                borrow(k + 1)
            }
        }
        borrow(0)
    }
}
