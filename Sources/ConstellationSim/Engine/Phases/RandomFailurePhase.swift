/// Random unit failures from each class's MTBFs (accelerator hazard rising with dose),
/// drawn from the counter-based random source. Off when the scenario turns them off.
struct RandomFailurePhase: FleetPhase {
    static let name = "faults"
    static let reads: [WorldColumn] = [.mode, .radiation]
    static let writes: [WorldColumn] = [.faults]

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let c = context
        guard c.randomFailures, e.dtS > 0 else { return }
        for i in range where w.mode[i] != .failed {
            let model = c.classModels[Int(c.classOf[i])]
            var faults = w.faults[i]
            _ = faults.stepRandomFailures(
                dtS: e.dtS, parameters: model.faults, hazards: model.hazards,
                acceleratorHazardMultiplier: c.radiation.acceleratorHazardMultiplier(doseRadSi: w.radiation[i].doseRadSi),
                random: c.random, satellite: i, tick: e.tick)
            w.faults[i] = faults
        }
    }
}
