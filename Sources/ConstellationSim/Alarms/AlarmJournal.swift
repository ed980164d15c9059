import Foundation
import GRDB

/// Errors a user can cause when opening or reading an alarm journal.
public enum AlarmJournalError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notAJournal(path: String)
    /// A FIFO, device or directory where a journal file was expected.
    case notARegularFile(path: String)
    /// A cell that does not hold what the column must (text in a number column, an
    /// infinite time…): the file was edited or damaged. `rowID` is the row's `id`.
    case badCell(path: String, table: String, rowID: Int64?, column: String, expected: String)

    public var description: String {
        switch self {
        case .notFound(let path): "alarm journal not found: \(path)"
        case .notAJournal(let path): "not an OrbitOps alarm journal (no event table): \(path)"
        case .notARegularFile(let path): "not a regular file (a FIFO, device or directory): \(path): give a journal file"
        case .badCell(let path, let table, let rowID, let column, let expected):
            "\(path): \(table) row \(rowID.map { "id \($0)" } ?? "?"), column \(column): "
                + "expected \(expected) (the journal was edited or damaged)"
        }
    }
}

/// Appends every alarm transition and operator command to a SQLite journal (GRDB), in
/// WAL mode, one transaction per tick: a crash loses at most the tick in progress.
///
/// Satellites are written by their string id (`P03-S07`) given by `satelliteID`.
/// Thread-safe (`Sendable`): writes are serialized by the underlying `DatabaseQueue`.
public final class AlarmJournal: Sendable {
    /// Path of the journal file.
    public let path: String
    /// Row id of this run's session.
    public let sessionID: Int64
    let database: DatabaseQueue
    private let satelliteID: @Sendable (Int) -> String
    let wallClock: @Sendable () -> Double

