@testable import ConstellationSim

/// Scenarios and helpers for the integrated-tick tests.
enum SimulationFixtures {
    /// One satellite at 550 km, 53°, from the default epoch, no random failures.
    static func single(_ spacecraft: SpacecraftClass = SpacecraftClass(), dtSeconds: Double = 10,
                       constantUtilization: Double? = 1, environment: EnvironmentSwitches = .allOn,
                       scripted: [ScriptedFault] = []) -> Scenario {
        Scenario(
            name: "single", epoch: JulianDate(year: 2026, month: 6, day: 21), dtSeconds: dtSeconds, seed: 7,
            spacecraft: [spacecraft],
            shells: [ShellDesign(WalkerShell(name: "s", altitudeKm: 550, inclinationDeg: 53, planes: 1, perPlane: 1,
                                             phasing: 0))],
            workload: WorkloadSpec(constantUtilization: constantUtilization, trainingJobs: 0),
            faults: FaultPlan(randomFailures: false, scripted: scripted), environment: environment)
    }

    /// 6 planes × 8, with stations, training jobs and frequent random failures, so every
    /// model has something to do.
    static func busy(seed: UInt64 = 3) -> Scenario {
        var faults = FaultParameters()
        faults.batteryCellMTBFHours = 20
        faults.arrayStringMTBFHours = 20
        faults.radiatorLoopMTBFHours = 30
        faults.laserTerminalMTBFHours = 10
        faults.acceleratorBoardMTBFHours = 10
        faults.avionicsMTBFHours = 200
        return Scenario(
            name: "busy", epoch: JulianDate(year: 2026, month: 3, day: 20), dtSeconds: 30, seed: seed,
            spacecraft: [SpacecraftClass(faults: faults)],
            shells: [ShellDesign(WalkerShell(name: "b", altitudeKm: 600, inclinationDeg: 70, planes: 6, perPlane: 8,
                                             phasing: 1))],
            groundStations: [GroundStation(name: "Svalbard", latitudeDeg: 78.2, longitudeDeg: 15.4),
                             GroundStation(name: "Santiago", latitudeDeg: -33.4, longitudeDeg: -70.7)],
            workload: WorkloadSpec(trainingJobs: 2, satellitesPerJob: 8, jobHoursAtFullRate: 1, checkpointIntervalS: 300))
    }

    /// Every per-satellite array of the simulation as numbers, for exact comparison.
    static func fingerprint(_ sim: Simulation) -> [[Double]] {
        let s = sim.world
        var out: [[Double]] = [
            s.battery.map(\.energyWh), s.thermal.map(\.acceleratorK), s.thermal.map(\.radiatorK),
            s.radiation.map(\.doseRadSi), s.radiation.map { Double($0.correctableUpsets) },
            s.radiation.map { Double($0.uncorrectableUpsets) },
            s.faults.map { Double($0.failedBatteryStrings * 1000 + $0.failedArrayStrings * 100 + $0.failedRadiatorLoops * 10
                + $0.failedAcceleratorBoards) },
            s.faults.map { Double($0.failedLaserTerminals) + ($0.avionicsFailed ? 16 : 0) },
            s.modeState.map { Double($0.mode.rawValue * 100 + $0.cause.rawValue) }, s.utilization.array, s.demand.array,
            s.litFraction.array, s.solarW.array, s.loadW.array, s.heaterW.array, s.netPowerW.array, s.batterySOC.array,
            s.acceleratorTempC.array, s.radiatorTempC.array, s.seuTotal.map(Double.init), s.seuRatePerHour.array,
            s.groundContact.map(Double.init), s.minutesSinceContact.array, s.islUpMask.map(Double.init), s.betaDeg.array,
        ]
        out += s.alarmSamples.map { $0.map { $0.isNaN ? -999_999 : $0 } }
        let a = sim.aggregates
        out.append([Double(a.nominal), Double(a.degraded), Double(a.safe), Double(a.failed), a.solarMW, a.loadMW,
                    a.meanSOC, a.minSOC, a.maxAcceleratorC, a.deliveredPFLOPS, a.queuedWorkPFLOP,
                    Double(a.preemptions), a.lostWorkPFLOP])
        return out
    }
}

extension Simulation {
    /// A frame of the simulation as it is now (paused, no journal).
    func frame() -> EngineFrame {
        makeFrame(runState: .paused, speed: .multiple(1), ticksPerSecond: 0, journal: nil)
    }
}
