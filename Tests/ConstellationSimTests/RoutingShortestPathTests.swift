import Foundation
import Testing
@testable import ConstellationSim

/// The router's paths against brute force: Floyd–Warshall over the laser links the world
/// reports up, with ground links found by the ground-station elevation code.
@Suite struct RoutingShortestPathTests {
    /// A 1200 km shell of 8 × 12 whose link range (4,500 km) cuts the inter-plane links
    /// near the equator, with users spread over ±60° and every pair routed.
    static func scenario(hopDelayMs: Double, users: Int = 10) -> Scenario {
        var scenario = Scenario(
            name: "fw", epoch: JulianDate(year: 2026, month: 3, day: 1),
            shells: [ShellDesign(WalkerShell(name: "t", altitudeKm: 1200, inclinationDeg: 60, planes: 8, perPlane: 12,
                                             phasing: 1))])
        scenario.links.maximumRangeKm = 4500
        scenario.faults.randomFailures = false
        let random = CounterRandom(seed: 7)
        var settings = RoutingSettings()
        settings.userMinElevationDeg = 10
        settings.hopDelayMs = hopDelayMs
        for u in 0..<users {
            let lat = (random.uniform(satellite: u, tick: 0, stream: .scenario, draw: 0) * 2 - 1) * 60
            let lon = (random.uniform(satellite: u, tick: 0, stream: .scenario, draw: 1) * 2 - 1) * 180
            settings.users.append(RoutingUser(name: "U\(u)", latitudeDeg: lat, longitudeDeg: lon))
        }
        for a in 0..<users { for b in 0..<users where a != b { settings.routes.append(RouteSpec(source: a, destination: .user(b))) } }
        scenario.routing = settings
        return scenario
    }

    /// Floyd–Warshall over the laser links up (cost km + hop km per link) and every
    /// user's ground links (satellite, km + hop km).
    static func allPairs(_ simulation: Simulation) -> (d: [[Double]], ground: [[(Int, Double)]]) {
        let w = simulation.world, n = w.count, settings = simulation.scenario.routing
        let hopKm = settings.hopDelayMs / 1000 * 299_792.458
        let gmst = greenwichMeanSiderealTime(simulation.time.value)
        let p = (0..<n).map { inertialToEarthFixed(w.positionKm[$0], gmst: gmst) }
        var d = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
        let grid = PlusGrid(planes: 8, satellitesPerPlane: 12, parameters: simulation.scenario.links)
        for i in 0..<n {
            d[i][i] = 0
            for direction in LaserDirection.allCases where w.islUpMask[i] & (1 << UInt8(direction.rawValue)) != 0 {
                guard let j = grid.neighbour(of: i, direction) else { continue }
                let km = ((p[i] - p[j]) * (p[i] - p[j])).sum().squareRoot()
                d[i][j] = min(d[i][j], km + hopKm)
            }
        }
        for k in 0..<n { for i in 0..<n { for j in 0..<n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] } } }
        let stations = GroundStationNetwork(settings.users.map {
            GroundStation(name: $0.name, latitudeDeg: $0.latitudeDeg, longitudeDeg: $0.longitudeDeg,
                          elevationMaskDeg: settings.userMinElevationDeg)
        })
        let ground: [[(Int, Double)]] = settings.users.indices.map { u in
            (0..<n).compactMap { i in
                guard stations.elevationDeg(station: u, satelliteKm: p[i]) >= settings.userMinElevationDeg else { return nil }
                let rho = p[i] - stations.stations[u].earthFixedKm
                return (i, (rho * rho).sum().squareRoot() + hopKm)
            }
        }
        return (d, ground)
    }

    /// The lowest cost between every pair of users: enter by one ground link, leave by one.
    static func bruteForce(_ simulation: Simulation) -> [[Double]] {
        let (d, ground) = allPairs(simulation)
        let users = simulation.scenario.routing.users
        return users.indices.map { a in
            users.indices.map { b in
                var best = Double.infinity
                for (i, gi) in ground[a] { for (j, gj) in ground[b] { best = min(best, gi + d[i][j] + gj) } }
                return best
            }
        }
    }

    @Test(arguments: [0.0, 0.7])
    func everyPairMatchesFloydWarshall(hopDelayMs: Double) {
        var simulation = Simulation(scenario: Self.scenario(hopDelayMs: hopDelayMs))
        var compared = 0, unreachable = 0, linksDown = 0
        for step in 0..<4 {
            if step > 0 { for _ in 0..<30 { simulation.advance() } }
            let reference = Self.bruteForce(simulation)
            let settings = simulation.scenario.routing
            let hopKm = hopDelayMs / 1000 * 299_792.458
            linksDown += (0..<simulation.world.count).filter { simulation.world.islUpMask[$0] != 0b1111 }.count
            for (r, route) in settings.routes.enumerated() {
                guard case .user(let b) = route.destination else { continue }
                let expected = reference[route.source][b]
                let state = simulation.routes.routes[r]
                if expected.isInfinite {
                    #expect(!state.reachable)
                    unreachable += 1
                } else {
                    #expect(state.reachable)
                    let cost = state.pathKm + Double(state.hops) * hopKm
                    #expect(abs(cost - expected) < 1e-6 * expected, "route \(settings.name(of: route)) at step \(step)")
                    #expect(abs(state.latencyMs - expected / 299_792.458 * 1000) < 1e-9 * expected)
                    compared += 1
                }
            }
        }
        // The case is not trivial: most pairs route, some do not, and links are down.
        #expect(compared > 200)
        #expect(unreachable > 0 || linksDown > 0)
        #expect(linksDown > 0)
    }

    @Test func computeRouteEndsAtTheNearestSatelliteWithSpareCompute() {
        var scenario = Self.scenario(hopDelayMs: 0, users: 3)
        scenario.routing.routes = [RouteSpec(source: 0, destination: .compute)]
        let simulation = Simulation(scenario: scenario)
        let w = simulation.world
        let spare = { (i: Int) in (w.mode[i] == .nominal || w.mode[i] == .degraded) && w.utilization[i] <= 0.9 }
        let state = simulation.routes.routes[0]
        guard state.reachable, let last = state.path.last else {
            #expect(Bool(false), "user 0 sees no satellite")
            return
        }
        #expect(spare(Int(last)))
        #expect(state.fibreMs == nil)
        #expect(state.hops == state.path.count)  // the uplink and the laser links, no downlink
        // No satellite with spare compute is closer: Floyd–Warshall from the user's ground links.
        let (d, ground) = Self.allPairs(simulation)
        var nearest = Double.infinity
        for target in 0..<w.count where spare(target) {
            for (i, gi) in ground[0] { nearest = min(nearest, gi + d[i][target]) }
        }
        #expect(abs(state.pathKm - nearest) < 1e-6 * nearest)
        // Each path link is a ground link or a laser link that is up.
        for k in 1..<state.path.count {
            let a = Int(state.path[k - 1]), b = Int(state.path[k])
            let grid = PlusGrid(planes: 8, satellitesPerPlane: 12, parameters: scenario.links)
            let up = LaserDirection.allCases.contains { grid.neighbour(of: a, $0) == b && w.islUpMask[a] & (1 << UInt8($0.rawValue)) != 0 }
            #expect(up)
        }
    }
}
