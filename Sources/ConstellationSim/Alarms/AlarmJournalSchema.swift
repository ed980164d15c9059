import GRDB

/// The versioned schema of the alarm journal (SQLite), applied with a `DatabaseMigrator`.
///
/// v1: `session` (one row per engine run writing to the file) and `event` (one row per
/// alarm transition or operator command). Times: `sim_time` seconds since the scenario
/// start, `wall_time` Unix seconds.
///
/// v2: `tick` — one row per batch written (an engine tick, or operator commands applied
/// between ticks), in the same transaction as the batch's events, with the number of
/// transition and command rows it wrote. A tick is in the file completely or not at
/// all: for every `tick` row, `event` holds exactly `transitions` + `commands` rows of
/// that session, tick and batch (`event.batch_id`).
///
/// v3: the durable command log. `command` has one row per operator command of any kind
/// (time control, alarm actions, fault injections, manoeuvres), written in its own
/// transaction before the command takes effect: `tick` is the tick at whose start it
/// took effect, `command` its JSON encoding (`EngineCommand`), `kind` a readable name.
/// `session` gains the scenario `seed` and the `program_version`.
///
/// v4: session recording and the fleet archive. `session` gains the scenario as flown
/// (`scenario_text` verbatim, its `scenario_sha256`, `scenario_source`, whether the
/// scripted `operator_script` ran, an extra `catalog_*` given on the command line; see
/// `ScenarioRecipe`) and the command log's integrity: `command_count` rows and the
/// `command_digest` of the last one. Each `command` row has its `digest`, the SHA-256
/// chain link over the previous digest and the row (`CommandLogDigest`), written in the
/// same transaction as the row and the session's count. `fleet_tick` holds the fleet
/// totals (`FleetAggregates`) after every tick, in the tick's transaction;
/// `satellite_sample` every satellite's telemetry on the ticks the archive samples
/// (`TelemetryArchivePolicy`, `SatelliteSamples`), oldest samples deleted past its bound.
///
/// v5: `command.satellite`, the id (`P03-S07`) of the satellite a command acts on (a
/// fault injection, a manoeuvre, an action on one alarm; NULL for the others), so the
/// event log and `orbitops journal` name it without rebuilding the fleet.
///
/// v6: `session.catalog_objects`, the text of each `--catalog` file flown (so a replay
/// needs no file), and `satellite_sample.propellant_kg`.
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
        migrator.registerMigration("v2") { db in
            try db.create(table: "tick") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("session_id", .integer).notNull().references("session")
                t.column("tick", .integer).notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('tick', 'commands')")
                t.column("sim_time", .double).notNull()
                t.column("wall_time", .double).notNull()
                t.column("transitions", .integer).notNull()
                t.column("commands", .integer).notNull()
            }
            try db.alter(table: "event") { t in
                t.add(column: "batch_id", .integer).references("tick")
            }
            try db.create(index: "tick_session_tick", on: "tick", columns: ["session_id", "tick"])
        }
        migrator.registerMigration("v3") { db in
            try db.alter(table: "session") { t in
                t.add(column: "seed", .integer)
                t.add(column: "program_version", .text)
            }
            try db.create(table: "command") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("session_id", .integer).notNull().references("session")
                t.column("tick", .integer).notNull()
                t.column("sim_time", .double).notNull()
                t.column("wall_time", .double).notNull()
                t.column("kind", .text).notNull()
                t.column("command", .text).notNull()
                t.column("operator", .text).notNull()
            }
            try db.create(index: "command_session_id", on: "command", columns: ["session_id", "id"])
        }
        migrator.registerMigration("v4") { db in
            try db.alter(table: "session") { t in
                t.add(column: "scenario_text", .text)
                t.add(column: "scenario_sha256", .text)
                t.add(column: "scenario_source", .text)
                t.add(column: "operator_script", .boolean)
                t.add(column: "catalog_name", .text)
                t.add(column: "catalog_text", .text)
                t.add(column: "catalog_spacecraft", .text)
                t.add(column: "command_count", .integer).notNull().defaults(to: 0)
                t.add(column: "command_digest", .text)
            }
            try db.alter(table: "command") { t in
                t.add(column: "digest", .text)
            }
            try db.create(table: "fleet_tick") { t in
                t.column("session_id", .integer).notNull().references("session")
                t.column("tick", .integer).notNull()
                t.column("sim_time", .double).notNull()
                for column in FleetTickColumns.names { t.column(column, .double).notNull() }
                t.primaryKey(["session_id", "tick"])
            }
            try db.create(table: "satellite_sample") { t in
                t.column("session_id", .integer).notNull()
                t.column("tick", .integer).notNull()
                t.column("sim_time", .double).notNull()
                t.column("satellite", .integer).notNull()
                for column in Self.satelliteSampleColumnsV4 { t.column(column, .double).notNull() }
            }
            try db.create(index: "satellite_sample_tick", on: "satellite_sample", columns: ["session_id", "tick"])
        }
        migrator.registerMigration("v5") { db in
            try db.alter(table: "command") { t in
                t.add(column: "satellite", .text)
            }
        }
        migrator.registerMigration("v6") { db in
            try db.alter(table: "session") { t in
                t.add(column: "catalog_objects", .text)
            }
            try db.alter(table: "satellite_sample") { t in
                t.add(column: "propellant_kg", .double).notNull().defaults(to: 0)
            }
        }
        return migrator
    }

    /// The archived satellite columns as v4 created them (v6 adds `propellant_kg`).
    static let satelliteSampleColumnsV4 = Array(SatelliteSamples.columns.dropLast())

    /// The newest schema version this build writes.
    static let latestVersion = "v6"
}
