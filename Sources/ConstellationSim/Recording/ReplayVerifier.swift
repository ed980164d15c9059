import Foundation
import GRDB

/// `replay --verify`: re-runs a recorded session headless from its scenario, seed and
/// command log, writes what the replay produces into a scratch journal with the same
/// writer the live run used, and compares it with the recorded journal, tick by tick:
/// every alarm transition and operator command row (`event`), every batch (`tick`) and
/// the fleet totals after every tick (`fleet_tick`), all exactly (REAL columns bit for
/// bit). Wall-clock columns and row ids are not compared. The command log's digest chain
/// is checked first: an altered log never verifies.
public enum ReplayVerifier {
    /// The outcome of a verification.
    public enum Verdict: Sendable, Hashable {
        /// Everything compared is the same through `ticks`.
        case identical(ticks: UInt64)
        case diverged(ReplayDivergence)
    }

    /// Verifies `session` of the journal at `path` through `untilTick` (default: the last
    /// recorded tick). The caller decides on `session.refusal` first. Throws for a
    /// scenario that no longer parses or a journal that cannot be read or written.
    public static func verify(_ session: RecordedSession, path: String, untilTick: UInt64? = nil) throws -> Verdict {
        let through = min(untilTick ?? session.lastTick, session.lastTick)
        switch session.commandLog {
        case .intact: break
        case .brokenAt(let row, let tick):
            return .diverged(ReplayDivergence(tick: tick, what: .commandLogAltered(row: row)))
        case .rowsMissing(let recorded, let found):
            let tick = session.commands.last?.tick ?? 0
            return .diverged(ReplayDivergence(tick: tick, what: .commandLogRowsMissing(recorded: recorded, found: found)))
        }
        guard let recipe = session.recipe else { throw ReplayRefusal.notRecorded }
        let scenario = try recipe.scenario()
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("orbitops-replay-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        }
        var simulation = Simulation(scenario: scenario)
        let journal = try AlarmJournal(path: scratch, startSimSeconds: 0, recipe: recipe,
                                       satelliteIDs: simulation.alarmSubjectIDs)
        simulation.recordsAlarmBatches = true
        var cursor = ReplayCursor(commands: session.commands, at: 0)
        let burst: UInt64 = 64
        while simulation.tick < through {
            cursor.advance(&simulation, through: min(through, simulation.tick + burst))
            try journal.append(simulation.takeAlarmBatches())
        }
        cursor.advance(&simulation, through: through)
        try journal.append(simulation.takeAlarmBatches())
        try journal.close()
        let recorded = try JournalTables.read(path: path, session: session.id, through: through)
        let replayed = try JournalTables.read(path: scratch, session: journal.sessionID, through: through)
        if let divergence = recorded.firstDifference(from: replayed) { return .diverged(divergence) }
        return .identical(ticks: through)
    }
}

/// Where a replay first differs from the recording.
public struct ReplayDivergence: Sendable, Hashable {
    /// The tick at which it differs.
    public var tick: UInt64
    public var what: What

    /// What differs. Rows are given as `column=value` lists (data, not prose).
    public enum What: Sendable, Hashable {
        /// The command log's digest chain breaks at this `command.id`.
        case commandLogAltered(row: Int64)
        /// The chain holds but the log has fewer rows than the session recorded.
        case commandLogRowsMissing(recorded: Int, found: Int)
        /// A fleet total after the tick differs (nil: no row on that side).
        case fleetTotal(column: String, recorded: Double?, replayed: Double?)
        /// An alarm transition or operator command row differs (nil: no row on that side).
        case alarmEvent(recorded: String?, replayed: String?)
        /// A journal batch (`tick` row) differs (nil: no row on that side).
        case batch(recorded: String?, replayed: String?)
    }
}
