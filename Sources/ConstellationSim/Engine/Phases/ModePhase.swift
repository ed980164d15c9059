/// The mode step: FAILED from faults or dose, SAFE when energy runs short or the
/// accelerators overheat to shutdown, DEGRADED after a fault, with the cause recorded.
/// Shedding order before SAFE: compute, then heaters (the power phase's verdict).
struct ModePhase: FleetPhase {
    static let name = "mode"
    static let reads: [WorldColumn] = [.modeState, .powerVerdict, .thermal, .faults, .radiation]
    static let writes: [WorldColumn] = [.modeState, .mode]

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let c = context
        for i in range {
            let model = c.classModels[Int(c.classOf[i])]
            let fault = w.faults[i]
            let inputs = ModeInputs(
                energyShort: w.powerVerdict[i] == .safe,
                overTemperatureShutdown: ThermalModel.status(w.thermal[i], parameters: model.thermal(fault)).isShutdown)
            var state = w.modeState[i]
            _ = state.step(nowSimSeconds: e.nowSimSeconds, inputs: inputs, faults: fault,
                           doseRadSi: w.radiation[i].doseRadSi, faultParameters: model.faults,
                           radiation: c.radiation, parameters: c.modes)
            w.modeState[i] = state
            w.mode[i] = state.mode
        }
    }
}
