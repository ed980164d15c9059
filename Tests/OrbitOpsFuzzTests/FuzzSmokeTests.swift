import Foundation
import OrbitOpsFuzz
import Testing

/// A short, deterministic run of every fuzz target over its corpus (the long runs are
/// `Tools/fuzz.sh SECONDS`): the corpus must be there and accepted, and a few hundred
/// mutations must give no trap and no non-clean error.
@Suite struct FuzzSmokeTests {
    static let corpusDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tools/fuzz/corpus").path

    static func cases(_ target: any FuzzTarget) -> Int {
        switch target.name {
        case "journal": 60
        case "scenario": 150
        default: 400
        }
    }

    @Test(arguments: FuzzTargets.all.map(\.name))
    func targetRunsCleanly(_ name: String) throws {
        let target = try #require(FuzzTargets.named(name))
        let corpus = FuzzRunner.corpus(of: target, in: Self.corpusDirectory)
        #expect(!corpus.isEmpty, "no corpus for \(name)")
        let workspace = try FuzzWorkspace(directory: NSTemporaryDirectory() + "orbitops-fuzz-smoke-\(name)-\(getpid())")
        defer { try? FileManager.default.removeItem(atPath: workspace.directory) }
        var runner = FuzzRunner(target: target, corpus: corpus, seed: 20_261_204, workspace: workspace)
        var problems: [String] = []
        runner.run(until: nil, maximumCases: Self.cases(target), found: { _, reason in problems.append(reason) })
        #expect(runner.cases == Self.cases(target))
        #expect(problems.isEmpty, "\(name): \(problems.prefix(3))")
        #expect(runner.accepted >= 1, "\(name): nothing in the corpus was accepted")
    }

    @Test func mutationsAreDeterministicPerSeed() {
        let seed = Array("duration: 2h\ndt_s: 10\n".utf8)
        func run(_ s: UInt64) -> [[UInt8]] {
            var random = FuzzRandom(seed: s)
            return (0..<50).map { _ in FuzzMutator.mutate(seed, corpus: [seed], random: &random) }
        }
        #expect(run(7) == run(7))
        #expect(run(7) != run(8))
    }

    @Test func everyCorpusEntryOfTheTextTargetsIsAccepted() throws {
        let workspace = try FuzzWorkspace(directory: NSTemporaryDirectory() + "orbitops-fuzz-corpus-\(getpid())")
        defer { try? FileManager.default.removeItem(atPath: workspace.directory) }
        for target in FuzzTargets.all where target.name != "journal" {
            for (k, input) in FuzzRunner.corpus(of: target, in: Self.corpusDirectory).enumerated() {
                #expect(target.run(input, workspace: workspace) == .accepted, "\(target.name) corpus entry \(k)")
            }
        }
    }
}
