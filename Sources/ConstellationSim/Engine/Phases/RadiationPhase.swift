/// South Atlantic Anomaly test, dose and single-event upsets (Poisson, counter-based
/// random numbers keyed by satellite and tick), and the smoothed upset rate. A FAILED
/// satellite no longer counts upsets.
struct RadiationPhase: FleetPhase {
    static let name = "radiation"
    static let reads: [WorldColumn] = [.geodetic, .mode]
    static let writes: [WorldColumn] = [.radiation, .uncorrectableThisTick, .seuTotal, .seuRatePerHour]

    /// Time constant of the SEU-rate smoothing, s (≈ one SAA pass):
    /// r ← r + (1 − e^(−dt/τ)) (n / dt × 3600 − r), n the upsets of the tick.
    static let seuRateTimeConstantS = 600.0

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let c = context
        let outside = RadiationTickRates(parameters: c.radiation, dtS: e.dtS, inSAA: false)
        let inside = RadiationTickRates(parameters: c.radiation, dtS: e.dtS, inSAA: true)
        for i in range {
            var events = RadiationEvents(correctableUpsets: 0, uncorrectableUpsets: 0)
            if w.mode[i] != .failed {
                let saa = c.anomalies[Int(c.anomalyOfGroup[Int(c.groupOf[i])])]
                let inSAA = saa.contains(latitudeDeg: w.latitudeDeg[i], longitudeDeg: w.longitudeDeg[i])
                var state = w.radiation[i]
                events = state.step(inSAA ? inside : outside, random: c.random, satellite: i, tick: e.tick)
                w.radiation[i] = state
            }
            w.uncorrectableThisTick[i] = events.uncorrectableUpsets
            w.seuTotal[i] = w.radiation[i].correctableUpsets + w.radiation[i].uncorrectableUpsets
            if e.dtS > 0 {
                let instantPerHour = Double(events.correctableUpsets + events.uncorrectableUpsets) / e.dtS * 3600
                w.seuRatePerHour[i] += e.seuAlpha * (instantPerHour - w.seuRatePerHour[i])
            }
        }
    }
}
