/// The variable radiator's actuator: after the thermal step, the louvers move towards
/// the opening the new accelerator temperature asks for, with the actuator's time
/// constant (`VariableRadiator.step`). The next tick's environment, heaters, scheduler
/// and thermal step see the new emissivity. A fixed radiator stays fully open.
struct RadiatorLouverPhase: FleetPhase {
    static let name = "louvers"
    static let reads: [WorldColumn] = [.thermal, .faults, .radiatorOpenFraction]
    static let writes: [WorldColumn] = [.radiatorOpenFraction]

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        for i in range {
            let model = context.classModels[Int(context.classOf[i])]
            w.radiatorOpenFraction[i] = VariableRadiator.step(
                openFraction: w.radiatorOpenFraction[i], acceleratorC: w.thermal[i].acceleratorC,
                parameters: model.thermal, dtS: e.dtS)
        }
    }
}
