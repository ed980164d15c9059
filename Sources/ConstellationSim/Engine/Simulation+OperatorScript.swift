extension Simulation {
    /// Queues the scenario's scripted operator actions (`Scenario.operatorScript`) due in
    /// the tick now running: those at a time T with (tick − 1)·dt ≤ T < tick·dt, the same
    /// rule as scripted faults. They are applied at the start of this tick's alarm step
    /// (`enqueueAlarmCommand`), stamped with the tick's time, under the script's operator
    /// name, in script order. Actions naming a satellite the fleet lacks are skipped (the
    /// scenario loader refuses them).
    mutating func enqueueScriptedOperatorActions() {
        let script = scenario.operatorScript
        guard !script.actions.isEmpty, tick > 0 else { return }
        let startSeconds = Double(tick - 1) * scenario.dtSeconds
        let endSeconds = simSeconds
        for action in script.actions {
            if action.atSimSeconds >= endSeconds { break }  // sorted by time
            guard action.atSimSeconds >= startSeconds else { continue }
            let ids = fleet.ids
            guard let command = action.command(satelliteIndex: { ids.firstIndex(of: $0) }) else { continue }
            enqueueAlarmCommand(command, operatorName: script.operatorName)
        }
    }
}
