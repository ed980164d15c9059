import GRDB

/// The rows of one session that a replay must reproduce, read in write order with the
/// columns that do not depend on the wall clock (see `ReplayVerifier`).
struct JournalTables {
    /// A row: its tick and its compared values.
    struct Line: Equatable {
        var tick: UInt64
        var columns: [String]
        var values: [DatabaseValue]

        var text: String {
            zip(columns, values).map { "\($0)=\($1.isNull ? "null" : $1.description)" }.joined(separator: " ")
        }
    }

    var events: [Line]
    var batches: [Line]
    var fleet: [Line]

    static let eventColumns = ["tick", "sim_time", "kind", "event", "alarm", "satellite", "parameter", "severity",
                               "from_state", "to_state", "value", "limit_value", "operator", "comment"]
    static let batchColumns = ["tick", "kind", "sim_time", "transitions", "commands"]
    static var fleetColumns: [String] { ["tick", "sim_time"] + FleetTickColumns.names }

    /// Session `session` of the journal at `path`, rows with tick ≤ `through`.
    static func read(path: String, session: Int64, through: UInt64) throws -> JournalTables {
        let database = try AlarmJournal.openReadOnly(path: path)
        defer { try? database.close() }
        return try database.read { db in
            func lines(_ table: String, _ columns: [String], order: String) throws -> [Line] {
                let sql = "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE session_id = ? AND tick <= ? "
                    + "ORDER BY \(order)"
                return try Row.fetchAll(db, sql: sql, arguments: [session, Int64(clamping: through)]).map { row in
                    let tick: Int64 = row.lenient("tick") ?? 0
                    return Line(tick: UInt64(clamping: max(0, tick)), columns: columns,
                                values: columns.indices.map { row[$0] })
                }
            }
            return JournalTables(events: try lines("event", eventColumns, order: "id"),
                                 batches: try lines("tick", batchColumns, order: "id"),
                                 fleet: try lines("fleet_tick", fleetColumns, order: "tick"))
        }
    }

    /// The earliest place where `other` (the replay) differs from these (the recording).
    func firstDifference(from other: JournalTables) -> ReplayDivergence? {
        func tick(_ a: Line?, _ b: Line?) -> UInt64 { min(a?.tick ?? .max, b?.tick ?? .max) }
        var found: [ReplayDivergence] = []
        if let (a, b) = Self.firstMismatch(fleet, other.fleet) {
                        var column = "row", recordedValue: Double?, replayedValue: Double?
            if let a, let b, let k = a.values.indices.first(where: { a.values[$0] != b.values[$0] }) {
                column = a.columns[k]
                recordedValue = Double.fromDatabaseValue(a.values[k])
                replayedValue = Double.fromDatabaseValue(b.values[k])
            }
            found.append(ReplayDivergence(tick: tick(a, b), what: .fleetTotal(
                column: column, recorded: recordedValue, replayed: replayedValue)))
        }
        if let (a, b) = Self.firstMismatch(events, other.events) {
            found.append(ReplayDivergence(tick: tick(a, b),
                                          what: .alarmEvent(recorded: a?.text, replayed: b?.text)))
        }
        if let (a, b) = Self.firstMismatch(batches, other.batches) {
            found.append(ReplayDivergence(tick: tick(a, b),
                                          what: .batch(recorded: a?.text, replayed: b?.text)))
        }
        return found.min { $0.tick < $1.tick }
    }

    /// The first pair of rows that differ (nil on the side that has no row there).
    private static func firstMismatch(_ a: [Line], _ b: [Line]) -> (Line?, Line?)? {
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : nil, y = i < b.count ? b[i] : nil
            if x != y { return (x, y) }
        }
        return nil
    }
}
