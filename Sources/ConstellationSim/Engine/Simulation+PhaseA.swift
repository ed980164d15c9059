/// Buffers of phase A (radiation, faults, environment, power, grant). Every chunk of
/// `concurrentPerform` reads shared inputs and writes only the elements of its own index
/// range of each buffer, so the chunks never touch the same memory: that is what makes
/// sharing these pointers across threads sound. The buffers outlive the pass (they are
/// borrowed for its whole duration by `runPhaseA`).
private struct PhaseABuffers: @unchecked Sendable {
    let pos: UnsafeBufferPointer<SIMD3<Double>>
    let vel: UnsafeBufferPointer<SIMD3<Double>>
    let lat: UnsafeBufferPointer<Double>
    let lon: UnsafeBufferPointer<Double>
    let thermal: UnsafeBufferPointer<ThermalState>
    let mode: UnsafeBufferPointer<OperatingMode>
    let battery: UnsafeMutableBufferPointer<BatteryState>
    let radiation: UnsafeMutableBufferPointer<RadiationState>
    let faults: UnsafeMutableBufferPointer<FaultState>
    let uncorrectable: UnsafeMutableBufferPointer<Int>
    let seuTotal: UnsafeMutableBufferPointer<Int>
    let seuRate: UnsafeMutableBufferPointer<Double>
    let lit: UnsafeMutableBufferPointer<Double>
    let solar: UnsafeMutableBufferPointer<Double>
    let absorbed: UnsafeMutableBufferPointer<Double>
    let available: UnsafeMutableBufferPointer<Double>
    let demand: UnsafeMutableBufferPointer<Double>
    let utilization: UnsafeMutableBufferPointer<Double>
    let limit: UnsafeMutableBufferPointer<UInt8>
    let beta: UnsafeMutableBufferPointer<Double>

    func run(_ range: Range<Int>, _ c: TickContext, _ e: TickEnvironment) {
        for i in range {
            let model = c.classModels[Int(c.classOf[i])]
            let failed = mode[i] == .failed
            // SAA and radiation (a lost satellite no longer counts upsets).
            var events = RadiationEvents(correctableUpsets: 0, uncorrectableUpsets: 0)
            if !failed {
                let saa = c.anomalies[Int(c.anomalyOfGroup[Int(c.groupOf[i])])]
                let inSAA = saa.contains(latitudeDeg: lat[i], longitudeDeg: lon[i])
                events = radiation[i].step(inSAA: inSAA, dtS: e.dtS, parameters: c.radiation,
                                           random: c.random, satellite: i, tick: e.tick)
            }
            uncorrectable[i] = events.uncorrectableUpsets
            seuTotal[i] = radiation[i].correctableUpsets + radiation[i].uncorrectableUpsets
            if e.dtS > 0 {
                let instantPerHour = Double(events.correctableUpsets + events.uncorrectableUpsets) / e.dtS * 3600
                seuRate[i] += e.seuAlpha * (instantPerHour - seuRate[i])
            }
            // Random failures.
            if c.randomFailures && !failed && e.dtS > 0 {
                _ = faults[i].stepRandomFailures(
                    dtS: e.dtS, parameters: model.faults, hazards: model.hazards,
                    acceleratorHazardMultiplier: c.radiation.acceleratorHazardMultiplier(doseRadSi: radiation[i].doseRadSi),
                    random: c.random, satellite: i, tick: e.tick)
            }
            // Environment and array power.
            let fault = faults[i]
            let power = model.power(fault)
            let thermalP = model.thermal(fault)
            let environment = RadiantEnvironment(satelliteKm: pos[i], sun: e.sun)
            lit[i] = environment.litFraction
            // A FAILED satellite's array is disconnected: it generates nothing for the fleet.
            let generatedW = failed ? 0 : power.array.generatedPowerW(in: environment, yearsInOrbit: e.yearsInOrbit)
            solar[i] = generatedW
            absorbed[i] = thermalP.environmentAbsorbedW(environment, switches: c.switches)
            beta[i] = degrees(BetaAngle.radians(positionKm: pos[i], velocityKmPerS: vel[i], sunDirection: e.sun.direction))
            // A lost battery string takes its stored energy with it.
            if battery[i].energyWh > power.battery.capacityWh { battery[i].energyWh = power.battery.capacityWh }
            let b = battery[i]
            available[i] = generatedW + power.battery.maxDischargeW(from: b, dtS: e.dtS)
            // Demand and grant.
            let d = failed ? 0 : c.workload.demand(satellite: i, nowSimSeconds: e.nowSimSeconds, latitudeDeg: lat[i],
                                                   longitudeDeg: lon[i], utcHours: e.utcHours)
            demand[i] = d
            let fullW = power.fullAcceleratorPowerW
            guard fullW > 0, !failed else {
                utilization[i] = 0
                limit[i] = UInt8(SchedulingLimit.health.rawValue)
                continue
            }
            // Heaters before compute: the accelerators' own heat counts towards the set point.
            let holdingW = ThermalHeater.holdingDissipationW(thermal[i], parameters: thermalP,
                                                             environmentAbsorbedW: absorbed[i], dtS: e.dtS)
            let allowanceW = ThermalHeater.acceleratorAllowanceW(
                spareW: available[i] - power.busLoadW, holdingW: holdingW, busW: power.busLoadW,
                heaterMaxW: thermalP.heaterMaxW)
            let powerBound = min(fullW, allowanceW) / fullW
            let thermalBound: Double
            if ThermalModel.status(thermal[i], parameters: thermalP).isShutdown {
                thermalBound = 0
            } else {
                let maxHeatW = ThermalModel.maxDissipationW(thermal[i], parameters: thermalP,
                                                            environmentAbsorbedW: absorbed[i], dtS: e.dtS,
                                                            limitC: thermalP.throttleC)
                thermalBound = max(0, maxHeatW - power.busLoadW) / fullW
            }
            let health = ComputeScheduler.health(
                mode: mode[i], acceleratorFraction: fault.acceleratorFraction(model.faults),
                radiationThroughputFactor: c.radiation.throughputFactor(doseRadSi: radiation[i].doseRadSi))
            let grant = ComputeScheduler.grant(demand: d, powerAllowance: powerBound, thermalHeadroom: thermalBound,
                                               health: health)
            utilization[i] = grant.utilization
            limit[i] = UInt8(grant.limit.rawValue)
        }
    }
}

