/// The numerical containment step (issue 14): a model that produced a NaN or an
/// infinity for a satellite marks that satellite FAILED with cause `numerical` (the
/// mode phase then keeps it FAILED and the mode-change alarm fires this tick), and every
/// non-finite value of the satellite is replaced by a finite one, so fleet aggregates,
/// telemetry and alarm samples stay finite.
///
/// It runs after the last model of a satellite's own state (thermal) and before the mode
/// phase, in the same pass, so the columns are still in cache: the common case costs one
/// multiply-add per value and one comparison.
struct NumericalGuardPhase: FleetPhase {
    static let name = "numerical guard"
    static let reads: [WorldColumn] = [.positionKm, .velocityKmS, .geodetic, .battery, .thermal, .radiation,
                                       .modeState, .litFraction, .betaDeg, .environmentAbsorbedW, .solarW, .availableW,
                                       .demand, .utilization, .loadW, .heaterHoldingW, .heaterW, .heaterRequestW,
                                       .netPowerW, .batterySOC, .acceleratorTempC, .radiatorTempC, .seuRatePerHour,
                                       .minutesSinceContact]
    static let writes: [WorldColumn] = reads.filter { $0 != .modeState } + [.modeState, .mode]

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        for i in range where !Self.allFinite(w, i) {
            Self.contain(w, i, nowSimSeconds: e.nowSimSeconds)
        }
    }

    /// Whether every guarded value of satellite `i` is finite: `x * 0` is 0 for a finite
    /// `x` and NaN for an infinity or a NaN, so the sum of those products is 0 exactly
    /// when every value is finite (no overflow can fake a non-finite value).
    @inline(__always)
    static func allFinite(_ w: WorldState, _ i: Int) -> Bool {
        let p = w.positionKm[i] * 0, v = w.velocityKmS[i] * 0
        let t = w.thermal[i]
        var z = (p.x + p.y + p.z) + (v.x + v.y + v.z)
        z += (w.latitudeDeg[i] * 0 + w.longitudeDeg[i] * 0) + (w.altitudeKm[i] * 0 + w.battery[i].energyWh * 0)
        z += (t.acceleratorK * 0 + t.radiatorK * 0) + (w.radiation[i].doseRadSi * 0 + w.litFraction[i] * 0)
        z += (w.betaDeg[i] * 0 + w.environmentAbsorbedW[i] * 0) + (w.solarW[i] * 0 + w.availableW[i] * 0)
        z += (w.demand[i] * 0 + w.utilization[i] * 0) + (w.loadW[i] * 0 + w.heaterHoldingW[i] * 0)
        z += (w.heaterW[i] * 0 + w.heaterRequestW[i] * 0) + (w.netPowerW[i] * 0 + w.batterySOC[i] * 0)
        z += (w.acceleratorTempC[i] * 0 + w.radiatorTempC[i] * 0) + (w.seuRatePerHour[i] * 0 + w.minutesSinceContact[i] * 0)
        return z == 0
    }

    /// Marks satellite `i` FAILED (cause `numerical`) unless it already is, and replaces
    /// every non-finite value by a finite one (0; 0 °C for temperatures).
    static func contain(_ w: WorldState, _ i: Int, nowSimSeconds: Double) {
        var state = w.modeState[i]
        _ = state.failNumerically(nowSimSeconds: nowSimSeconds)
        w.modeState[i] = state
        w.mode[i] = state.mode
        w.positionKm[i] = finite(w.positionKm[i])
        w.velocityKmS[i] = finite(w.velocityKmS[i])
        for column in [w.latitudeDeg, w.longitudeDeg, w.altitudeKm, w.litFraction, w.betaDeg, w.environmentAbsorbedW,
                       w.solarW, w.availableW, w.demand, w.utilization, w.loadW, w.heaterHoldingW, w.heaterW,
                       w.heaterRequestW, w.netPowerW, w.batterySOC, w.acceleratorTempC, w.radiatorTempC,
                       w.seuRatePerHour, w.minutesSinceContact] {
            column[i] = finite(column[i])
        }
        w.battery[i].energyWh = finite(w.battery[i].energyWh)
        w.radiation[i].doseRadSi = finite(w.radiation[i].doseRadSi)
        let t = w.thermal[i]
        w.thermal[i] = ThermalState(acceleratorK: finite(t.acceleratorK, or: ThermalState.zeroCelsiusK),
                                    radiatorK: finite(t.radiatorK, or: ThermalState.zeroCelsiusK))
    }

    @inline(__always)
    static func finite(_ x: Double, or fallback: Double = 0) -> Double { x.isFinite ? x : fallback }

    @inline(__always)
    static func finite(_ v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(finite(v.x), finite(v.y), finite(v.z))
    }
}
