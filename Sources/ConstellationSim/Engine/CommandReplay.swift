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

    /// Advances `simulation` to `ticks`, applying each command at the start of its tick
    /// (commands stamped for the start of tick `ticks + 1` too).
    public static func replay(_ commands: [JournaledCommand], into simulation: inout Simulation, through ticks: UInt64) {
        var cursor = ReplayCursor(commands: commands, at: simulation.tick)
        cursor.advance(&simulation, through: ticks)
    }
}

/// A place in a command log being replayed: the next command not yet applied. Lets a
/// replay advance in steps (a tick at a time, a burst at a time) and apply every logged
/// command exactly once, at the start of the tick it is stamped with.
public struct ReplayCursor: Sendable {
    /// The log, in order.
    public let commands: [JournaledCommand]
    /// Index in `commands` of the next command to apply.
    public private(set) var next: Int

    /// A cursor for a simulation that has completed `tick` ticks: commands stamped at or
    /// before `tick` are taken as applied.
    public init(commands: [JournaledCommand], at tick: UInt64) {
        self.commands = commands
        next = commands.firstIndex { $0.tick > tick } ?? commands.count
    }

    /// Applies, in log order, every command stamped for the start of the coming tick
    /// (`simulation.tick + 1`) or earlier that was not applied yet; returns them (time
    /// control included: it changes nothing here, but a viewer may want to show it).
    @discardableResult
    public mutating func applyDue(to simulation: inout Simulation) -> ArraySlice<JournaledCommand> {
        let first = next
        while next < commands.count, commands[next].tick <= simulation.tick + 1 {
            let entry = commands[next]
            if entry.command.changesWorld { simulation.apply(entry.command, operatorName: entry.operatorName) }
            next += 1
        }
        return commands[first..<next]
    }

    /// Runs one tick: the commands due at its start, then the tick.
    public mutating func step(_ simulation: inout Simulation) {
        applyDue(to: &simulation)
        simulation.advance()
    }

    /// Advances `simulation` to `ticks`, then applies the commands due at the start of the
    /// tick after (commands taken after the last tick ran).
    public mutating func advance(_ simulation: inout Simulation, through ticks: UInt64) {
        while simulation.tick < ticks { step(&simulation) }
        applyDue(to: &simulation)
    }
}
