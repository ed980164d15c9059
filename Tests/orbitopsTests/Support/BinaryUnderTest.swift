import Foundation

/// The `orbitops` binary built beside the test bundle.
enum BinaryUnderTest {
    static let path: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("orbitops").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("orbitops").path,
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/orbitops").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    /// Runs the binary to completion with `arguments`, stdin from /dev/null.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try Spawn.run(path, arguments)
        return (result.status, result.stdout, result.stderr)
    }
}
