import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops bench routing`: time of one routing step over a Walker shell.
struct RoutingBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routing",
        abstract: "Time of one routing step (median of runs, one core) and bytes per laser link.",
        discussion: """
            Builds a 53° shell of --satellites at 550 km (planes × per plane as square as possible), \
            the --users most populous built-in cities, and one route from each to the next; flies \
            the epoch, then times the routing step (graph of the links up, ground links, Dijkstra) \
            --runs times after one warm-up.
            """)

    @Option(help: "Satellites in the shell (e.g. 10000, 1000000).")
    var satellites = 10_000

    @Option(help: "Users (the most populous built-in cities), 2…100; each routes to the next.")
    var users = 100

    @Option(help: "Timed runs after one warm-up.")
    var runs = 7

    func run() throws {
        guard (4...4_000_000).contains(satellites) else { throw UsageError("--satellites \(satellites) is out of range: use 4…4000000") }
        guard (2...WorldCities.all.count).contains(users) else { throw UsageError("--users \(users) is out of range: use 2…100") }
        guard (1...1000).contains(runs) else { throw UsageError("--runs \(runs) is out of range: use 1…1000") }
        let scenario = Self.scenario(satellites: satellites, users: users)
        let simulation = Simulation(scenario: scenario)
        let router = simulation.router
        _ = simulation.routingStep(router)
        var times: [Double] = [], cpuTimes: [Double] = []
        var last: (routes: [RouteState], links: Int, bytes: Int) = ([], 0, 0)
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let start = clock.now, cpuStart = Self.threadCPUSeconds()
            last = simulation.routingStep(router)
            cpuTimes.append((Self.threadCPUSeconds() - cpuStart) * 1e3)
            let elapsed = clock.now - start
            times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
        }
        times.sort()
        cpuTimes.sort()
        let median = times.count % 2 == 1 ? times[times.count / 2] : 0.5 * (times[times.count / 2 - 1] + times[times.count / 2])
        let reachable = last.routes.filter(\.reachable).count
        let shell = scenario.shells[0].shell
        print("routing bench: \(shell.planes) × \(shell.perPlane) = \(simulation.fleet.count) satellites at 550 km / 53°, "
              + "\(users) users, \(last.routes.count) routes (\(reachable) reachable), \(last.links) laser links up")
        print(String(format: "step median %.2f ms wall, min %.2f ms, max %.2f ms over %d runs (one thread)",
                     median, times[0], times[times.count - 1], runs))
        print(String(format: "step median %.2f ms of CPU time on its one core (min %.2f ms)",
                     SGP4BenchCommand.median(cpuTimes), cpuTimes[0]))
        print(String(format: "memory %.1f MB in the step, %.1f B per laser link", Double(last.bytes) / 1e6,
                     Double(last.bytes) / Double(max(1, last.links))))
    }

    /// CPU time of the calling thread, s (what one core spent, whatever else the machine runs).
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// The bench shell and routes.
    static func scenario(satellites: Int, users: Int) -> Scenario {
        let planes = max(2, Int(Double(satellites).squareRoot().rounded()))
        let perPlane = max(2, (satellites + planes - 1) / planes)
        var scenario = Scenario(
            name: "routing-bench", epoch: ScenarioFile.defaultEpoch, dtSeconds: 60,
            shells: [ShellDesign(WalkerShell(name: "b", altitudeKm: 550, inclinationDeg: 53, planes: planes,
                                             perPlane: perPlane, phasing: 1))])
        scenario.faults.randomFailures = false
        scenario.workload = WorkloadSpec(constantUtilization: 0.5, trainingJobs: 0)
        var settings = RoutingSettings()
        settings.users = WorldCities.all.prefix(users).map { RoutingUser(city: $0) }
        settings.routes = (0..<users).map { RouteSpec(source: $0, destination: .user(($0 + 1) % users)) }
        scenario.routing = settings
        return scenario
    }
}
