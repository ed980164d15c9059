/// The numerical containment step (issue 14): a model that produced a NaN or an
/// infinity for a satellite marks that satellite FAILED with cause `numerical` (the
/// mode phase then keeps it FAILED and the mode-change alarm fires this tick), and every
/// non-finite value of the satellite is replaced by a finite one, so fleet aggregates,
/// telemetry and alarm samples stay finite.
///
/// It runs after the last model of a satellite's own state (thermal) and before the mode
/// phase, in the same pass, so the columns are still in cache: the common case costs one
/// multiply-add per value and one comparison (the columns are taken from the world once
/// per block: a column taken per value costs a reference count each time).
struct NumericalGuardPhase: FleetPhase {
    static let name = "numerical guard"
    static let reads: [WorldColumn] = [.positionKm, .velocityKmS, .geodetic, .battery, .thermal, .radiation,
                                       .modeState, .litFraction, .betaDeg, .environmentAbsorbedW, .solarW, .availableW,
                                       .demand, .utilization, .loadW, .heaterHoldingW, .heaterW, .heaterRequestW,
                                       .netPowerW, .batterySOC, .acceleratorTempC, .radiatorTempC, .seuRatePerHour,
                                       .minutesSinceContact]
    static let writes: [WorldColumn] = reads.filter { $0 != .modeState } + [.modeState, .mode]

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let columns = Columns(w)
        for i in range where !columns.allFinite(i) {
            Self.contain(w, i, nowSimSeconds: e.nowSimSeconds)
        }
    }

    /// Whether every guarded value of satellite `i` is finite (see `Columns.allFinite`).
    static func allFinite(_ w: WorldState, _ i: Int) -> Bool { Columns(w).allFinite(i) }

    /// The guarded columns, taken from the world once per block (not once per value).
    struct Columns {
        let position, velocity: Column<SIMD3<Double>>
        let battery: Column<BatteryState>
        let thermal: Column<ThermalState>
        let radiation: Column<RadiationState>
        let lat, lon, alt, lit, beta, absorbed, solar, available, demand, utilization, load, holding: Column<Double>
        let heater, heaterRequest, net, soc, accel, radiator, seuRate, contact: Column<Double>

        init(_ w: WorldState) {
            position = w.positionKm; velocity = w.velocityKmS
            battery = w.battery; thermal = w.thermal; radiation = w.radiation
            lat = w.latitudeDeg; lon = w.longitudeDeg; alt = w.altitudeKm; lit = w.litFraction; beta = w.betaDeg
            absorbed = w.environmentAbsorbedW; solar = w.solarW; available = w.availableW; demand = w.demand
            utilization = w.utilization; load = w.loadW; holding = w.heaterHoldingW; heater = w.heaterW
            heaterRequest = w.heaterRequestW; net = w.netPowerW; soc = w.batterySOC; accel = w.acceleratorTempC
            radiator = w.radiatorTempC; seuRate = w.seuRatePerHour; contact = w.minutesSinceContact
        }

        /// `x * 0` is 0 for a finite `x` and NaN for an infinity or a NaN, so the sum of
        /// those products is 0 exactly when every value is finite (no overflow can fake a
        /// non-finite value).
        @inline(__always)
        func allFinite(_ i: Int) -> Bool {
            let p = position[i] * 0, v = velocity[i] * 0
            let t = thermal[i]
            var z = (p.x + p.y + p.z) + (v.x + v.y + v.z)
            z += (lat[i] * 0 + lon[i] * 0) + (alt[i] * 0 + battery[i].energyWh * 0)
            z += (t.acceleratorK * 0 + t.radiatorK * 0) + (radiation[i].doseRadSi * 0 + lit[i] * 0)
            z += (beta[i] * 0 + absorbed[i] * 0) + (solar[i] * 0 + available[i] * 0)
            z += (demand[i] * 0 + utilization[i] * 0) + (load[i] * 0 + holding[i] * 0)
            z += (heater[i] * 0 + heaterRequest[i] * 0) + (net[i] * 0 + soc[i] * 0)
            z += (accel[i] * 0 + radiator[i] * 0) + (seuRate[i] * 0 + contact[i] * 0)
            return z == 0
        }
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
