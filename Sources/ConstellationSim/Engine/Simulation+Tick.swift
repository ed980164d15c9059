import Dispatch
import Foundation

extension Simulation {
    /// Runs every model for every satellite over the tick that ends now (positions are
    /// already at the end of the tick). `dtS` = 0 evaluates the instant (used at the epoch).
    ///
    /// Order: (serial) due scripted/interactive fault injections → phase A per satellite:
    /// SAA test → radiation (dose, upsets, smoothed SEU rate) → random failures →
    /// radiant environment → array power → demand → grant = min(demand, power, thermal,
    /// health) → (serial) training jobs advance and members run at their job's slowest
    /// grant → phase B per satellite: power step → thermal step (dissipation = load) →
    /// mode step → ground contact → alarm samples → links (+grid, after every mode is
    /// known) → (serial) fleet aggregates.
    mutating func runModels(dtS: Double) {
        let now = simSeconds
        applyDueInjections(before: dtS > 0 ? now : 0)
        let env = TickEnvironment(
            sun: SunEphemeris.position(at: time), gmst: greenwichMeanSiderealTime(time.value),
            nowSimSeconds: now, dtS: dtS, tick: tick, utcHours: LocalSolarTime.utcHours(time),
            yearsInOrbit: now / (TimeConstants.tropicalYearDays * TimeConstants.secondsPerDay),
            seuAlpha: dtS > 0 ? -expm1(-dtS / SpacecraftStates.seuRateTimeConstantS) : 0)
        let context = TickContext(
            classModels: classModels, classOf: fleet.spacecraftClass, anomalies: anomalies,
            anomalyOfGroup: anomalyOfGroup, groupOf: fleet.shellIndex, stations: stations,
            random: random, radiation: scenario.radiation, modes: scenario.modes,
            switches: scenario.environment, randomFailures: scenario.faults.randomFailures, workload: workload)
        runPhaseA(context, env)
        let result = workload.advance(dtS: dtS, nowSimSeconds: now, utilization: &states.utilization,
                                      uncorrectableUpsets: states.uncorrectableThisTick,
                                      peakPFLOPSPerSatellite: jobPeakPFLOPS)
        runPhaseB(context, env)
        runLinks()
        aggregates = FleetAggregates(self, tickPreemptions: result.preemptions, tickLostWorkPFLOP: result.lostWorkPFLOP)
    }

    /// Splits `0..<n` into chunks of `chunkSize` and runs them, in parallel when there
    /// are several. Each chunk writes only its own index range.
    static func forEachChunk(count n: Int, chunkSize: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let size = max(1, chunkSize)
        let chunks = (n + size - 1) / size
        if chunks <= 1 {
            body(0..<n)
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                body(c * size..<min(n, (c + 1) * size))
            }
        }
    }
}

/// Values shared by every satellite in one tick.
struct TickEnvironment: Sendable {
    let sun: SunPosition
    let gmst: Double
    let nowSimSeconds: Double
    let dtS: Double
    let tick: UInt64
    let utcHours: Double
    let yearsInOrbit: Double
    /// 1 − e^(−dt/τ) of the SEU-rate smoothing.
    let seuAlpha: Double
}

/// Read-only model parameters for the tick (arrays are shared, never written).
struct TickContext: Sendable {
    let classModels: [ClassModel]
    let classOf: [Int32]
    let anomalies: [SouthAtlanticAnomaly]
    let anomalyOfGroup: [UInt8]
    let groupOf: [Int32]
    let stations: GroundStationNetwork
    let random: CounterRandom
    let radiation: RadiationParameters
    let modes: ModeParameters
    let switches: EnvironmentSwitches
    let randomFailures: Bool
    let workload: Workload
}
