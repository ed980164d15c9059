import Foundation

/// Runs one target: first every corpus entry as it is, then mutations of the corpus
/// and of inputs found valid on the way (kept, up to `poolLimit`, as further seeds).
public struct FuzzRunner {
    public let target: any FuzzTarget
    public let workspace: FuzzWorkspace
    public private(set) var cases = 0
    public private(set) var accepted = 0
    public private(set) var unclean = 0
    private var pool: [[UInt8]]
    private let corpus: [[UInt8]]
    private var random: FuzzRandom
    static let poolLimit = 512

    public init(target: any FuzzTarget, corpus: [[UInt8]], seed: UInt64, workspace: FuzzWorkspace) {
        self.target = target
        self.corpus = corpus.isEmpty ? [[]] : corpus
        pool = self.corpus
        random = FuzzRandom(seed: seed)
        self.workspace = workspace
    }

    /// Runs cases until `deadline` or `maximumCases`. `willRun` sees every input before
    /// it runs (the command line keeps it for its signal handler); `found` gets every
    /// non-clean one with the reason; `progress` is called about once a second.
    public mutating func run(until deadline: Date?, maximumCases: Int?, willRun: ([UInt8]) -> Void = { _ in },
                             found: ([UInt8], String) -> Void, progress: (FuzzRunner) -> Void = { _ in }) {
        var lastReport = Date()
        while true {
            if let maximumCases, cases >= maximumCases { break }
            if let deadline, Date() >= deadline { break }
            let input: [UInt8]
            if cases < corpus.count {
                input = corpus[cases]
            } else {
                let parent = random.pick(pool)
                input = target.mutate(parent, corpus: corpus, random: &random, workspace: workspace)
            }
            willRun(input)
            let outcome = target.run(input, workspace: workspace)
            cases += 1
            switch outcome {
            case .accepted:
                accepted += 1
                if cases > corpus.count { remember(input) }
            case .refused:
                break
            case .unclean(let reason):
                unclean += 1
                found(input, reason)
            }
            if Date().timeIntervalSince(lastReport) >= 1 {
                lastReport = Date()
                progress(self)
            }
        }
        progress(self)
    }

    private mutating func remember(_ input: [UInt8]) {
        if pool.count < Self.poolLimit { pool.append(input) } else { pool[random.below(pool.count)] = input }
    }

    /// The corpus of `target` in `directory` (`<directory>/<target name>/*`), sorted by name.
    public static func corpus(of target: any FuzzTarget, in directory: String) -> [[UInt8]] {
        let folder = directory + "/" + target.name
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { Array($0) } }
    }
}
