import Foundation
import GRDB

/// The durable command log in the journal (schema v3, table `command`).
extension AlarmJournal {
    /// Appends one command in its own transaction (committed when this returns), before
    /// the caller applies it. `tick` is the tick at whose start it takes effect. The same
    /// transaction links the row into the session's digest chain (`CommandLogDigest`).
    public func appendCommand(_ command: EngineCommand, tick: UInt64, simSeconds: Double, operatorName: String) throws {
        let json = try CommandLogCoding.encode(command)
        let wall = wallClock()
        let session = sessionID
        let satellite = command.targetSatellite.map(satelliteName)
        try database.write { db in
            let previous = try String.fetchOne(db, sql: "SELECT command_digest FROM session WHERE id = ?",
                                               arguments: [session]) ?? ""
            let digest = CommandLogDigest.next(previous: previous, tick: tick, operatorName: operatorName, command: json)
            try db.execute(
                sql: """
                    INSERT INTO command (session_id, tick, sim_time, wall_time, kind, command, operator, digest, satellite)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [session, Int64(clamping: tick), simSeconds, wall, CommandLogCoding.kind(command), json,
                            operatorName, digest, satellite])
            try db.execute(
                sql: "UPDATE session SET command_count = command_count + 1, command_digest = ? WHERE id = ?",
                arguments: [digest, session])
        }
    }

    /// The command log of `session` (default: the newest session in the file), in order.
    /// Throws for a file that is not a journal or a row that does not decode, naming it.
    public static func commands(path: String, session: Int64? = nil) throws -> [JournaledCommand] {
        let database = try AlarmJournal.openReadOnly(path: path)
        defer { try? database.close() }
        return try database.read { db in
            guard try db.tableExists("command") else {
                throw CommandLogError(message: "\(path): no command log (journal written before schema v3)")
            }
            let id: Int64? = try session ?? Int64.fetchOne(db, sql: "SELECT MAX(id) FROM session")
            guard let id else { return [] }
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, tick, sim_time, command, operator FROM command WHERE session_id = ? ORDER BY id
                """, arguments: [id])
            return try rows.map { row in
                let rowID: Int64 = row.lenient("id") ?? 0
                guard let tick: Int64 = row.lenient("tick"), tick >= 0, let simTime: Double = row.lenient("sim_time"),
                      let text: String = row.lenient("command"), let operatorName: String = row.lenient("operator") else {
                    throw CommandLogError(message: "\(path): command row \(rowID) has a missing or wrong-typed field")
                }
                guard let command = try? CommandLogCoding.decode(text) else {
                    throw CommandLogError(message: "\(path): command row \(rowID) does not decode: \(text)")
                }
                return JournaledCommand(tick: UInt64(tick), simSeconds: simTime, command: command, applied: true,
                                        operatorName: operatorName)
            }
        }
    }
}

/// A command log that cannot be read.
public struct CommandLogError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// How commands are written in the log: compact JSON of `EngineCommand`, keys sorted so
/// the same command always gives the same text.
enum CommandLogCoding {
    static func encode(_ command: EngineCommand) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(command), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> EngineCommand {
        try JSONDecoder().decode(EngineCommand.self, from: Data(text.utf8))
    }

    /// A readable name for the `kind` column.
    static func kind(_ command: EngineCommand) -> String {
        switch command {
        case .pause: "pause"
        case .resume: "resume"
        case .togglePause: "toggle_pause"
        case .step: "step"
        case .setSpeed: "set_speed"
        case .speedUp: "speed_up"
        case .speedDown: "speed_down"
        case .alarm: "alarm"
        case .injectFault: "inject_fault"
        case .manoeuvre: "manoeuvre"
        }
    }
}
