import Foundation
import GRDB

extension AlarmJournal {
    /// Opens an existing journal read-only: the one way every reader (the `journal`
    /// listing, replay, export, the command log) opens a file. Throws
    /// `AlarmJournalError.notFound` for a missing path and `.notARegularFile` for a FIFO or
    /// device, which would otherwise block SQLite's open forever or read a stream.
    static func openReadOnly(path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else { throw AlarmJournalError.notFound(path: path) }
        let type = (try? FileManager.default.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
        guard type == .typeRegular else { throw AlarmJournalError.notARegularFile(path: path) }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        return try DatabaseQueue(path: path, configuration: config)
    }
}
