import ArgumentParser
import ConstellationSim
import Dispatch
import Foundation
import Synchronization

/// `orbitops bench`: performance measurements — the engine's tick by default
/// (`bench engine`), `bench sgp4` and `bench query`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure engine performance: tick rate, time per phase, snapshot cost, memory.",
        discussion: """
            Without a subcommand: 'bench engine' (fly --scenario for --ticks ticks and report). \
            'bench sgp4' measures SGP4 alone, 'bench query' the console's queries.
            """,
        subcommands: [EngineBenchCommand.self, SGP4BenchCommand.self, QueryBenchCommand.self, RoutingBenchCommand.self],
        defaultSubcommand: EngineBenchCommand.self)
}

/// `orbitops bench [engine] --scenario NAME [--satellites N] [--ticks N] [--threads N] [--json]`.
struct EngineBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engine",
        abstract: "Ticks/s, ns per satellite-tick of every phase, frame and first-answer cost, RSS, bytes per satellite.")

    @OptionGroup var options: EngineBenchOptions

    func run() throws { try options.run() }
}

/// `orbitops bench sgp4`: SGP4 propagations per second through the batch API.
struct SGP4BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sgp4",
        abstract: "SGP4 propagations per second (median of runs after a warm-up) through the batch API.",
        discussion: """
            Every element set is propagated to every time of --minutes, counted from the latest epoch \
            in the file, exactly as Benchmarks/sgp4_peer.py measures the python sgp4 package's C++ core. \
            Benchmarks/compare_sgp4.sh builds release and runs both on the same file.
            """)

    @Argument(help: "TLE or OMM JSON file.")
    var file: String

    @Option(help: "Times as START:STOP:STEP minutes after the latest epoch, STOP included.")
    var minutes = "0:1440:1"

    @Option(help: "Threads, each propagating its own share of the sets.")
    var threads = 1

    @Option(help: "Timed runs (after one untimed warm-up run).")
    var runs = 7

    @Flag(help: "Skip malformed element sets with a warning instead of stopping.")
    var skipInvalid = false

    func run() throws {
        guard let grid = EphemerisGrid.parseMinutes(minutes), case .minutes(let start, _, let step) = grid else {
            throw UsageError("--minutes '\(minutes)' is not a time range: use \(EphemerisGrid.minutesForm)")
        }
        guard (1...256).contains(threads) else { throw UsageError("--threads \(threads) is out of range: use 1…256") }
        guard (1...1000).contains(runs) else { throw UsageError("--runs \(runs) is out of range: use 1…1000") }
        let sets = try ElementInput.read(file, skipInvalid: skipInvalid)
        var records: [SGP4Record] = []
        var rejected = 0
        for set in sets {
            do { records.append(try SGP4Record(set)) } catch { rejected += 1 }
        }
        guard !records.isEmpty else { throw UsageError("\(file): no element set initialises (all hit SGP4 errors at epoch)") }
        let times = (0..<grid.count).map { start + Double($0) * step }
        let chunks = Self.chunks(records, count: threads)
        // Times count from the latest epoch of the whole file, whatever the threads' shares.
        let reference = records.map(\.epoch).max()
        _ = Self.measure(chunks, minutes: times, reference: reference)  // warm-up
        var results: [SGP4Benchmark.Run] = []
        var cpuRates: [Double] = []
        for _ in 0..<runs {
            let cpuStart = Self.processCPUSeconds()
            let run = Self.measure(chunks, minutes: times, reference: reference)
            cpuRates.append(Double(run.propagations) / max(Self.processCPUSeconds() - cpuStart, 1e-9))
            results.append(run)
        }
        let rates = results.map(\.rate).sorted()
        let median = Self.median(rates)
        let first = results[0]
        let deepSpace = records.filter(\.isDeepSpace).count
        print("sgp4 bench: \(records.count) sets (\(deepSpace) deep space, \(rejected) rejected at epoch) × \(times.count) times = "
            + "\(first.propagations) propagations/run, \(first.failures) failures, \(threads) thread\(threads == 1 ? "" : "s")")
        print("runs  median/s      min/s         max/s")
        print(String(format: "%-5d %-13.0f %-13.0f %-13.0f", runs, median, rates[0], rates[rates.count - 1]))
        print(String(format: "median %.0f propagations/s", median))
        print(String(format: "cpu median %.0f propagations per CPU second", Self.median(cpuRates.sorted())))
    }

    static func median(_ sorted: [Double]) -> Double {
        sorted.count % 2 == 1 ? sorted[sorted.count / 2] : 0.5 * (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2])
    }

    /// CPU time of this process, seconds (less sensitive than wall time to other load on the machine).
    static func processCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// `records` split into `count` contiguous shares (fewer when there are fewer records).
    static func chunks(_ records: [SGP4Record], count: Int) -> [[SGP4Record]] {
        let size = (records.count + count - 1) / count
        return stride(from: 0, to: records.count, by: size).map { Array(records[$0..<min($0 + size, records.count)]) }
    }

    /// One run: every share on its own thread, wall-clock time over all of them.
    static func measure(_ chunks: [[SGP4Record]], minutes: [Double], reference: JulianDate?) -> SGP4Benchmark.Run {
        if chunks.count == 1 { return SGP4Benchmark.run(records: chunks[0], minutes: minutes, reference: reference) }
        let failures = Mutex(0)
        let clock = ContinuousClock()
        let began = clock.now
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            let run = SGP4Benchmark.run(records: chunks[index], minutes: minutes, reference: reference)
            failures.withLock { $0 += run.failures }
        }
        let elapsed = clock.now - began
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return SGP4Benchmark.Run(propagations: chunks.map(\.count).reduce(0, +) * minutes.count, seconds: seconds,
                                 failures: failures.withLock { $0 })
    }
}
