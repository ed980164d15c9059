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
        let actions = script.actions
        // First action at or after the tick's start (actions are sorted by time).
        var low = 0, high = actions.count
        while low < high {
            let mid = (low + high) / 2
            if actions[mid].atSimSeconds < startSeconds { low = mid + 1 } else { high = mid }
        }
        for action in actions[low...] {
            if action.atSimSeconds >= endSeconds { break }
            let ids = fleet.ids
            guard let command = action.command(satelliteIndex: { ids.firstIndex(of: $0) }) else { continue }
            enqueueAlarmCommand(command, operatorName: script.operatorName)
        }
    }
}
