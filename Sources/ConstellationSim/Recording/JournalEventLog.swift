import Foundation
import GRDB

/// One line of the event log: an operator command (from the durable `command` table:
/// time control, alarm actions with their comments and shelve durations, fault
/// injections, manoeuvres) or an alarm transition (from `event`; mode changes are the
/// MODE_CHANGE alarm's transitions).
public struct JournalEvent: Sendable, Hashable {
    public enum What: Sendable, Hashable {
        /// A command, decoded (nil when its JSON is not one this build knows), with its
        /// `kind` name and the id of the satellite it acts on.
        case command(EngineCommand?, kind: String, satellite: String?)
        /// An alarm transition: cause (`ACTIVATED`…), alarm, states, value and limit.
        case transition(cause: String, satellite: String?, parameter: String?, severity: String?,
                        fromState: String?, toState: String?, value: Double?, limit: Double?)
    }

    /// Row id in its table (commands and transitions are numbered apart).
    public var id: Int64
    public var tick: Int64
    /// Simulated seconds since the scenario start.
    public var simSeconds: Double
    /// Unix seconds when the row was written.
    public var wallTime: Double
    /// Who acted (commands; an acknowledgement's transition too).
    public var operatorName: String?
    public var comment: String?
    public var what: What

    public var isCommand: Bool {
        if case .command = what { return true }
        return false
    }
}

/// A window of the event log: `events` in time order (oldest first), ending
/// `offsetFromNewest` events before the newest matching one.
public struct JournalEventPage: Sendable, Hashable {
    public var events: [JournalEvent]
    public var offsetFromNewest: Int
    /// Whether older matching events exist before the window.
    public var hasOlder: Bool
    /// The scenario epoch of the session (for UTC times), if recorded.
    public var epoch: JulianDate?
    /// The request this answers.
    public var query: JournalEventQuery

    public init(events: [JournalEvent] = [], offsetFromNewest: Int = 0, hasOlder: Bool = false, epoch: JulianDate? = nil,
                query: JournalEventQuery = JournalEventQuery()) {
        self.events = events
        self.offsetFromNewest = offsetFromNewest
        self.hasOlder = hasOlder
        self.epoch = epoch
        self.query = query
    }
}

/// Which part of the event log to read.
public struct JournalEventQuery: Sendable, Hashable {
    /// Words every event shown must contain (case-insensitive, in any of its fields);
    /// nil or empty: every event.
    public var search: String?
    /// Events to skip back from the newest, and how many to return.
    public var offsetFromNewest: Int
    public var count: Int

    public init(search: String? = nil, offsetFromNewest: Int = 0, count: Int = 20) {
        self.search = search
        self.offsetFromNewest = offsetFromNewest
        self.count = count
    }
}

/// Reads the event log of the newest session of a journal. A page costs O(offset +
/// count) rows: commands and transitions are each read newest first from an index and
/// merged, never sorted whole.
public enum JournalEventLog {
    /// The page `query` asks for, from the journal at `path` (read-only; a live writer
    /// may keep appending).
    ///
    /// `commandText` is how the reader shows a command (the console's words): a search
    /// matches a command when its words are in that text, its operator or its satellite.
    /// Without it the search looks at the stored fields (kind, JSON, operator, satellite).
    /// Commands are operator-paced (a few per minute), so matching them in memory is cheap;
    /// transitions are matched in SQL.
    public static func page(path: String, _ query: JournalEventQuery,
                            commandText: (@Sendable (JournalEvent) -> String)? = nil) throws -> JournalEventPage {
        let database = try AlarmJournal.openReadOnly(path: path)
        defer { try? database.close() }
        return try database.read { db in try page(db, query, commandText: commandText) }
    }

