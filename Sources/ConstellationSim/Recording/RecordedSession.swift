import Foundation
import GRDB

/// One recorded run read back from a journal: the scenario as flown, the program that
/// flew it, how far it got, and its command log with the log's integrity check.
public struct RecordedSession: Sendable {
    /// Row id of the session in the journal.
    public var id: Int64
    /// The program version that recorded it (nil before schema v3).
    public var programVersion: String?
    /// The scenario as flown (nil: the session did not record it — before schema v4, or a
    /// scenario that has no YAML, such as a benchmark fleet).
    public var recipe: ScenarioRecipe?
    /// The SHA-256 the session recorded for the scenario text.
    public var recordedSHA256: String?
    /// The last tick written (0: none).
    public var lastTick: UInt64
    /// The command log, in order.
    public var commands: [JournaledCommand]
    /// Whether the command log is the one written (see `CommandLogDigest`).
    public var commandLog: CommandLogCheck

    /// What the digest chain says about a command log.
    public enum CommandLogCheck: Sendable, Hashable {
        case intact
        /// The row (`command.id`) where the chain breaks: it or a row before it was
        /// edited, deleted, inserted or moved. `tick` is the row's tick.
        case brokenAt(row: Int64, tick: UInt64)
        /// The chain holds but rows at the end are missing.
        case rowsMissing(recorded: Int, found: Int)
    }

    /// Reads session `session` (default: the newest) of the journal at `path`.
    /// Throws `AlarmJournalError` for a missing file or one that is not a journal, and
    /// `CommandLogError` for a damaged row.
    public static func read(path: String, session: Int64? = nil) throws -> RecordedSession {
        let database = try AlarmJournal.openReadOnly(path: path)
        defer { try? database.close() }
        let row: Row? = try database.read { db in
            guard try db.tableExists("session"), try db.tableExists("event") else {
                throw AlarmJournalError.notAJournal(path: path)
            }
            guard try db.columns(in: "session").contains(where: { $0.name == "scenario_text" }) else { return nil }
            if let session { return try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [session]) }
            return try Row.fetchOne(db, sql: "SELECT * FROM session ORDER BY id DESC LIMIT 1")
        }
        guard let row else {
            throw CommandLogError(message: "\(path): no recorded session (journal written before schema v4, or empty)")
        }
        let id: Int64 = row.lenient("id") ?? 0
        var result = RecordedSession(id: id, programVersion: row.lenient("program_version"), recipe: nil,
                                     recordedSHA256: row.lenient("scenario_sha256"), lastTick: 0, commands: [],
                                     commandLog: .intact)
        if let last: Int64 = row.lenient("last_tick"), last > 0 { result.lastTick = UInt64(last) }
        if let text: String = row.lenient("scenario_text"), let source: String = row.lenient("scenario_source") {
            let seed: Int64? = row.lenient("seed")
            var recipe = ScenarioRecipe(yaml: text, source: source, seed: seed.map { UInt64(bitPattern: $0) },
                                        runsOperatorScript: row.lenient("operator_script") ?? true)
            if let name: String = row.lenient("catalog_name"), let catalog: String = row.lenient("catalog_text"),
               let spacecraft: String = row.lenient("catalog_spacecraft") {
                recipe.extraCatalog = .init(name: name, text: catalog, spacecraft: spacecraft)
            }
            // Read as a raw value: a damaged cell (a blob, a number) is an error, never a trap.
            let objects: DatabaseValue = row.lenient("catalog_objects") ?? .null
            if !objects.isNull {
                guard let json = String.fromDatabaseValue(objects), let files = ScenarioRecipe.catalogObjectFiles(json: json) else {
                    throw CommandLogError(message: "\(path): the session's recorded catalog objects do not decode")
                }
                recipe.catalogObjectFiles = files
            }
            result.recipe = recipe
        }
        result.commands = try AlarmJournal.commands(path: path, session: id)
        let genesis: String = row.lenient("scenario_sha256") ?? ""
        let count: Int = row.lenient("command_count") ?? 0
        result.commandLog = try database.read { db in
            try Self.checkChain(db, session: id, genesis: genesis, recordedCount: count)
        }
        return result
    }

    /// Walks the digest chain of the session's command rows.
    private static func checkChain(_ db: Database, session: Int64, genesis: String, recordedCount: Int) throws
        -> CommandLogCheck
    {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, tick, operator, command, digest FROM command WHERE session_id = ? ORDER BY id
            """, arguments: [session])
        var previous = genesis, found = 0
        while let row = try rows.next() {
            let rowID: Int64 = row.lenient("id") ?? 0
            let tick: Int64 = row.lenient("tick") ?? -1
            let stamp = UInt64(clamping: max(0, tick))
            guard let operatorName: String = row.lenient("operator"), let command: String = row.lenient("command"),
                  let digest: String = row.lenient("digest") else { return .brokenAt(row: rowID, tick: stamp) }
            let expected = CommandLogDigest.next(previous: previous, tick: stamp, operatorName: operatorName,
                                                 command: command)
            guard tick >= 0, digest == expected else { return .brokenAt(row: rowID, tick: stamp) }
            previous = digest
            found += 1
        }
        return found == recordedCount ? .intact : .rowsMissing(recorded: recordedCount, found: found)
    }

    /// Why this session may not be replayed as recorded, or nil: nothing recorded, another
    /// program version, or a scenario text whose SHA-256 is not the one recorded.
    public var refusal: ReplayRefusal? {
        guard let recipe, let recordedSHA256 else { return .notRecorded }
        if programVersion != ProgramVersion.current {
            return .programVersion(recorded: programVersion ?? "unknown", current: ProgramVersion.current)
        }
        let actual = recipe.sha256
        if actual != recordedSHA256 { return .scenarioHash(recorded: recordedSHA256, actual: actual) }
        return nil
    }
}

/// Why a recorded session is not replayed (the command line words it).
public enum ReplayRefusal: Error, Sendable, Hashable {
    /// The session did not record its scenario.
    case notRecorded
    /// Recorded by another program version: the models may give other numbers.
    case programVersion(recorded: String, current: String)
    /// The scenario text does not have the SHA-256 recorded with it.
    case scenarioHash(recorded: String, actual: String)
}
