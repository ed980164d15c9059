extension Simulation {
    /// Problems with the scripted faults of `scenario`, one clear line each (empty when
    /// every scripted fault names a satellite of the fleet), e.g.
    /// `faults.scripted[2]: unknown satellite 'P99-S01' (ids look like P01-S01)`.
    /// Scenario loaders call this and reject the scenario when it is not empty; the
    /// simulation itself skips unknown ids.
    public static func scriptedFaultProblems(in scenario: Scenario) -> [String] {
        guard !scenario.faults.scripted.isEmpty else { return [] }
        let ids = Fleet(scenario: scenario).ids
        let known = Set(ids)
        let example = ids.first.map { " (ids look like \($0))" } ?? " (the fleet is empty)"
        var problems: [String] = []
        for (k, fault) in scenario.faults.scripted.enumerated() {
            if !known.contains(fault.satellite) {
                problems.append("faults.scripted[\(k)]: unknown satellite '\(fault.satellite)'\(example)")
            }
            if !(fault.atSimSeconds >= 0) || !fault.atSimSeconds.isFinite {
                problems.append("faults.scripted[\(k)]: time must be ≥ 0 s (got \(fault.atSimSeconds))")
            }
        }
        return problems
    }

    /// The scripted faults of `scenario` with ids resolved to fleet indices (unknown ids skipped).
    static func resolveScriptedFaults(_ scenario: Scenario, fleet: Fleet) -> [FaultInjection] {
        guard !scenario.faults.scripted.isEmpty else { return [] }
        var index: [String: Int] = [:]
        for (i, id) in fleet.ids.enumerated() { index[id] = i }
        return scenario.faults.scripted.compactMap { fault in
            index[fault.satellite].map { FaultInjection(atSimSeconds: fault.atSimSeconds, satellite: $0, kind: fault.kind) }
        }
    }

    /// Schedules a fault of `kind` on satellite `index` at the current simulated time; it
    /// takes effect in the next tick. Returns false (nothing scheduled) for an unknown index.
    @discardableResult
    public mutating func injectFault(satellite index: Int, kind: FaultKind, unit: Int? = nil) -> Bool {
        guard (0..<fleet.count).contains(index) else { return false }
        faultSchedule.add(FaultInjection(atSimSeconds: simSeconds, satellite: index, kind: kind, unit: unit))
        return true
    }

    /// Applies the injections due before `endSimSeconds` (serial: there are few). Tick k
    /// covers [t − dt, t); an injection at time T is applied in the tick that contains T,
    /// so it is visible in the state at the end of that tick.
    mutating func applyDueInjections(before endSimSeconds: Double) {
        while let due = faultSchedule.nextDue(before: endSimSeconds) {
            let model = context.classModels[Int(fleet.spacecraftClass[due.satellite])]
            var faults = world.faults[due.satellite]
            if faults.apply(due.kind, unit: due.unit, parameters: model.faults) {
                world.faults[due.satellite] = faults
                appliedInjections.append(due)
            }
        }
    }
}
