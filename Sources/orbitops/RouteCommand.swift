import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops route`: one route's path at one instant, hop by hop.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Print the lowest-latency path between two cities (or to compute) at an instant, hop by hop.",
        discussion: "Flies the scenario from its epoch to --at, then routes over the laser links up at that tick "
            + "plus ground links above the scenario's user_min_elevation_deg. Cities: a user of the scenario or "
            + "one of the 100 built-in cities (--cities lists them).")

    @OptionGroup var scenarioOptions: ScenarioOptions

    @Option(help: "The instant, ISO 8601 UTC (e.g. 2026-06-21T00:10:00Z); default: the scenario's epoch.")
    var at: String?

    @Option(help: "Where the route starts: a city or a user of the scenario.")
    var from: String?

    @Option(help: "Where it ends: a city, a user of the scenario, or compute.")
    var to: String?

    @Flag(help: "List the built-in cities and their source, then exit.")
    var cities = false

    func run() throws {
        if cities {
            print(Self.cityList())
            return
        }
        guard let from else { throw UsageError("missing --from CITY (a city or a user of the scenario)") }
        guard let to else { throw UsageError("missing --to CITY (a city, a user of the scenario, or compute)") }
        let scenario = try scenarioOptions.scenario()
        var settings = scenario.routing
        settings.routes = []
        let source = try Self.user(from, option: "--from", in: &settings)
        let destination: RouteDestination = to == "compute" ? .compute : .user(try Self.user(to, option: "--to", in: &settings))
        if case .user(let u) = destination, u == source {
            throw UsageError("--to '\(to)' is where the route starts: give another city")
        }
        settings.routes = [RouteSpec(source: source, destination: destination)]
        let ticks = try Self.ticks(at: at, scenario: scenario)
        var simulation = Simulation(scenario: scenario)
        for _ in 0..<ticks { simulation.advance() }
        let router = Router(settings: settings, scenario: scenario)
        guard let state = simulation.routeNow(router).first else { return }
        print(Self.report(state, settings: settings, simulation: simulation))
    }

    /// The index of the user named `name` in `settings`, adding a built-in city as a user.
    static func user(_ name: String, option: String, in settings: inout RoutingSettings) throws -> Int {
        if let i = settings.users.firstIndex(where: { $0.name == name }) { return i }
        guard let city = WorldCities.named(name) else {
            let names = settings.users.map(\.name) + WorldCities.names
            let hint = WorldCities.nearest(to: name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw UsageError("\(option) '\(name)' is not a user of the scenario nor a built-in city\(hint); "
                             + "see 'orbitops route --cities'")
        }
        if let i = settings.users.firstIndex(where: { $0.name == city.name }) { return i }
        settings.users.append(RoutingUser(city: city))
        return settings.users.count - 1
    }

    /// Whole ticks from the epoch to `at` (at or before it).
    static func ticks(at text: String?, scenario: Scenario) throws -> Int {
        guard let text else { return 0 }
        guard let instant = ScenarioFile.parseISO8601(text) else {
            throw UsageError("--at '\(text)' is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-06-21T00:10:00Z)")
        }
        let seconds = (instant.value - scenario.epoch.value) * 86_400
        let ticks = (seconds / scenario.dtSeconds + 1e-6).rounded(.down)
        guard ticks.isFinite, ticks >= 0 else {
            throw UsageError("--at \(text) is before the scenario's epoch \(scenario.epoch.iso8601)")
        }
        guard ticks <= Double(HeadlessRun.maximumTicks) else {
            throw UsageError("--at \(text) is more than \(HeadlessRun.maximumTicks) ticks after the epoch "
                             + "\(scenario.epoch.iso8601)")
        }
        return Int(ticks)
    }

    /// The hop-by-hop table.
    static func report(_ state: RouteState, settings: RoutingSettings, simulation: Simulation) -> String {
        guard let route = settings.routes.first else { return "" }
        let source = settings.users[route.source].name, destination = settings.destinationName(of: route)
        var lines = ["\(source) → \(destination) at \(simulation.time.iso8601) (\(simulation.scenario.name), "
                     + "\(simulation.fleet.count) satellites, mask \(fmt(settings.userMinElevationDeg, 0))°)"]
        guard state.reachable else {
            lines.append("unreachable: no path over the laser links up and the ground links above the mask")
            if let fibre = state.fibreMs { lines.append("fibre bound \(fmt(fibre, 3)) ms one way") }
            return lines.joined(separator: "\n")
        }
        let ids = simulation.fleet.ids
        let names = [source] + state.path.map { ids[Int($0)] } + (route.destination == .compute ? [] : [destination])
        lines.append(pad("hop", 4) + pad("from", 18) + pad("to", 18) + lpad("km", 11) + lpad("ms", 10))
        for k in 0..<state.hops {
            lines.append(pad(String(k + 1), 4) + pad(names[k], 18) + pad(names[k + 1], 18)
                         + lpad(fmt(state.linkKm[k], 1), 11) + lpad(fmt(state.linkMs(k), 3), 10))
        }
        var total = "total: \(state.hops) links, \(fmt(state.pathKm, 1)) km, \(fmt(state.latencyMs, 3)) ms one way"
        if let fibre = state.fibreMs { total += "; fibre bound \(fmt(fibre, 3)) ms" }
        lines.append(total)
        return lines.joined(separator: "\n")
    }

    static func cityList() -> String {
        var lines = ["Built-in cities (\(WorldCities.source); ranked by \(WorldCities.populationYear) estimate):"]
        for city in WorldCities.all {
            lines.append(pad(String(city.rank), 5) + pad(city.name, 20) + lpad(fmt(city.latitudeDeg, 4), 10)
                         + lpad(fmt(city.longitudeDeg, 4), 11) + "  " + city.agglomeration)
        }
        return lines.joined(separator: "\n")
    }

    private static func fmt(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    private static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    private static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s }
}
