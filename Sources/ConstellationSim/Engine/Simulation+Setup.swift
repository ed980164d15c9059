/// Model parameters of one spacecraft class, prepared once for the tick.
struct ClassModel: Sendable {
    let power: PowerParameters
    let thermal: ThermalParameters
    let faults: FaultParameters
    let hazards: FaultHazards
    /// Peak delivered compute of one satellite, PFLOP/s.
    let peakPFLOPS: Double
    let acceleratorPFLOPS: Double
    let propulsion: PropulsionParameters

    init(_ c: SpacecraftClass) {
        propulsion = c.propulsion
        power = c.power
        thermal = c.thermal
        faults = c.faults
        hazards = FaultHazards(c.faults)
        peakPFLOPS = c.peakPFLOPS
        acceleratorPFLOPS = c.acceleratorPFLOPS
    }

    /// Electrical design with failed battery and array strings removed: capacity and
    /// array area scale with the healthy fraction.
    @inline(__always)
    func power(_ f: FaultState) -> PowerParameters {
        var p = power
        p.battery.capacityWh *= f.batteryCapacityFraction(faults)
        p.array.areaM2 *= f.arrayAreaFraction(faults)
        return p
    }

    /// Thermal design with failed radiator loops removed: radiator area and the
    /// node-to-radiator conductance scale with the healthy loop fraction.
    /// With `radiatorOpen` (the louver opening, 0…1), the emissivity the louvers give.
    @inline(__always)
    func thermal(_ f: FaultState, radiatorOpen: Double = 1) -> ThermalParameters {
        let louvered = VariableRadiator.applied(thermal, openFraction: radiatorOpen)
        guard f.failedRadiatorLoops > 0 else { return louvered }
        var t = louvered
        let k = f.radiatorFraction(faults)
        t.radiatorAreaM2 *= k
        // Conductance must stay positive for the solver; a fully failed radiator is FAILED anyway.
        t.conductanceWPerK *= max(k, 1e-3)
        return t
    }
}

extension Simulation {
    /// The workload of `scenario`: `trainingJobs` jobs of `satellitesPerJob` consecutive
    /// satellites of the first designed shell (job j = satellites j·m ..< (j+1)·m), all
    /// submitted at the epoch, each `jobHoursAtFullRate` long at full rate; jobs that do
    /// not fit in the shell are not created. Every other satellite serves inference.
    static func buildWorkload(_ scenario: Scenario, fleet: Fleet) -> Workload {
        let spec = scenario.workload
        var jobs: [TrainingJob] = []
        if let first = scenario.shells.first, spec.satellitesPerJob > 0, spec.jobHoursAtFullRate > 0,
           spec.checkpointIntervalS > 0 {
            let m = spec.satellitesPerJob
            let peak = scenario.spacecraft[scenario.spacecraftIndex(named: first.spacecraft)].peakPFLOPS
            let fitting = min(max(0, spec.trainingJobs), first.shell.total / m)
            if peak > 0 {
                for j in 0..<fitting {
                    jobs.append(TrainingJob(id: j, members: Array(j * m..<(j + 1) * m),
                                            hoursAtFullRate: spec.jobHoursAtFullRate,
                                            checkpointIntervalS: spec.checkpointIntervalS, peakPFLOPSPerSatellite: peak))
                }
            }
        }
        return Workload(satelliteCount: fleet.count, jobs: jobs,
                        parameters: WorkloadParameters(constantUtilization: spec.constantUtilization,
                                                       inference: spec.inference))
    }

    /// Peak PFLOP/s of a training-job member (the first shell's class).
    var jobPeakPFLOPS: Double {
        guard let first = scenario.shells.first else { return 0 }
        return scenario.spacecraft[scenario.spacecraftIndex(named: first.spacecraft)].peakPFLOPS
    }

    /// Initial state: battery full; temperatures at the steady state of the epoch's
    /// environment with the bus plus the epoch demand dissipated, plus the heater power
    /// that holds the set point when that alone would leave the node colder, and the louvers
    /// at the opening consistent with that state; SEU rate at the
    /// expected rate where each satellite is.
    mutating func initializeStates() {
        let sun = SunEphemeris.position(at: time)
        let utc = LocalSolarTime.utcHours(time)
        let w = world
        for i in 0..<fleet.count {
            let model = context.classModels[Int(fleet.spacecraftClass[i])]
            w.battery[i] = BatteryState(stateOfCharge: 1, of: model.power.battery)
            w.propellantKg[i] = model.propulsion.propellantKg
            let env = RadiantEnvironment(satelliteKm: w.positionKm[i], sun: sun)
            let d = workload.demand(satellite: i, nowSimSeconds: 0, latitudeDeg: w.latitudeDeg[i],
                                    longitudeDeg: w.longitudeDeg[i], utcHours: utc)
            let loadW = model.power.busLoadW + d * model.power.fullAcceleratorPowerW
            // Louvers at the opening that holds this steady state (heaters only when closed).
            let switches = scenario.environment
            let steady = VariableRadiator.steadyState(parameters: model.thermal, otherDissipationW: loadW) {
                $0.environmentAbsorbedW(env, switches: switches)
            }
            w.thermal[i] = steady.state
            w.radiatorOpenFraction[i] = steady.openFraction
            let saa = context.anomalies[Int(context.anomalyOfGroup[Int(fleet.shellIndex[i])])]
            let inSAA = saa.contains(latitudeDeg: w.latitudeDeg[i], longitudeDeg: w.longitudeDeg[i])
            w.seuRatePerHour[i] = scenario.radiation.upsetsPerSecond(inSAA: inSAA) * 3600
        }
    }
}
