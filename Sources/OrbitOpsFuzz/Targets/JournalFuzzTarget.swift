import ConstellationSim
import Foundation
import GRDB

/// Journal files (SQLite): a recorded journal with damaged bytes or damaged cells (a
/// cell of any table set to text, a blob, NULL, an empty string, a huge, negative,
/// infinite or NaN number), read the way `journal`, `journal --kpis`, `export` and
/// `replay` read it.
struct JournalFuzzTarget: FuzzTarget {
    let name = "journal"
    let fileExtension = "sqlite"

    static let badValues: [DatabaseValue] = [
        .null, "abc".databaseValue, "".databaseValue, Data([0, 0xFF, 0x80]).databaseValue, Double.infinity.databaseValue,
        (-Double.infinity).databaseValue, Double.nan.databaseValue, 1e300.databaseValue, (-1).databaseValue, 0.databaseValue,
        Int64.max.databaseValue, Int64.min.databaseValue, 4_294_967_296.databaseValue, "9e999".databaseValue,
        "P01-S01".databaseValue, "CRITICAL".databaseValue, "2026-06-21T00:00:00Z".databaseValue, 1.5.databaseValue,
    ]

    func mutate(_ input: [UInt8], corpus: [[UInt8]], random r: inout FuzzRandom, workspace: FuzzWorkspace) -> [UInt8] {
        if r.chance(0.25) {
            // Damaged bytes: a few flips or overwrites anywhere in the file (pages, headers).
            var bytes = input
            for _ in 0...r.below(4) where !bytes.isEmpty {
                let at = r.below(bytes.count)
                bytes[at] = r.chance(0.5) ? bytes[at] ^ UInt8(1 << r.below(8)) : r.pick(FuzzMutator.interestingBytes)
            }
            if r.chance(0.1) { bytes.removeLast(r.below(bytes.count + 1)) }
            return bytes
        }
        // Damaged cells: 1…3 cells of random rows set to a bad value.
        let path = workspace.write(input, name: "fuzz-mutating.sqlite")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                for _ in 0...r.below(3) where !tables.isEmpty {
                    let table = r.pick(tables)
                    let columns = try db.columns(in: table).map(\.name)
                    guard !columns.isEmpty else { continue }
                    let column = r.pick(columns)
                    let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
                    guard count > 0 else { continue }
                    let value = r.chance(0.8) ? r.pick(Self.badValues) : Int64(bitPattern: r.next()).databaseValue
                    try db.execute(sql: "UPDATE \"\(table)\" SET \"\(column)\" = ? WHERE rowid = (SELECT rowid FROM \"\(table)\" LIMIT 1 OFFSET ?)",
                                   arguments: [value, r.below(count)])
                }
            }
            try queue.close()
            return FileManager.default.contents(atPath: path).map { Array($0) } ?? input
        } catch {
            return input
        }
    }

    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome {
        let path = workspace.write(input, name: "fuzz-journal.sqlite")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        var outcome = FuzzOutcome.accepted
        func attempt(_ body: () throws -> Void) {
            do {
                try body()
            } catch {
                // The command line prints an error's first line (GRDB's messages quote
                // the multi-line SQL after it), so that line must say what is wrong.
                let text = String(describing: error)
                let result = cleanRefusal(text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
                if case .unclean = result { outcome = result } else if outcome == .accepted { outcome = .refused }
            }
        }
        attempt {
            let reader = try AlarmJournalReader(path: path)
            let sessions = try reader.sessions()
            _ = try reader.rows()
            _ = try reader.kpis()
            for session in sessions.suffix(2) { _ = try reader.kpis(sessionID: session.id) }
        }
        attempt {
            let archive = try TelemetryArchiveReader(path: path)
            try archive.fleet(session: 1, ticks: 0...UInt64(Int64.max)) { _, _, _ in }
            try archive.satellites(session: 1, ticks: 0...UInt64(Int64.max), only: nil) { _, _, _, _ in }
        }
        attempt { _ = try RecordedSession.read(path: path) }
        return outcome
    }
}