    /// Opens (creating or migrating) the journal at `path` and starts a session.
    /// - Parameters:
    ///   - startSimSeconds: simulation time of the session start, seconds.
    ///   - epoch: the scenario epoch (simulation time 0), for UTC display.
    ///   - satelliteID: maps a satellite index to its string id.
    ///   - synchronousFull: fsync every tick (survives power loss; slower). The default
    ///     (`synchronous = NORMAL` in WAL) survives any process crash.
    ///   - recipe: the scenario as flown, recorded so the run can be replayed (nil: not replayable).
    ///   - wallClock: Unix seconds now (injectable for tests).
    public init(
        path: String, startSimSeconds: Double, epoch: JulianDate? = nil, scenario: String = "", seed: UInt64? = nil,
        recipe: ScenarioRecipe? = nil, satelliteID: @escaping @Sendable (Int) -> String, synchronousFull: Bool = false,
        wallClock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) throws {
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(5)
        let sync = synchronousFull ? "FULL" : "NORMAL"
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = \(sync)") }
        let database = try DatabaseQueue(path: path, configuration: config)
        try AlarmJournalSchema.migrator.migrate(database)
        let started = wallClock()
        sessionID = try database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO session (started_wall_time, start_sim_time, end_sim_time, last_tick, epoch_jd, scenario,
                        seed, program_version, scenario_text, scenario_sha256, scenario_source, operator_script,
                        catalog_name, catalog_text, catalog_spacecraft, command_count, command_digest, catalog_objects)
                    VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                    """,
                arguments: [started, startSimSeconds, startSimSeconds, epoch?.value, scenario,
                            seed.map { Int64(bitPattern: $0) }, ProgramVersion.current, recipe?.yaml, recipe?.sha256,
                            recipe?.source, recipe?.runsOperatorScript, recipe?.extraCatalog?.name,
                            recipe?.extraCatalog?.text, recipe?.extraCatalog?.spacecraft, recipe?.sha256 ?? "",
                            recipe?.catalogObjectFilesJSON])
            return db.lastInsertedRowID
        }
        self.path = path
        self.database = database
        self.satelliteID = satelliteID
        self.wallClock = wallClock
    }

    /// Convenience: satellite ids given as an array indexed by satellite.
    public convenience init(
        path: String, startSimSeconds: Double, epoch: JulianDate? = nil, scenario: String = "", seed: UInt64? = nil,
        recipe: ScenarioRecipe? = nil, satelliteIDs: [String], synchronousFull: Bool = false
    ) throws {
        try self.init(
            path: path, startSimSeconds: startSimSeconds, epoch: epoch, scenario: scenario, seed: seed, recipe: recipe,
            satelliteID: { $0 >= 0 && $0 < satelliteIDs.count ? satelliteIDs[$0] : "#\($0)" },
            synchronousFull: synchronousFull)
    }

    /// The id of satellite `index` as the journal writes it.
    func satelliteName(_ index: Int) -> String { satelliteID(index) }

    /// Closes the file (checkpointing the WAL). Later appends throw.
    public func close() throws {
        try database.close()
    }

    /// Writes one tick — its operator commands, then its transitions — in one
    /// transaction, and advances the session's end time. Call once per tick.
    public func append(
        tickTransitions: [AlarmTransition], commands: [AlarmCommand], tick: Int, simSeconds: Double
    ) throws {
        try append([AlarmTickBatch(
            kind: .tick, tick: tick, simSeconds: simSeconds, commands: commands, transitions: tickTransitions)])
    }

    /// Writes `batches` in one transaction (a writer that fell behind commits several
    /// ticks at once), each with its `tick` row (and its `fleet_tick` row when it carries
    /// the fleet totals), and advances the session's end time
    /// to the last `.tick` batch. All or nothing.
    public func append(_ batches: [AlarmTickBatch]) throws {
        guard !batches.isEmpty else { return }
        let wall = wallClock()
        let session = sessionID
        let satelliteID = satelliteID
        try database.write { db in
            let tickInsert = try db.cachedStatement(sql: """
                INSERT INTO tick (session_id, tick, kind, sim_time, wall_time, transitions, commands)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let insert = try db.cachedStatement(sql: """
                INSERT INTO event (session_id, tick, sim_time, wall_time, kind, event, alarm, satellite,
                    parameter, severity, severity_rank, from_state, to_state, value, limit_value, operator, comment,
                    batch_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let fleetInsert = try db.cachedStatement(sql: """
                INSERT INTO fleet_tick (session_id, tick, sim_time, \(FleetTickColumns.names.joined(separator: ", ")))
                VALUES (?, ?, ?\(String(repeating: ", ?", count: FleetTickColumns.names.count)))
                """)
            var last: AlarmTickBatch?
            var bound: Int?
            for batch in batches {
                if batch.kind == .tick, let samples = batch.satellites {
                    try Self.archive(samples, tick: batch.tick, simSeconds: batch.simSeconds, session: session, db)
                    bound = samples.maximumRows
                }
                if batch.kind == .tick, let fleet = batch.fleet {
                    let values = FleetTickColumns.values(fleet).map { $0.databaseValue }
                    try fleetInsert.execute(arguments: StatementArguments(
                        [session.databaseValue, batch.tick.databaseValue, batch.simSeconds.databaseValue] + values))
                }
                try tickInsert.execute(arguments: [
                    session, batch.tick, batch.kind.rawValue, batch.simSeconds, wall,
                    batch.transitions.count, batch.commands.count,
                ])
                let batchID = db.lastInsertedRowID
                for c in batch.commands {
                    let key = c.action.key
                    let sat = key.map { satelliteID($0.satellite) }
                    var parameter = key?.parameter
                    var severity: AlarmSeverity?
                    var value: Double?
                    if case .acknowledgeGroup(let p, let s, _) = c.action { parameter = p; severity = s }
                    if case .shelve(_, let d, _) = c.action { value = d }
                    try insert.execute(arguments: [
                        session, batch.tick, c.simSeconds, wall, "command", c.action.name,
                        key.map { $0.name(satelliteID: sat ?? "") }, sat, parameter?.displayName,
                        severity?.displayName, severity.map { Int($0.rawValue) }, nil, nil, value, nil,
                        c.operatorName, c.action.comment, batchID,
                    ])
                }
                for t in batch.transitions {
                    let sat = satelliteID(t.key.satellite)
                    try insert.execute(arguments: [
                        session, t.tick, t.simSeconds, wall, "transition", t.cause.rawValue,
                        t.key.name(satelliteID: sat), sat, t.key.parameter.displayName,
                        t.severity.displayName, Int(t.severity.rawValue), t.from.displayName, t.to.displayName,
                        t.value, t.limit, t.operatorName, t.comment, batchID,
                    ])
                }
                if batch.kind == .tick { last = batch }
            }
            if let bound { try Self.trimArchive(to: bound, db) }
            if let last {
                try db.execute(
                    sql: "UPDATE session SET end_sim_time = ?, last_tick = ? WHERE id = ?",
                    arguments: [last.simSeconds, last.tick, session])
            }
        }
    }
}
