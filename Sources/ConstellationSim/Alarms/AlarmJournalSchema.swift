import GRDB

/// The versioned schema of the alarm journal (SQLite), applied with a `DatabaseMigrator`.
///
/// v1: `session` (one row per engine run writing to the file) and `event` (one row per
/// alarm transition or operator command). Times: `sim_time` seconds since the scenario
/// start, `wall_time` Unix seconds.
enum AlarmJournalSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "session") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("started_wall_time", .double).notNull()
                t.column("start_sim_time", .double).notNull()
                t.column("end_sim_time", .double)
                t.column("last_tick", .integer)
                t.column("epoch_jd", .double)
                t.column("scenario", .text).notNull().defaults(to: "")
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("session_id", .integer).notNull().references("session")
                t.column("tick", .integer).notNull()
                t.column("sim_time", .double).notNull()
                t.column("wall_time", .double).notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('transition', 'command')")
                t.column("event", .text).notNull()
                t.column("alarm", .text)
                t.column("satellite", .text)
                t.column("parameter", .text)
                t.column("severity", .text)
                t.column("severity_rank", .integer)
                t.column("from_state", .text)
                t.column("to_state", .text)
                t.column("value", .double)
                t.column("limit_value", .double)
                t.column("operator", .text)
                t.column("comment", .text)
            }
            try db.create(index: "event_sim_time", on: "event", columns: ["sim_time"])
            try db.create(index: "event_satellite", on: "event", columns: ["satellite"])
        }
        return migrator
    }

    /// The newest schema version this build writes.
    static let latestVersion = "v1"
}
