/// The two-node thermal step (implicit, stable at any dt): the whole electrical load is
/// dissipated in the accelerator node; the radiator takes the absorbed environment and
/// radiates at the emissivity the louvers give (`RadiatorLouverPhase` moves them after).
struct ThermalPhase: FleetPhase {
    static let name = "thermal"
    static let reads: [WorldColumn] = [.thermal, .radiatorOpenFraction, .faults, .loadW, .environmentAbsorbedW]
    static let writes: [WorldColumn] = [.thermal, .acceleratorTempC, .radiatorTempC]

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        for i in range {
            let model = context.classModels[Int(context.classOf[i])]
            let t = ThermalModel.step(w.thermal[i], parameters: model.thermal(w.faults[i], radiatorOpen: w.radiatorOpenFraction[i]), dissipationW: w.loadW[i],
                                      environmentAbsorbedW: w.environmentAbsorbedW[i], dtS: e.dtS)
            w.thermal[i] = t
            w.acceleratorTempC[i] = t.acceleratorC
            w.radiatorTempC[i] = t.radiatorC
        }
    }
}