extension Simulation {
    mutating func runPhaseA(_ context: TickContext, _ env: TickEnvironment) {
        let fleet = self.fleet
        let thermal = states.thermal, mode = states.mode
        let n = fleet.count, chunkSize = self.chunkSize
        var s = states
        var absorbedW = environmentAbsorbedW
        states = SpacecraftStates.moved
        environmentAbsorbedW = []
        defer {
            states = s
            environmentAbsorbedW = absorbedW
        }
        fleet.positionKm.withUnsafeBufferPointer { pos in
        fleet.velocityKmS.withUnsafeBufferPointer { vel in
        fleet.latitudeDeg.withUnsafeBufferPointer { lat in
        fleet.longitudeDeg.withUnsafeBufferPointer { lon in
        thermal.withUnsafeBufferPointer { th in
        mode.withUnsafeBufferPointer { md in
        s.battery.withUnsafeMutableBufferPointer { battery in
        s.radiation.withUnsafeMutableBufferPointer { radiation in
        s.faults.withUnsafeMutableBufferPointer { faults in
        s.uncorrectableThisTick.withUnsafeMutableBufferPointer { unc in
        s.seuTotal.withUnsafeMutableBufferPointer { seuTotal in
        s.seuRatePerHour.withUnsafeMutableBufferPointer { seuRate in
        s.litFraction.withUnsafeMutableBufferPointer { lit in
        s.solarW.withUnsafeMutableBufferPointer { solar in
        absorbedW.withUnsafeMutableBufferPointer { absorbed in
        s.availableW.withUnsafeMutableBufferPointer { available in
        s.demand.withUnsafeMutableBufferPointer { demand in
        s.utilization.withUnsafeMutableBufferPointer { util in
        s.schedulingLimit.withUnsafeMutableBufferPointer { limit in
        s.betaDeg.withUnsafeMutableBufferPointer { beta in
            let buffers = PhaseABuffers(
                pos: pos, vel: vel, lat: lat, lon: lon, thermal: th, mode: md, battery: battery,
                radiation: radiation, faults: faults, uncorrectable: unc, seuTotal: seuTotal, seuRate: seuRate,
                lit: lit, solar: solar, absorbed: absorbed, available: available, demand: demand,
                utilization: util, limit: limit, beta: beta)
            Simulation.forEachChunk(count: n, chunkSize: chunkSize) { buffers.run($0, context, env) }
        }}}}}}}}}}}}}}}}}}}}
    }
}
