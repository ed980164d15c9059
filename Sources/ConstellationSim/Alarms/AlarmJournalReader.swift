import Foundation
import GRDB

/// Reads an alarm journal: rows for `orbitops journal PATH [--since …] [--severity …]
/// [--satellite …]`, its sessions, and the KPIs recomputed from its transitions.
/// Opens the file read-only; a running engine may keep writing it (WAL).
public struct AlarmJournalReader: Sendable {
    public let path: String
    private let database: DatabaseQueue

    public init(path: String) throws {
        database = try AlarmJournal.openReadOnly(path: path)
        self.path = path
        let isJournal = try database.read { db in try db.tableExists("event") && db.tableExists("session") }
        guard isJournal else { throw AlarmJournalError.notAJournal(path: path) }
    }

    /// The runs recorded in the file, oldest first.
    public func sessions() throws -> [AlarmJournalSession] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM session ORDER BY id").map { row in
                let cells = JournalCells(path: path, table: "session", row: row)
                let jd: Double? = try cells.finiteOrNil("epoch_jd")
                return AlarmJournalSession(
                    id: try cells.value("id"), startedWallTime: try cells.value("started_wall_time"),
                    startSimSeconds: try cells.finite("start_sim_time"),
                    endSimSeconds: try cells.finiteOrNil("end_sim_time"), lastTick: try cells.value("last_tick"),
                    epoch: jd.map { JulianDate(day: $0.rounded(.down), fraction: $0 - $0.rounded(.down)) },
                    scenario: try cells.value("scenario"))
            }
        }
    }

    /// The rows matching `filter`, in the order written.
    public func rows(_ filter: AlarmJournalFilter = AlarmJournalFilter()) throws -> [AlarmJournalRow] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let since = filter.sinceSimSeconds {
            conditions.append("sim_time >= ?")
            arguments += [since]
        }
        if let until = filter.untilSimSeconds {
            conditions.append("sim_time <= ?")
            arguments += [until]
        }
        if let severity = filter.minimumSeverity {
            conditions.append("severity_rank >= ?")
            arguments += [Int(severity.rawValue)]
        }
        if let satellite = filter.satellite {
            conditions.append("satellite = ?")
            arguments += [satellite]
        }
        if !filter.includeCommands { conditions.append("kind = 'transition'") }
        var sql = "SELECT * FROM event"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY id"
        if let limit = filter.limit { sql += " LIMIT \(max(0, limit))" }
        let query = sql
        let args = arguments
        let path = path
        return try database.read { db in
            try Row.fetchAll(db, sql: query, arguments: args).map { try Self.row(JournalCells(path: path, table: "event", row: $0)) }
        }
    }

    /// The operator commands of every session (the durable command log), in the order
    /// written, within `filter`'s times and satellite (its severity does not apply).
    /// Empty for a journal written before the command log (v3).
    public func commands(_ filter: AlarmJournalFilter = AlarmJournalFilter()) throws -> [JournalEvent] {
        let path = path
        return try database.read { db in
            guard try db.tableExists("command") else { return [] }
            let hasSatellite = try db.columns(in: "command").contains { $0.name == "satellite" }
            var sql = "SELECT id, tick, sim_time, wall_time, kind, command, operator, "
                + (hasSatellite ? "satellite" : "NULL AS satellite") + " FROM command WHERE 1"
            var arguments: StatementArguments = []
            if let since = filter.sinceSimSeconds {
                sql += " AND sim_time >= ?"
                arguments += [since]
            }
            if let until = filter.untilSimSeconds {
                sql += " AND sim_time <= ?"
                arguments += [until]
            }
            if let satellite = filter.satellite {
                sql += hasSatellite ? " AND satellite = ?" : " AND 0"
                if hasSatellite { arguments += [satellite] }
            }
            sql += " ORDER BY id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                let cells = JournalCells(path: path, table: "command", row: row)
                let json: String = try cells.value("command")
                let command = try? CommandLogCoding.decode(json)
                return JournalEvent(id: try cells.value("id"), tick: try cells.value("tick"),
                                    simSeconds: try cells.finite("sim_time"), wallTime: try cells.value("wall_time"),
                                    operatorName: try cells.value("operator"), comment: command?.comment,
                                    what: .command(command, kind: try cells.value("kind"),
                                                   satellite: try cells.value("satellite")))
            }
        }
    }

    /// The KPIs of one session (default: the last), recomputed from its transitions.
    public func kpis(sessionID: Int64? = nil) throws -> AlarmKPIs {
        let all = try sessions()
        guard let session = sessionID.flatMap({ id in all.first { $0.id == id } }) ?? all.last else {
            return AlarmKPIAccumulator().kpis(at: 0) { _ in "" }
        }
        var accumulator = AlarmKPIAccumulator()
        accumulator.start(at: session.startSimSeconds)
        var satelliteIndex: [String: Int] = [:]
        var satelliteNames: [String] = []
        var lastSeconds = session.endSimSeconds ?? session.startSimSeconds
        let sessionID = session.id, path = path
        try database.read { db in
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT sim_time, satellite, parameter, from_state, to_state, event FROM event
                    WHERE session_id = ? AND kind = 'transition' ORDER BY id
                    """,
                arguments: [sessionID])
            while let row = try cursor.next() {
                guard let satellite: String = row.lenient("satellite"),
                      let parameter = (row.lenient("parameter") as String?).flatMap(AlarmParameter.init(displayName:)),
                      let from = (row.lenient("from_state") as String?).flatMap(AlarmState.init(displayName:)),
                      let to = (row.lenient("to_state") as String?).flatMap(AlarmState.init(displayName:)),
                      let cause = (row.lenient("event") as String?).flatMap(AlarmTransitionCause.init(rawValue:))
                else { continue }
                let index: Int
                if let known = satelliteIndex[satellite] {
                    index = known
                } else {
                    index = satelliteNames.count
                    satelliteIndex[satellite] = index
                    satelliteNames.append(satellite)
                }
                let simSeconds = try JournalCells(path: path, table: "event", row: row).finite("sim_time")
                lastSeconds = max(lastSeconds, simSeconds)
                accumulator.ingest(
                    key: AlarmKey(satellite: index, parameter: parameter), simSeconds: simSeconds,
                    from: from, to: to, cause: cause)
            }
        }
        return accumulator.kpis(at: lastSeconds) { $0.name(satelliteID: satelliteNames[$0.satellite]) }
    }

    /// The batches recorded for one session (default: the last), in the order written,
    /// each with the number of `event` rows actually linked to it (for completeness
    /// checks: it must equal `transitions + commands`). Empty for a v1 file.
    package func batches(sessionID: Int64? = nil) throws -> [AlarmJournalBatchRow] {
        guard let session = try sessionID ?? sessions().last?.id else { return [] }
        return try database.read { db in
            guard try db.tableExists("tick") else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT t.tick, t.kind, t.sim_time, t.transitions, t.commands,
                    (SELECT COUNT(*) FROM event e WHERE e.batch_id = t.id AND e.kind = 'transition') AS written_transitions,
                    (SELECT COUNT(*) FROM event e WHERE e.batch_id = t.id AND e.kind = 'command') AS written_commands
                FROM tick t WHERE t.session_id = ? ORDER BY t.id
                """, arguments: [session]).map { r in
                AlarmJournalBatchRow(
                    tick: r["tick"], kind: r["kind"], simSeconds: r["sim_time"], transitions: r["transitions"],
                    commands: r["commands"], writtenTransitions: r["written_transitions"],
                    writtenCommands: r["written_commands"])
            }
        }
    }

    /// The value of a read-only PRAGMA (`journal_mode`, `integrity_check`), as text.
    package func pragma(_ name: String) throws -> String? {
        let sql = "PRAGMA \(name)"
        return try database.read { db in try String.fetchOne(db, sql: sql) }
    }

    private static func row(_ r: JournalCells) throws -> AlarmJournalRow {
        AlarmJournalRow(
            id: try r.value("id"), sessionID: try r.value("session_id"), tick: try r.value("tick"),
            simSeconds: try r.finite("sim_time"), wallTime: try r.value("wall_time"),
            kind: AlarmJournalRow.Kind(rawValue: try r.value("kind")) ?? .transition,
            event: try r.value("event"), alarm: try r.value("alarm"), satellite: try r.value("satellite"),
            parameter: try r.value("parameter"), severity: try r.value("severity"), fromState: try r.value("from_state"),
            toState: try r.value("to_state"), value: try r.value("value"), limit: try r.value("limit_value"),
            operatorName: try r.value("operator"), comment: try r.value("comment"))
    }
}

/// One `tick` row of the journal and what `event` holds for it.
package struct AlarmJournalBatchRow: Sendable, Equatable {
    package var tick: Int
    /// `tick` or `commands`.
    package var kind: String
    package var simSeconds: Double
    /// Counts the writer recorded with the batch.
    package var transitions: Int
    package var commands: Int
    /// Event rows found linked to the batch.
    package var writtenTransitions: Int
    package var writtenCommands: Int
}
