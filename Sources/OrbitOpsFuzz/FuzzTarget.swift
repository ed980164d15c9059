import Foundation

/// What one fuzz case did. A trap or signal is not an outcome: it ends the process, and
/// `orbitops-fuzz` records the input from its signal handler.
public enum FuzzOutcome: Sendable, Equatable {
    /// The input was valid and every step after parsing ran.
    case accepted
    /// The input was refused with a clean error: one non-empty line.
    case refused
    /// A non-clean error path: an error of the wrong kind, an empty or multi-line
    /// message, or a result that breaks the target's property. Counted as a crash.
    case unclean(String)
}

/// One thing to fuzz: a parser (and what runs on what it accepts).
public protocol FuzzTarget: Sendable {
    /// The target's name: its corpus is `Tools/fuzz/corpus/<name>/`.
    var name: String { get }
    /// File extension of saved inputs (crashes), e.g. `yaml`.
    var fileExtension: String { get }
    /// The next input to try, made from a corpus entry.
    func mutate(_ input: [UInt8], corpus: [[UInt8]], random: inout FuzzRandom, workspace: FuzzWorkspace) -> [UInt8]
    /// Runs one input.
    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome
}

extension FuzzTarget {
    public func mutate(_ input: [UInt8], corpus: [[UInt8]], random: inout FuzzRandom, workspace: FuzzWorkspace) -> [UInt8] {
        FuzzMutator.mutate(input, corpus: corpus, random: &random)
    }

    /// `.refused` when `message` is one non-empty line, else `.unclean`.
    func cleanRefusal(_ message: String) -> FuzzOutcome {
        if message.isEmpty { return .unclean("empty error message") }
        if message.contains(where: \.isNewline) { return .unclean("multi-line error message: \(message.prefix(200))") }
        return .refused
    }
}

/// Every fuzz target, by name. Add a target here (one file under `Targets/`, a corpus
/// directory `Tools/fuzz/corpus/<name>/` with a few valid inputs, and nothing else:
/// `Tools/fuzz.sh` and the smoke test pick it up from this list).
public enum FuzzTargets {
    public static let all: [any FuzzTarget] = [
        TLEFuzzTarget(), OMMFuzzTarget(), ScenarioFuzzTarget(), ThemeFuzzTarget(), ConfigFuzzTarget(),
        JournalFuzzTarget(), DurationFuzzTarget(), CDMFuzzTarget(),
    ]

    public static func named(_ name: String) -> (any FuzzTarget)? { all.first { $0.name == name } }
}

/// A scratch directory for inputs that must be files (scenarios, themes, journals).
public struct FuzzWorkspace: Sendable {
    public let directory: String

    public init(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        self.directory = directory
    }

    /// Writes `bytes` to `name` in the workspace; returns the path.
    public func write(_ bytes: [UInt8], name: String) -> String {
        let path = directory + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}
