import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops bench [--scenario NAME] [--satellites N] [--ticks N] [--threads N] [--json]`:
/// builds the scenario (scaled to N satellites), runs the ticks, and prints ticks/s, ns per
/// satellite-tick of every phase, the console snapshot's build time, peak RSS and bytes per
/// satellite.
struct EngineBenchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A built-in scenario name or a YAML file.", valueName: "name|file"))
    var scenario = "default"

    @Option(help: "Scale the scenario's shells to about this many satellites (default: as designed).")
    var satellites: Int?

    @Option(help: "Ticks to time (after one untimed warm-up tick).")
    var ticks = 20

    @Option(help: "Worker threads of the parallel phases (default: one per core).")
    var threads: Int?

    @Option(help: ArgumentHelp("Add catalog objects (not ours) from a TLE or OMM JSON file; repeatable.", valueName: "file"))
    var catalog: [String] = []

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func run() throws {
        guard (1...1_000_000).contains(ticks) else { throw UsageError("--ticks \(ticks) is out of range: use 1…1000000") }
        if let threads, !(1...256).contains(threads) {
            throw UsageError("--threads \(threads) is out of range: use 1…256")
        }
        if let satellites, !(1...5_000_000).contains(satellites) {
            throw UsageError("--satellites \(satellites) is out of range: use 1…5000000")
        }
        var scenario = try ScenarioOptions.resolve(self.scenario)
        if let satellites { scenario = try Self.scaled(scenario, to: satellites) }
        for path in catalog {
            do {
                scenario.catalogObjects.append(try CatalogObjectFile.read(path: path))
            } catch {
                throw UsageError("--catalog: \(error.message) (expected TLE 2- or 3-line sets or OMM JSON)")
            }
        }
        let clock = ContinuousClock()
        let buildStart = clock.now
        var simulation = Simulation(scenario: scenario)
        let buildS = seconds(clock.now - buildStart)
        simulation.threads = threads
        simulation.advance()
        let baseline = simulation.phaseTimes
        let start = clock.now
        simulation.advance(ticks: ticks)
        let elapsedS = seconds(clock.now - start)
        let steadyRSS = Self.currentRSSBytes()
        let report = EngineBenchReport(
            scenario: scenario.name, satellites: simulation.fleet.count, ticks: ticks, threads: threads,
            buildSeconds: buildS, elapsedSeconds: elapsedS, baseline: baseline, after: simulation.phaseTimes,
            snapshot: SnapshotBench.measure(simulation), steadyRSSBytes: steadyRSS, peakRSSBytes: Self.peakRSSBytes(),
            worldBytesPerSatellite: simulation.world.bytesPerSatellite)
        print(json ? report.json : report.table)
    }

    /// `scenario` with every shell resized (planes and slots by the same factor) so the
    /// whole fleet is about `target` satellites.
    static func scaled(_ scenario: Scenario, to target: Int) throws -> Scenario {
        let total = scenario.shells.reduce(0) { $0 + $1.shell.total }
        guard total > 0 else { throw UsageError("--satellites: the scenario has no designed shell to scale") }
        var out = scenario
        let factor = Double(target) / Double(total)
        for k in out.shells.indices {
            var shell = out.shells[k].shell
            let wanted = max(1.0, Double(shell.total) * factor)
            let planes = max(1, min(Int(wanted), Int((Double(shell.planes) * factor.squareRoot()).rounded())))
            shell.perPlane = max(1, Int((wanted / Double(planes)).rounded()))
            shell.planes = planes
            shell.phasing = min(shell.phasing, planes - 1)
            out.shells[k].shell = shell
        }
        out.name = "\(scenario.name)@\(target)"
        return out
    }

    /// Resident set size now, bytes (`/proc/self/statm`; 0 where unavailable).
    static func currentRSSBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Peak resident set size of this process, bytes (`getrusage`, KiB on Linux).
    static func peakRSSBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}
