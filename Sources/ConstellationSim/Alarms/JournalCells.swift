import GRDB

/// The cells of one journal row, read by column with a typed error instead of GRDB's
/// trap when a cell does not hold what its column must (`value='abc'`, a blob in
/// `operator`, `''` in `session_id`, an infinite `sim_time`): a journal is a file anyone
/// can edit, so a damaged cell is bad input, not an invariant.
struct JournalCells {
    /// The journal file, for the message.
    let path: String
    /// The table the row comes from (`event`, `session`).
    let table: String
    let row: Row

    /// The cell of `column` as `T` (an optional `T` reads NULL as nil).
    func value<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws(AlarmJournalError) -> T {
        do {
            return try row.decode(T.self, forColumn: column)
        } catch {
            throw bad(column, Self.expected(T.self))
        }
    }

    /// Largest time accepted in a journal, seconds (≈ 31,700 years): NaN, ±∞ and larger
    /// values are refused before any count or window index is derived from them.
    static let maximumSeconds = 1e12

    /// A time, seconds: finite and within ±`maximumSeconds`.
    func finite(_ column: String) throws(AlarmJournalError) -> Double {
        let number: Double = try value(column)
        guard abs(number) <= Self.maximumSeconds else { throw bad(column, "a time in seconds within ±1e12") }
        return number
    }

    /// A time as `finite`, or NULL.
    func finiteOrNil(_ column: String) throws(AlarmJournalError) -> Double? {
        guard let number: Double = try value(column) else { return nil }
        guard abs(number) <= Self.maximumSeconds else { throw bad(column, "a time in seconds within ±1e12, or NULL") }
        return number
    }

    private func bad(_ column: String, _ expected: String) -> AlarmJournalError {
        let id: Int64? = try? row.decode(Int64?.self, forColumn: "id")
        return .badCell(path: path, table: table, rowID: id, column: column, expected: expected)
    }

    /// What a column of type `T` holds, in words.
    static func expected<T>(_ type: T.Type) -> String {
        switch type {
        case is Int.Type, is Int64.Type: "a whole number"
        case is Int?.Type, is Int64?.Type: "a whole number or NULL"
        case is Double.Type: "a number"
        case is Double?.Type: "a number or NULL"
        case is String.Type: "text"
        case is String?.Type: "text or NULL"
        default: "a \(type) value"
        }
    }
}
