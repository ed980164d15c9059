internal import Yams

extension ScenarioFile {
    /// Top-level routing keys.
    static let routingKeys = ["users", "routes", "user_min_elevation_deg", "hop_delay_ms", "routing_every"]

    /// `users:`, `routes:` and the routing settings. A route end names a user of `users:`
    /// or a built-in city (`WorldCities`), which then becomes a user; `to: compute` routes
    /// to the nearest satellite with spare compute.
    static func routing(_ top: ScenarioFileReader, dtSeconds: Double) throws(ScenarioFileError) -> RoutingSettings {
        var settings = RoutingSettings()
        settings.userMinElevationDeg = try top.double("user_min_elevation_deg", unit: "degrees", default: 25,
                                                      range: .closed(0, 90))
        settings.hopDelayMs = try top.double("hop_delay_ms", unit: "milliseconds per link", default: 0,
                                             range: .closed(0, 1000))
        if let every = try top.optionalDuration("routing_every") {
            let ratio = every / dtSeconds
            guard every > 0, abs(ratio - ratio.rounded()) < 1e-9, ratio.rounded() >= 1 else {
                throw top.error("routing_every", "\(DurationText.format(every)) is not a whole multiple of the tick "
                                                 + "(dt_s = \(ScenarioFileReader.format(dtSeconds))), e.g. "
                                                 + DurationText.format(dtSeconds * max(1, ratio.rounded())))
            }
            settings.everySeconds = every
        }
        var index: [String: Int] = [:]
        for (i, node) in try top.sequence("users", what: "users").enumerated() {
            let u = try ScenarioFileReader(node, source: top.source, path: "users[\(i)]", what: "a user",
                                           keys: ["name", "lat_deg", "lon_deg", "weight"])
            guard let name = try u.optionalString("name", what: "a name") else {
                throw u.error(nil, "missing key 'name' (a city or place, e.g. Paris)")
            }
            if index[name] != nil { throw u.error("name", "user \(ScenarioFileReader.quote(name)) is listed twice") }
            let city = WorldCities.named(name)
            let lat = try u.optionalDouble("lat_deg", unit: "degrees north", example: "48.85", range: .closed(-90, 90))
            let lon = try u.optionalDouble("lon_deg", unit: "degrees east", example: "2.35", range: .closed(-180, 180))
            guard let latitude = lat ?? city?.latitudeDeg, let longitude = lon ?? city?.longitudeDeg else {
                throw u.error(nil, "\(ScenarioFileReader.quote(name)) is not a built-in city: give lat_deg and lon_deg")
            }
            let weight = try u.double("weight", unit: "relative weight", default: 1, range: .positive)
            index[name] = settings.users.count
            settings.users.append(RoutingUser(name: name, latitudeDeg: latitude, longitudeDeg: longitude, weight: weight))
        }
        for (i, node) in try top.sequence("routes", what: "routes").enumerated() {
            let r = try ScenarioFileReader(node, source: top.source, path: "routes[\(i)]", what: "a route",
                                           keys: ["from", "to", "latency_ms"])
            let source = try end(r, "from", allowCompute: false, users: &settings.users, index: &index)
            guard r.has("to") else { throw r.error(nil, "missing key 'to' (a city, a user or compute)") }
            let destination: RouteDestination
            if try r.optionalString("to", what: "a city, a user or compute") == "compute" {
                destination = .compute
            } else {
                let u = try end(r, "to", allowCompute: true, users: &settings.users, index: &index)
                if u == source { throw r.error("to", "a route must end somewhere else than it starts") }
                destination = .user(u)
            }
            var route = RouteSpec(source: source, destination: destination)
            if let node = r.node("latency_ms") {
                let limits = try ScenarioFileReader(node, source: top.source, path: r.keyPath("latency_ms"),
                                                    what: "latency limits", keys: ["warning", "high"])
                route.warningMs = try limits.optionalDouble("warning", unit: "milliseconds one way", example: "60",
                                                            range: .positive)
                route.highMs = try limits.optionalDouble("high", unit: "milliseconds one way", example: "100",
                                                         range: .positive)
                if let w = route.warningMs, let h = route.highMs, h < w {
                    throw limits.error("high", "\(ScenarioFileReader.format(h)) is below warning (\(ScenarioFileReader.format(w)))")
                }
            }
            settings.routes.append(route)
        }
        return settings
    }

    /// The user a route end names (adding a built-in city as a user the first time).
    private static func end(_ r: ScenarioFileReader, _ key: String, allowCompute: Bool, users: inout [RoutingUser],
                            index: inout [String: Int]) throws(ScenarioFileError) -> Int {
        let accepted = allowCompute ? "a city, a user or compute" : "a city or a user"
        guard let name = try r.optionalString(key, what: accepted) else {
            throw r.error(nil, "missing key '\(key)' (\(accepted), e.g. Paris)")
        }
        if let known = index[name] { return known }
        guard let city = WorldCities.named(name) else {
            let candidates = Array(index.keys).sorted() + WorldCities.names + (allowCompute ? ["compute"] : [])
            throw r.error(key, "unknown city or user \(ScenarioFileReader.quote(name))"
                               + ScenarioFileReader.suggestion(for: name, among: candidates, listIfFar: false)
                               + "; use a user of 'users:', one of the 100 built-in cities (orbitops route --cities)"
                               + (allowCompute ? " or compute" : ""))
        }
        if let known = index[city.name] { return known }
        index[city.name] = users.count
        users.append(RoutingUser(city: city))
        return users.count - 1
    }
}
