import Foundation

/// Values shared by every satellite in one tick.
struct TickEnvironment: Sendable {
    let time: JulianDate
    let sun: SunPosition
    let gmst: Double
    /// cos and sin of `gmst`.
    let rotation: EarthRotation
    /// Simulated seconds at the end of the tick.
    let nowSimSeconds: Double
    /// The tick's length, s (0 evaluates the instant, at the epoch).
    let dtS: Double
    let tick: UInt64
    let utcHours: Double
    let yearsInOrbit: Double
    /// 1 − e^(−dt/τ) of the SEU-rate smoothing.
    let seuAlpha: Double

    init(time: JulianDate, nowSimSeconds: Double, dtS: Double, tick: UInt64) {
        self.time = time
        sun = SunEphemeris.position(at: time)
        gmst = greenwichMeanSiderealTime(time.value)
        rotation = EarthRotation(gmst: gmst)
        self.nowSimSeconds = nowSimSeconds
        self.dtS = dtS
        self.tick = tick
        utcHours = LocalSolarTime.utcHours(time)
        yearsInOrbit = nowSimSeconds / (TimeConstants.tropicalYearDays * TimeConstants.secondsPerDay)
        seuAlpha = dtS > 0 ? -expm1(-dtS / RadiationPhase.seuRateTimeConstantS) : 0
    }
}

/// Read-only model parameters of the run, shared by the phases (arrays are shared, never
/// written).
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
    /// +grid of each designed shell and the fleet index of its first satellite.
    let grids: [PlusGrid]
    let gridStart: [Int]
}
