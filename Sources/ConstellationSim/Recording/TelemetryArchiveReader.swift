import Foundation
import GRDB

/// Reads the telemetry archive of a journal (`fleet_tick`, `satellite_sample`) for
/// `orbitops export`, streaming rows in tick order.
public struct TelemetryArchiveReader: Sendable {
    public let path: String
    private let database: DatabaseQueue

    /// Opens the journal read-only. Throws `AlarmJournalError` for a missing file or one
    /// without an archive (written before schema v4).
    public init(path: String) throws {
        database = try AlarmJournal.openReadOnly(path: path)
        self.path = path
        let hasArchive = try database.read { db in
            try db.tableExists("fleet_tick") && db.tableExists("satellite_sample")
        }
        guard hasArchive else { throw AlarmJournalError.notAJournal(path: path) }
    }

    /// Fleet totals after each tick in `ticks`, in tick order.
    public func fleet(session: Int64, ticks: ClosedRange<UInt64>,
                      _ body: (_ tick: UInt64, _ simSeconds: Double, FleetAggregates) throws -> Void) throws {
        let columns = FleetTickColumns.names
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT tick, sim_time, \(columns.joined(separator: ", ")) FROM fleet_tick
                WHERE session_id = ? AND tick BETWEEN ? AND ? ORDER BY tick
                """, arguments: [session, Int64(clamping: ticks.lowerBound), Int64(clamping: ticks.upperBound)])
            while let row = try rows.next() {
                let tick: Int64 = row.lenient("tick") ?? -1
                let values: [Double] = columns.indices.map { row.lenient(atIndex: $0 + 2) ?? .nan }
                guard tick >= 0, let sim: Double = row.lenient("sim_time"), let a = FleetTickColumns.aggregates(values) else {
                    throw CommandLogError(message: "\(path): fleet_tick row at tick \(tick) is damaged")
                }
                try body(UInt64(tick), sim, a)
            }
        }
    }

    /// Archived satellite rows with tick in `ticks` (and satellite index in `satellites`,
    /// when given), in tick then satellite order. `values` in `SatelliteSamples.columns` order.
    public func satellites(session: Int64, ticks: ClosedRange<UInt64>, only satellites: Set<Int>?,
                           _ body: (_ tick: UInt64, _ simSeconds: Double, _ satellite: Int, _ values: [Double]) throws
                               -> Void) throws {
        let columns = SatelliteSamples.columns
        try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT tick, sim_time, satellite, \(columns.joined(separator: ", ")) FROM satellite_sample
                WHERE session_id = ? AND tick BETWEEN ? AND ? ORDER BY tick, satellite
                """, arguments: [session, Int64(clamping: ticks.lowerBound), Int64(clamping: ticks.upperBound)])
            while let row = try rows.next() {
                let tick: Int64 = row.lenient("tick") ?? -1
                let satellite: Int = row.lenient("satellite") ?? -1
                guard tick >= 0, satellite >= 0, let sim: Double = row.lenient("sim_time") else {
                    throw CommandLogError(message: "\(path): satellite_sample row at tick \(tick) is damaged")
                }
                if let satellites, !satellites.contains(satellite) { continue }
                try body(UInt64(tick), sim, satellite, columns.indices.map { row.lenient(atIndex: $0 + 3) ?? .nan })
            }
        }
    }
}