    static func page(_ db: Database, _ query: JournalEventQuery,
                     commandText: (@Sendable (JournalEvent) -> String)? = nil) throws -> JournalEventPage {
        guard let session = try Row.fetchOne(db, sql: "SELECT id, epoch_jd FROM session ORDER BY id DESC LIMIT 1")
        else { return JournalEventPage(query: query) }
        let sessionID: Int64 = session["id"] ?? 0
        let jd: Double? = session["epoch_jd"]
        let epoch = jd.flatMap { $0.isFinite ? JulianDate(day: $0.rounded(.down), fraction: $0 - $0.rounded(.down)) : nil }
        let offset = max(0, query.offsetFromNewest), count = max(0, query.count)
        // One more than the window, to know whether older events exist.
        let wanted = offset + count + 1
        let words = (query.search ?? "").split(separator: " ").map { "%\($0)%" }
        let commands: [JournalEvent]
        if let commandText, !words.isEmpty {
            let needles = (query.search ?? "").lowercased().split(separator: " ").map(String.init)
            commands = Array(try commandRows(db, session: sessionID, words: [], limit: Int.max).lazy.filter { event in
                var text = commandText(event) + " " + (event.operatorName ?? "")
                if case .command(_, let kind, let satellite) = event.what { text += " \(kind) \(satellite ?? "")" }
                let haystack = text.lowercased()
                return needles.allSatisfy { haystack.contains($0) }
            }.prefix(wanted))
        } else {
            commands = try commandRows(db, session: sessionID, words: words, limit: wanted)
        }
        let transitions = try transitionRows(db, session: sessionID, words: words, limit: wanted)
        // Newest first: a command at tick T acts after tick T − 1's transitions (same sim time).
        var merged: [JournalEvent] = []
        var c = 0, t = 0
        while merged.count < wanted, c < commands.count || t < transitions.count {
            let takeCommand: Bool
            if c >= commands.count { takeCommand = false } else if t >= transitions.count { takeCommand = true } else {
                takeCommand = commands[c].simSeconds >= transitions[t].simSeconds
            }
            if takeCommand { merged.append(commands[c]); c += 1 } else { merged.append(transitions[t]); t += 1 }
        }
        let window = merged.dropFirst(offset).prefix(count)
        return JournalEventPage(events: Array(window.reversed()), offsetFromNewest: offset,
                                hasOlder: merged.count > offset + count, epoch: epoch, query: query)
    }

    private static func commandRows(_ db: Database, session: Int64, words: [String], limit: Int) throws -> [JournalEvent] {
        guard try db.tableExists("command") else { return [] }
        let hasSatellite = try db.columns(in: "command").contains { $0.name == "satellite" }
        let satellite = hasSatellite ? "satellite" : "NULL"
        var sql = "SELECT id, tick, sim_time, wall_time, kind, command, operator, \(satellite) AS satellite FROM command "
            + "WHERE session_id = ?"
        var arguments: StatementArguments = [session]
        for word in words {
            sql += " AND (kind LIKE ? OR command LIKE ? OR operator LIKE ? OR IFNULL(\(satellite), '') LIKE ?)"
            arguments += [word, word, word, word]
        }
        sql += " ORDER BY id DESC"
        if limit < Int.max {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
            guard let simSeconds: Double = row["sim_time"], simSeconds.isFinite, let json: String = row["command"] else {
                return nil
            }
            let command = try? CommandLogCoding.decode(json)
            return JournalEvent(id: row["id"] ?? 0, tick: row["tick"] ?? 0, simSeconds: simSeconds,
                                wallTime: row["wall_time"] ?? 0, operatorName: row["operator"],
                                comment: command?.comment,
                                what: .command(command, kind: row["kind"] ?? "", satellite: row["satellite"]))
        }
    }

    private static func transitionRows(_ db: Database, session: Int64, words: [String], limit: Int) throws
        -> [JournalEvent] {
        var sql = """
            SELECT id, tick, sim_time, wall_time, event, satellite, parameter, severity, from_state, to_state, value,
                limit_value, operator, comment FROM event WHERE session_id = ? AND kind = 'transition'
            """
        var arguments: StatementArguments = [session]
        for word in words {
            sql += """
                 AND (event LIKE ? OR IFNULL(satellite, '') LIKE ? OR IFNULL(parameter, '') LIKE ?
                 OR IFNULL(severity, '') LIKE ? OR IFNULL(to_state, '') LIKE ? OR IFNULL(operator, '') LIKE ?
                 OR IFNULL(comment, '') LIKE ?)
                """
            arguments += [word, word, word, word, word, word, word]
        }
        sql += " ORDER BY sim_time DESC, id DESC LIMIT ?"
        arguments += [limit]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
            guard let simSeconds: Double = row["sim_time"], simSeconds.isFinite else { return nil }
            return JournalEvent(
                id: row["id"] ?? 0, tick: row["tick"] ?? 0, simSeconds: simSeconds, wallTime: row["wall_time"] ?? 0,
                operatorName: row["operator"], comment: row["comment"],
                what: .transition(cause: row["event"] ?? "", satellite: row["satellite"], parameter: row["parameter"],
                                  severity: row["severity"], fromState: row["from_state"], toState: row["to_state"],
                                  value: row["value"], limit: row["limit_value"]))
        }
    }
}

extension EngineCommand {
    /// The operator's comment carried by an alarm command, if any.
    public var comment: String? {
        guard case .alarm(let action) = self else { return nil }
        switch action {
        case .acknowledge(_, let comment), .acknowledgeAll(let comment), .acknowledgeGroup(_, _, let comment),
             .shelve(_, _, let comment), .shelveOneShot(_, let comment), .removeFromService(_, let comment):
            return comment
        case .unshelve, .resetLatched, .returnToService:
            return nil
        }
    }
}
