/// Sunlight (conical shadow), array output, the radiator's absorbed environment (Sun,
/// albedo, Earth IR; Earth IR at the louvers' emissivity), the beta angle, and the power the bus could be given this tick.
/// A lost battery string takes its stored energy with it (energy clamped to capacity).
struct EnvironmentPhase: FleetPhase {
    static let name = "environment"
    static let reads: [WorldColumn] = [.positionKm, .velocityKmS, .faults, .mode, .radiatorOpenFraction]
    static let writes: [WorldColumn] = [.litFraction, .solarW, .environmentAbsorbedW, .betaDeg, .battery, .availableW]

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let c = context
        for i in range {
            let model = c.classModels[Int(c.classOf[i])]
            let fault = w.faults[i]
            let power = model.power(fault)
            let environment = RadiantEnvironment(satelliteKm: w.positionKm[i], sun: e.sun)
            w.litFraction[i] = environment.litFraction
            // A FAILED satellite's array is disconnected: it generates nothing for the fleet.
            let generatedW = w.mode[i] == .failed
                ? 0 : power.array.generatedPowerW(in: environment, yearsInOrbit: e.yearsInOrbit)
            w.solarW[i] = generatedW
            w.environmentAbsorbedW[i] = model.thermal(fault, radiatorOpen: w.radiatorOpenFraction[i]).environmentAbsorbedW(environment, switches: c.switches)
            w.betaDeg[i] = degrees(BetaAngle.radians(positionKm: w.positionKm[i], velocityKmPerS: w.velocityKmS[i],
                                                     sunDirection: e.sun.direction))
            if w.battery[i].energyWh > power.battery.capacityWh { w.battery[i].energyWh = power.battery.capacityWh }
            w.availableW[i] = generatedW + power.battery.maxDischargeW(from: w.battery[i], dtS: e.dtS)
        }
    }
}
