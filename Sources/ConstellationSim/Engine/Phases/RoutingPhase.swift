/// Routes users and city pairs over the laser mesh every `routing_every`: the graph is
/// the +grid links the link phase left up this tick plus ground links above the users'
/// elevation mask (see `Router`). Writes the route table the telemetry, the alarms and
/// the latency view read. Serial: it needs every satellite's position and links.
struct RoutingPhase: SerialPhase {
    static let name = "routing"
    static let reads: [WorldColumn] = [.positionKm, .islUpMask, .mode, .utilization]
    static let writes: [WorldColumn] = [.routes]

    func run(_ simulation: inout Simulation, tick e: TickEnvironment) {
        guard !simulation.scenario.routing.routes.isEmpty,
              e.tick % UInt64(simulation.routingEveryTicks) == 0 else { return }
        let states = simulation.routeNow(simulation.router)
        simulation.routes.record(states, tick: Int64(e.tick))
    }
}

extension Simulation {
    /// The routes of `router` over the world as it is now (the links up, the positions,
    /// modes and utilization of the latest tick). The routing phase calls this with the
    /// scenario's router; `orbitops route` with a router of its own route.
    public func routeNow(_ router: Router) -> [RouteState] {
        routingStep(router).routes
    }

    /// One routing step with its size: the routes, the laser links in the graph and the
    /// bytes the step held (adjacency, Earth-fixed positions, search scratch, ground links).
    public func routingStep(_ router: Router) -> (routes: [RouteState], links: Int, bytes: Int) {
        let w = world, n = w.count
        let rotation = EarthRotation(gmst: greenwichMeanSiderealTime(time.value))
        var earthFixed = [SIMD3<Double>](repeating: .zero, count: n)
        for i in 0..<n { earthFixed[i] = inertialToEarthFixed(w.positionKm[i], rotation) }
        let mode = w.mode, utilization = w.utilization
        let spare = 1 - Router.spareFractionForCompute
        return earthFixed.withUnsafeBufferPointer { positions in
            let inputs = Router.Inputs(
                earthFixedKm: positions, islUpMask: UnsafeBufferPointer(start: w.islUpMask.base, count: n),
                usable: { mode[$0] != .failed },
                spareCompute: { (mode[$0] == .nominal || mode[$0] == .degraded) && utilization[$0] <= spare })
            let graph = router.graph(inputs)
            var scratch = 0
            let routes = router.routes(inputs, graph: graph, scratchBytes: &scratch)
            return (routes, graph.linkCount, graph.bytes + scratch + earthFixed.capacity * 24)
        }
    }
}
