import Crypto
import Foundation

/// The SHA-256 chain over the durable command log: each row's digest covers the previous
/// row's digest (the first row's: the scenario's SHA-256) and what replay reads from the
/// row (tick, operator, command). Deleting, inserting, reordering or editing a row breaks
/// the chain from that row on; deleting rows at the end leaves fewer rows than the
/// session's `command_count`. It catches accidents and naive edits, not a forger who
/// recomputes the chain (there is no secret key).
enum CommandLogDigest {
    /// The digest of a row, 64 lowercase hex digits.
    static func next(previous: String, tick: UInt64, operatorName: String, command: String) -> String {
        var data = Data(previous.utf8)
        data.append(Data("\n\(tick)\n\(operatorName)\n\(command)".utf8))
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
