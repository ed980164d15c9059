@testable import ConstellationSim

/// Limits used by the alarm tests: high warning 90, high critical 100, deadband 2, no delays.
let testLimits = ParameterLimits(highWarning: 90, highCritical: 100, deadband: 2)

/// A book of `satellites` satellites where every parameter has `limits`.
func makeBook(satellites: Int = 4, limits: ParameterLimits = testLimits, maxShelve: Double = 8 * 3600) -> AlarmBook {
    AlarmBook(satelliteCount: satellites, limits: LimitSet(all: limits), maximumShelveSeconds: maxShelve)
}

extension AlarmBook {
    /// Runs one tick at `tick × 10 s`: commands first, then samples; returns the transitions.
    mutating func runTick(
        _ tick: Int, commands: [AlarmCommand.Action] = [],
        samples: [(satellite: Int, parameter: AlarmParameter, value: Double)] = []
    ) -> [AlarmTransition] {
        let t = Double(tick) * 10
        beginTick(tick, simSeconds: t)
        for c in commands { apply(AlarmCommand(simSeconds: t, operatorName: "op", action: c)) }
        for s in samples { evaluate(satellite: s.satellite, parameter: s.parameter, value: s.value) }
        return endTick()
    }
}
