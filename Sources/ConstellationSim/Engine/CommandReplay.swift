/// Re-runs a recorded session headless: the scenario (with its seed) from the epoch, the
/// logged commands that change the world applied at the start of the tick they are
/// stamped with, in log order, through the same `Simulation.apply(_:operatorName:)` the
/// live host uses. Time control in the log changes nothing here: ticks are what the
/// stamps say, not what the wall clock did. The same program version gives the run
/// that was recorded, bit for bit.
public enum CommandReplay {
    /// The simulation after `ticks` ticks of `scenario` with `commands` (a command log in
    /// order, as `AlarmJournal.commands` reads it). Commands stamped for the start of the
    /// tick after the last one (taken after the run stopped) are applied too.
    public static func run(_ scenario: Scenario, commands: [JournaledCommand], ticks: UInt64,
                           recordAlarmBatches: Bool = false) -> Simulation {
        var simulation = Simulation(scenario: scenario)
        simulation.recordsAlarmBatches = recordAlarmBatches
        replay(commands, into: &simulation, through: ticks)
        return simulation
    }

    /// Advances `simulation` to `ticks`, applying each command at the start of its tick.
    public static func replay(_ commands: [JournaledCommand], into simulation: inout Simulation, through ticks: UInt64) {
        var next = commands.firstIndex { $0.tick > simulation.tick } ?? commands.count
        while true {
            while next < commands.count, commands[next].tick <= simulation.tick + 1 {
                let entry = commands[next]
                if entry.command.changesWorld { simulation.apply(entry.command, operatorName: entry.operatorName) }
                next += 1
            }
            guard simulation.tick < ticks else { break }
            simulation.advance()
        }
    }
}
