/// One routing step: the graph of the +grid laser links that are up, ground links from
/// each routed user to every usable satellite at or above the elevation mask, and the
/// cheapest path of every route.
///
/// Works in the Earth-fixed frame (satellite positions rotated by the tick's sidereal
/// angle; laser-link lengths do not depend on the frame). Users are never relays: a
/// path enters the mesh by one ground link and leaves it by one.
public struct Router: Sendable {
    public let settings: RoutingSettings
    /// +grid of each designed shell and the fleet index of its first satellite.
    let grids: [PlusGrid]
    let gridStart: [Int]
    private let finders: [GroundLinkFinder]

    /// Satellites with at least this fraction of their accelerators free (and not SAFE or
    /// FAILED) serve a route to compute.
    public static let spareFractionForCompute = 0.1

    /// A router of `settings` over the shells of `scenario` (its links settings).
    public init(settings: RoutingSettings, scenario: Scenario) {
        var grids: [PlusGrid] = [], starts: [Int] = [], start = 0
        for design in scenario.shells {
            grids.append(PlusGrid(planes: design.shell.planes, satellitesPerPlane: design.shell.perPlane,
                                  parameters: scenario.links))
            starts.append(start)
            start += design.shell.total
        }
        self.init(settings: settings, grids: grids, gridStart: starts)
    }

    init(settings: RoutingSettings, grids: [PlusGrid], gridStart: [Int]) {
        self.settings = settings
        self.grids = grids
        self.gridStart = gridStart
        finders = settings.users.map { GroundLinkFinder(user: $0, minimumElevationDeg: settings.userMinElevationDeg) }
    }

    /// A router for `scenario`'s routing settings and shells.
    public init(scenario: Scenario) {
        self.init(settings: scenario.routing, scenario: scenario)
    }

    /// What a routing step reads: per satellite, the Earth-fixed position, the laser links
    /// up (`LaserDirection` bits, as the link phase decided them), whether it can carry
    /// traffic (not FAILED), and whether it has spare compute.
    public struct Inputs {
        public var earthFixedKm: UnsafeBufferPointer<SIMD3<Double>>
        public var islUpMask: UnsafeBufferPointer<UInt8>
        public var usable: (Int) -> Bool
        public var spareCompute: (Int) -> Bool

        public init(earthFixedKm: UnsafeBufferPointer<SIMD3<Double>>, islUpMask: UnsafeBufferPointer<UInt8>,
                    usable: @escaping (Int) -> Bool, spareCompute: @escaping (Int) -> Bool) {
            self.earthFixedKm = earthFixedKm
            self.islUpMask = islUpMask
            self.usable = usable
            self.spareCompute = spareCompute
        }
    }

    /// The laser mesh of the links that are up.
    public func graph(_ inputs: Inputs) -> LinkGraph {
        var graph = LinkGraph(nodes: inputs.earthFixedKm.count)
        graph.rebuild(nodes: inputs.earthFixedKm.count, positionsKm: inputs.earthFixedKm, upMask: inputs.islUpMask,
                      neighbour: neighbour)
        return graph
    }

    /// The satellite at the other end of satellite `i`'s terminal `direction`, if any.
    func neighbour(_ i: Int, _ direction: LaserDirection) -> Int? {
        var g = 0
        while g < grids.count && i >= gridStart[g] + grids[g].planes * grids[g].satellitesPerPlane { g += 1 }
        guard g < grids.count, i >= gridStart[g], let other = grids[g].neighbour(of: i - gridStart[g], direction) else {
            return nil
        }
        return gridStart[g] + other
    }

    /// Every route's path over `graph`.
    public func routes(_ inputs: Inputs, graph: LinkGraph) -> [RouteState] {
        var scratch = 0
        return routes(inputs, graph: graph, scratchBytes: &scratch)
    }

    /// Every route's path over `graph`; `scratchBytes` receives the bytes the searches and
    /// the ground links held.
    func routes(_ inputs: Inputs, graph: LinkGraph, scratchBytes: inout Int) -> [RouteState] {
        let hopKm = settings.hopDelayMs / 1000 * LatencyModel.lightKmPerS
        var search = ShortestPathSearch(nodes: graph.nodeCount)
        var ground: [Int: [(Int32, Double)]] = [:]
        let bins = LatitudeBins(earthFixedKm: inputs.earthFixedKm, minimumElevationDeg: settings.userMinElevationDeg)
        defer { scratchBytes = search.bytes + bins.bytes + ground.values.reduce(0) { $0 + $1.capacity * 16 } }
        func links(_ user: Int) -> [(Int32, Double)] {
            if let known = ground[user] { return known }
            let finder = finders[user]
            let found = finder.links(earthFixedKm: inputs.earthFixedKm,
                                     candidates: bins.candidates(latitudeDeg: finder.geocentricLatitudeDeg),
                                     usable: inputs.usable)
            ground[user] = found
            return found
        }
        return settings.routes.map { route in
            var state = RouteState()
            state.hopDelayMs = settings.hopDelayMs
            let up = links(route.source)
            let from = finders[route.source]
            switch route.destination {
            case .user(let u):
                state.fibreMs = LatencyModel.fibreMs(from: settings.users[route.source], to: settings.users[u])
                let to = finders[u]
                if let path = search.path(graph: graph, positionsKm: inputs.earthFixedKm, hopKm: hopKm, up: up,
                                          down: links(u), target: to.positionKm) {
                    state.path = path
                    state.linkKm = lengths(path, from: from.positionKm, to: to.positionKm, inputs.earthFixedKm)
                }
            case .compute:
                if let path = search.pathToNearest(graph: graph, hopKm: hopKm, up: up, accepts: inputs.spareCompute) {
                    state.path = path
                    state.linkKm = lengths(path, from: from.positionKm, to: nil, inputs.earthFixedKm)
                }
            }
            return state
        }
    }

    /// Link lengths along `path`: uplink, laser links, and the downlink when `to` is given.
    private func lengths(_ path: [Int32], from: SIMD3<Double>, to: SIMD3<Double>?,
                         _ positions: UnsafeBufferPointer<SIMD3<Double>>) -> [Double] {
        func distance(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Double { ((a - b) * (a - b)).sum().squareRoot() }
        guard let first = path.first, let last = path.last else { return [] }
        var km = [distance(from, positions[Int(first)])]
        for k in 1..<path.count { km.append(distance(positions[Int(path[k - 1])], positions[Int(path[k])])) }
        if let to { km.append(distance(positions[Int(last)], to)) }
        return km
    }
}
