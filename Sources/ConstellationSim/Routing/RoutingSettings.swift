/// A user terminal on the ground: a city or any named point (WGS-84, height 0).
public struct RoutingUser: Sendable, Hashable, Codable {
    public var name: String
    public var latitudeDeg: Double
    public var longitudeDeg: Double
    /// Relative weight of the user's traffic (default 1; kept for studies that weigh users).
    public var weight: Double

    public init(name: String, latitudeDeg: Double, longitudeDeg: Double, weight: Double = 1) {
        self.name = name
        self.latitudeDeg = latitudeDeg
        self.longitudeDeg = longitudeDeg
        self.weight = weight
    }

    /// The user at a built-in city.
    public init(city: City, weight: Double = 1) {
        self.init(name: city.name, latitudeDeg: city.latitudeDeg, longitudeDeg: city.longitudeDeg, weight: weight)
    }
}

/// Where a route ends.
public enum RouteDestination: Sendable, Hashable, Codable {
    /// Another user (index into `RoutingSettings.users`).
    case user(Int)
    /// The nearest satellite (by latency) with spare inference capacity.
    case compute
}

/// One watched route: from a user to another user or to compute, with optional
/// one-way latency limits for the alarms.
public struct RouteSpec: Sendable, Hashable, Codable {
    /// Index into `RoutingSettings.users`.
    public var source: Int
    public var destination: RouteDestination
    /// One-way latency raising a warning / a high alarm, ms (nil: no latency alarm).
    public var warningMs: Double?
    public var highMs: Double?

    public init(source: Int, destination: RouteDestination, warningMs: Double? = nil, highMs: Double? = nil) {
        self.source = source
        self.destination = destination
        self.warningMs = warningMs
        self.highMs = highMs
    }
}

/// The routing part of a scenario (`users:`, `routes:`, `user_min_elevation_deg`,
/// `hop_delay_ms`, `routing_every`).
public struct RoutingSettings: Sendable, Hashable {
    public var users: [RoutingUser] = []
    public var routes: [RouteSpec] = []
    /// Lowest elevation of a satellite a user links to, degrees (Hypatia: 25°).
    public var userMinElevationDeg: Double = 25
    /// Switching delay added per link of a path, ms.
    public var hopDelayMs: Double = 0
    /// Seconds between routing steps (nil: every tick up to `everyTickLimit` satellites,
    /// once per simulated minute above).
    public var everySeconds: Double?

    /// Largest fleet routed every tick by default.
    public static let everyTickLimit = 100_000
    /// Default interval above that, s.
    public static let largeFleetEveryS = 60.0

    public init() {}

    /// Ticks between routing steps for a fleet of `satellites` at tick `dtS`.
    public func everyTicks(satellites: Int, dtS: Double) -> Int {
        let seconds = everySeconds ?? (satellites <= Self.everyTickLimit ? dtS : Self.largeFleetEveryS)
        let ratio = (seconds / dtS).rounded()
        guard ratio.isFinite, ratio >= 1 else { return 1 }
        return ratio > 1e9 ? 1_000_000_000 : Int(ratio)
    }

    /// The route's name: `Paris>Luanda` or `Paris>compute`.
    public func name(of route: RouteSpec) -> String {
        users[route.source].name + ">" + destinationName(of: route)
    }

    /// The destination's name as the telemetry writes it (`compute` for compute).
    public func destinationName(of route: RouteSpec) -> String {
        switch route.destination {
        case .user(let u): users[u].name
        case .compute: "compute"
        }
    }
}
