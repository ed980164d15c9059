import GRDB

/// The per-satellite telemetry archive in the journal (table `satellite_sample`).
extension AlarmJournal {
    /// Inserts one sample (every satellite's row, or the full-rate satellites' rows) in the
    /// caller's transaction.
    static func archive(_ samples: SatelliteSamples, tick: Int, simSeconds: Double, session: Int64, _ db: Database)
        throws
    {
        let width = SatelliteSamples.columns.count
        let insert = try db.cachedStatement(sql: """
            INSERT INTO satellite_sample (session_id, tick, sim_time, satellite, \
            \(SatelliteSamples.columns.joined(separator: ", ")))
            VALUES (?, ?, ?, ?\(String(repeating: ", ?", count: width)))
            """)
        var arguments = [DatabaseValue](repeating: .null, count: 4 + width)
        arguments[0] = session.databaseValue
        arguments[1] = tick.databaseValue
        arguments[2] = simSeconds.databaseValue
        for i in 0..<samples.count {
            arguments[3] = samples.satellite(ofRow: i).databaseValue
            for k in 0..<width { arguments[4 + k] = samples.values[i * width + k].databaseValue }
            insert.setUncheckedArguments(StatementArguments(arguments))
            try insert.execute()
        }
    }

    /// Deletes the oldest whole samples until at most `maximumRows` rows remain. Rows are
    /// only ever appended and deleted from the oldest end, so their rowids are contiguous
    /// and the count is max − min + 1 (no table scan).
    static func trimArchive(to maximumRows: Int, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT MIN(rowid) AS lo, MAX(rowid) AS hi FROM satellite_sample"),
              let lo: Int64 = row["lo"], let hi: Int64 = row["hi"] else { return }
        let excess = hi - lo + 1 - Int64(maximumRows)
        guard excess > 0 else { return }
        // The sample the cut falls in goes whole.
        guard let cut = try Row.fetchOne(db, sql: "SELECT session_id, tick FROM satellite_sample WHERE rowid >= ? "
                                         + "ORDER BY rowid LIMIT 1", arguments: [lo + excess - 1]) else { return }
        let session: Int64 = cut["session_id"] ?? 0, tick: Int64 = cut["tick"] ?? 0
        let last = try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM satellite_sample WHERE session_id = ? AND tick = ?",
                                      arguments: [session, tick]) ?? (lo + excess - 1)
        try db.execute(sql: "DELETE FROM satellite_sample WHERE rowid <= ?", arguments: [last])
    }
}
