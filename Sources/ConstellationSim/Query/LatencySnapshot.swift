/// What the latency view asks for: a window of the route list, the selected route,
/// and how many recent latencies each row's sparkline shows.
public struct LatencyRequest: Sendable, Hashable {
    public var firstRoute: Int
    public var routeCount: Int
    /// Index of the selected route (its path is drawn on the map).
    public var selected: Int
    /// Latest samples per sparkline (at most `RouteTable.historyLength`).
    public var sparklinePoints: Int

    public init(firstRoute: Int = 0, routeCount: Int = 20, selected: Int = 0, sparklinePoints: Int = 24) {
        self.firstRoute = firstRoute
        self.routeCount = routeCount
        self.selected = selected
        self.sparklinePoints = sparklinePoints
    }
}

/// One route as the latency view lists it.
public struct LatencyRow: Sendable, Hashable {
    /// Index of the route in the scenario.
    public var index: Int
    public var source: String
    /// The destination user's name, or nil for a route to compute.
    public var destination: String?
    public var reachable: Bool
    /// One-way latency, ms (NaN when unreachable).
    public var latencyMs: Double
    /// Great-circle distance at fibre speed, ms (nil for compute).
    public var fibreMs: Double?
    public var hops: Int
    public var pathKm: Double
    /// Recent one-way latencies, oldest first (NaN = unreachable).
    public var recentMs: [Double]
    /// The route's latency limits, ms.
    public var warningMs: Double?
    public var highMs: Double?
}

/// A point of the selected route's path on the map.
public struct RoutePoint: Sendable, Hashable {
    public var latitudeDeg: Double
    public var longitudeDeg: Double
    /// The satellite's id, or the user's name at the ends.
    public var name: String
}

/// The latency view's answer: the route window and the selected route's path.
public struct LatencySnapshot: Sendable, Hashable {
    /// Routes in the scenario.
    public var routeCount: Int
    public var firstRoute: Int
    public var rows: [LatencyRow]
    /// The selected route's path, source to destination (empty when unreachable).
    public var selectedPath: [RoutePoint]
    /// Tick of the latest routing step (−1 before the first).
    public var routedTick: Int64
    /// Every user (for the map's city marks).
    public var users: [RoutingUser]
}

extension EngineFrame {
    /// The latency view's answer to `request`, in O(rows × sparkline + path length).
    package func latency(_ request: LatencyRequest) -> LatencySnapshot {
        let settings = scenario.routing, table = routes
        let n = min(settings.routes.count, table.routes.count)
        let first = min(max(0, request.firstRoute), max(0, n - 1))
        let window = first..<min(n, first + max(0, request.routeCount))
        let points = max(0, min(request.sparklinePoints, RouteTable.historyLength))
        let rows = window.map { r -> LatencyRow in
            let spec = settings.routes[r], state = table.routes[r]
            var destination: String?
            if case .user(let u) = spec.destination { destination = settings.users[u].name }
            return LatencyRow(index: r, source: settings.users[spec.source].name, destination: destination,
                              reachable: state.reachable, latencyMs: state.latencyMs, fibreMs: state.fibreMs,
                              hops: state.hops, pathKm: state.pathKm, recentMs: Array(table.recentLatencyMs[r].suffix(points)),
                              warningMs: spec.warningMs, highMs: spec.highMs)
        }
        var path: [RoutePoint] = []
        if (0..<n).contains(request.selected), table.routes[request.selected].reachable {
            let spec = settings.routes[request.selected], state = table.routes[request.selected]
            let source = settings.users[spec.source]
            path.append(RoutePoint(latitudeDeg: source.latitudeDeg, longitudeDeg: source.longitudeDeg, name: source.name))
            for s in state.path where (0..<count).contains(Int(s)) {
                let i = Int(s)
                path.append(RoutePoint(latitudeDeg: columns.latitudeDeg[i], longitudeDeg: columns.longitudeDeg[i],
                                       name: identity.ids[i]))
            }
            if case .user(let u) = spec.destination {
                let user = settings.users[u]
                path.append(RoutePoint(latitudeDeg: user.latitudeDeg, longitudeDeg: user.longitudeDeg, name: user.name))
            }
        }
        return LatencySnapshot(routeCount: n, firstRoute: first, rows: rows, selectedPath: path,
                               routedTick: table.tick, users: settings.users)
    }

    /// The name of alarm subject `index`: a satellite id, or a route's name past the fleet.
    package func alarmSubjectName(_ index: Int) -> String? {
        if identity.ids.indices.contains(index) { return identity.ids[index] }
        let r = index - identity.ids.count, routes = scenario.routing.routes
        return routes.indices.contains(r) ? scenario.routing.name(of: routes[r]) : nil
    }
}
