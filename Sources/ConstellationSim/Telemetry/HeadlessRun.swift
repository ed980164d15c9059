import Foundation

/// Which telemetry rows a headless run writes.
public enum TelemetryKind: String, Sendable, CaseIterable {
    /// One row per satellite per sample (`HeadlessRun.satelliteColumns`).
    case satellites
    /// One row of fleet totals per sample (`HeadlessRun.fleetColumns`).
    case fleet
    /// One row per executed manoeuvre, when it executes (`HeadlessRun.maneuverColumns`).
    case maneuvers
    /// One row per watched route per sample (`HeadlessRun.routeColumns`).
    case routes
}

/// A headless study: runs a scenario for a duration and hands rows to an encoder every
/// `every` seconds. The same `Simulation` the console flies.
public struct HeadlessRun {
    public let scenario: Scenario
    public let durationS: Double
    public let everyS: Double
    /// Journal and KPIs of the run (nil: alarms are not recorded).
    public var alarmRecorder: HeadlessAlarmRecorder?
    public let telemetry: TelemetryKind
    /// Fleet indices written in satellite rows, in fleet order (nil = every satellite).
    public let satelliteIndices: [Int]?

    /// Columns of satellite telemetry rows. battery_soc is a fraction 0…1; mode is
    /// NOMINAL/DEGRADED/SAFE/FAILED; ground_contact is the station name (empty when none);
    /// isl_up is the number of laser links up (0…4); heater_w is the heater power, part of load_w;
    /// propellant_kg is the propellant left on board.
    public static let satelliteColumns = [
        "time_utc", "sim_s", "sat", "lat_deg", "lon_deg", "alt_km", "lit", "solar_w", "load_w", "battery_soc",
        "temp_accel_c", "temp_radiator_c", "utilization", "mode", "seu_total", "ground_contact", "isl_up", "heater_w",
        "propellant_kg",
    ]

    /// Columns of fleet telemetry rows (see `FleetAggregates`; SOC as fractions 0…1).
    public static let fleetColumns = [
        "time_utc", "sim_s", "satellites", "nominal", "degraded", "safe", "failed", "lit_fraction", "solar_mw",
        "load_mw", "mean_soc", "min_soc", "max_temp_accel_c", "mean_utilization", "delivered_pflops",
    ]

    /// Columns of manoeuvre rows: the time the burn acted, the satellite id, the object
    /// avoided (empty when none), |Δv| m/s, propellant left after the burn kg, and the
    /// collision probability before and after (empty when unknown).
    public static let maneuverColumns = [
        "time_utc", "sat", "conjunction_with", "dv_m_s", "propellant_kg", "pc_before", "pc_after",
    ]
    /// Columns of route telemetry rows: `hops` counts the links including the two ground
    /// links, `fiber_ms` is the great-circle distance at fibre speed (empty for compute),
    /// `path` the satellite ids separated by spaces; an unreachable route has empty
    /// `hops`, `path_km`, `latency_ms` and `path`.
    public static let routeColumns = ["time_utc", "src", "dst", "hops", "path_km", "latency_ms", "fiber_ms", "path"]

    /// The columns this run writes.
    public var columns: [String] {
        switch telemetry {
        case .satellites: Self.satelliteColumns
        case .fleet: Self.fleetColumns
        case .maneuvers: Self.maneuverColumns
        case .routes: Self.routeColumns
        }
    }

    /// Fails (typed: the command line words the message) when the duration or interval is
    /// not positive, the interval does not fit the tick, or a satellite id is unknown.
    public init(scenario: Scenario, durationS: Double, everyS: Double, telemetry: TelemetryKind = .satellites,
                satellites: [String]? = nil) throws(HeadlessRunError) {
        let dt = scenario.dtSeconds
        guard durationS > 0 else { throw .durationNotPositive }
        guard everyS > 0 else { throw .intervalNotPositive }
        // Bounded before any tick count becomes an Int: 1e308 days is a finite Double.
        let ticks = durationS / dt
        guard ticks.isFinite, ticks <= Double(Self.maximumTicks) else {
            throw .tooManyTicks(durationS: durationS, tickS: dt, limit: Self.maximumTicks)
        }
        let ratio = everyS / dt
        guard abs(ratio - ratio.rounded()) < 1e-9, ratio.rounded() >= 1 else {
            throw .intervalNotMultipleOfTick(intervalS: everyS, tickS: dt, suggestedS: dt * max(1, ratio.rounded()))
        }
        self.scenario = scenario
        totalTicks = Int(ticks.rounded(.down))
        // An interval past the run takes only the first sample; capped so it stays an Int.
        ticksPerSample = ratio > Double(Self.maximumTicks) ? Self.maximumTicks + 1 : Int(ratio.rounded())
        self.durationS = durationS
        self.everyS = everyS
        self.telemetry = telemetry
        if satellites != nil && (telemetry == .fleet || telemetry == .maneuvers) {
            throw .satellitesWithFleetTelemetry
        }
        if telemetry == .routes {
            guard satellites == nil else { throw .satellitesWithRouteTelemetry }
            guard !scenario.routing.routes.isEmpty else { throw .noRoutes }
        }
        if let satellites {
            var index: [String: Int] = [:]
            for (i, id) in Fleet(scenario: scenario).ids.enumerated() { index[id] = i }
            var picked: [Int] = []
            for id in satellites {
                guard let i = index[id] else { throw .unknownSatellite(id) }
                picked.append(i)
            }
            satelliteIndices = Array(Set(picked)).sorted()
        } else {
            satelliteIndices = nil
        }
    }

    /// Most ticks one run may take: 10⁸ (a year at dt = 0.3 s, three centuries at dt = 10 s).
    /// Past it a run would not end in a working day on any machine; such a duration is a typo.
    public static let maximumTicks = 100_000_000

    /// Ticks between two samples (more than `totalTicks` when `every` exceeds the run).
    public let ticksPerSample: Int
    /// Total ticks run, at most `maximumTicks`.
    public let totalTicks: Int

    /// Runs the study. `progress` receives the ticks done and the total after every tick
    /// (not every row: at a million satellites one sample is many ticks apart).
    public func run(into encoder: inout TelemetryEncoder, progress: (_ ticks: Int, _ total: Int) -> Void = { _, _ in })
        throws {
        var simulation = Simulation(scenario: scenario)
        try alarmRecorder?.begin(&simulation)
        let total = totalTicks
        progress(0, total)
        var manoeuvresWritten = 0
        while true {
            if telemetry == .maneuvers {
                try writeManoeuvres(simulation, from: &manoeuvresWritten, into: &encoder)
            } else {
                try writeSample(simulation, into: &encoder)
            }
            let remaining = total - Int(simulation.tick)
            if remaining < ticksPerSample { break }
            for _ in 0..<ticksPerSample {
                simulation.advance()
                try alarmRecorder?.afterTick(&simulation)  // one transaction per tick
                progress(Int(simulation.tick), total)
                if telemetry == .maneuvers { try writeManoeuvres(simulation, from: &manoeuvresWritten, into: &encoder) }
            }
        }
        if telemetry == .maneuvers { try writeManoeuvres(simulation, from: &manoeuvresWritten, into: &encoder) }
        try encoder.flush()
        try alarmRecorder?.finish(&simulation)
    }

    private func writeSample(_ simulation: Simulation, into encoder: inout TelemetryEncoder) throws {
        let time = simulation.time.iso8601
        let simS = String(format: "%.0f", simulation.simSeconds)
        if telemetry == .fleet {
            try encoder.append(Self.fleetRow(time: time, simS: simS, simulation.aggregates))
            return
        }
        if telemetry == .routes {
            let routing = scenario.routing, table = simulation.routes, ids = simulation.fleet.ids
            for (r, spec) in routing.routes.enumerated() {
                try encoder.append(Self.routeRow(time: time, source: routing.users[spec.source].name,
                                                 destination: routing.destinationName(of: spec), table.routes[r], ids: ids))
            }
            return
        }
        let fleet = simulation.fleet, s = simulation.world
        let stations = scenario.groundStations.map(\.name)
        var values: [Double] = []
        values.reserveCapacity(SatelliteSamples.columns.count)
        func write(_ i: Int) throws {
            values.removeAll(keepingCapacity: true)
            SatelliteSamples.appendRow(s, i, to: &values)
            guard let row = Self.satelliteRow(time: time, simS: simS, id: fleet.ids[i], values, stations: stations) else {
                preconditionFailure("the world holds a mode, count or station out of range at satellite \(i)")
            }
            try encoder.append(row)
        }
        if let satelliteIndices {
            for i in satelliteIndices { try write(i) }
        } else {
            for i in 0..<fleet.count { try write(i) }
        }
    }

    /// Writes the manoeuvres executed since the first `written` of the log.
    private func writeManoeuvres(_ simulation: Simulation, from written: inout Int,
                                 into encoder: inout TelemetryEncoder) throws {
        let log = simulation.manoeuvreLog
        while written < log.count {
            let burn = log[written]
            let id = simulation.fleet.ids[burn.manoeuvre.satellite]
            try encoder.append(Self.maneuverRow(scenario.epoch.adding(seconds: burn.simSeconds).iso8601, id: id, burn))
            written += 1
        }
    }

    /// A manoeuvre row (`maneuverColumns`); unknown cells are empty.
    public static func maneuverRow(_ time: String, id: String, _ burn: ExecutedManoeuvre) -> [TelemetryEncoder.Value] {
        let m = burn.manoeuvre
        func optional(_ value: Double?) -> TelemetryEncoder.Value {
            guard let value, value.isFinite else { return .text("") }
            return .number(String(format: "%.6g", value))
        }
        return [.text(time), .text(id), .text(m.conjunctionWith ?? ""), .number(fixed(m.deltaVMagnitudeMS, 4)),
                .number(fixed(burn.propellantLeftKg, 4)), optional(m.pcBefore), optional(m.pcAfter)]
    }

    /// A fleet row (`fleetColumns`): `time` ISO 8601 UTC, `simS` seconds as written.
    public static func fleetRow(time: String, simS: String, _ a: FleetAggregates) -> [TelemetryEncoder.Value] {
        [.text(time), .number(simS), .number(String(a.satellites)), .number(String(a.nominal)),
         .number(String(a.degraded)), .number(String(a.safe)), .number(String(a.failed)),
         .number(fixed(a.litFraction, 4)), .number(fixed(a.solarMW, 4)), .number(fixed(a.loadMW, 4)),
         .number(fixed(a.meanSOC, 4)), .number(fixed(a.minSOC, 4)), .number(fixed(a.maxAcceleratorC, 2)),
         .number(fixed(a.meanUtilization, 4)), .number(fixed(a.deliveredPFLOPS, 3))]
    }

    /// A route row (`routeColumns`); `ids` names the satellites by fleet index.
    public static func routeRow(time: String, source: String, destination: String, _ route: RouteState, ids: [String])
        -> [TelemetryEncoder.Value] {
        let fibre: TelemetryEncoder.Value = route.fibreMs.map { .number(fixed($0, 3)) } ?? .missing
        guard route.reachable else {
            return [.text(time), .text(source), .text(destination), .missing, .missing, .missing, fibre, .missing]
        }
        let path = route.path.map { ids.indices.contains(Int($0)) ? ids[Int($0)] : "#\($0)" }.joined(separator: " ")
        return [.text(time), .text(source), .text(destination), .number(String(route.hops)),
                .number(fixed(route.pathKm, 3)), .number(fixed(route.latencyMs, 4)), fibre, .text(path)]
    }

    /// A satellite row (`satelliteColumns`) from its archived values (`SatelliteSamples`
    /// order); `stations` names the ground stations by index. Nil when a coded value (mode,
    /// counts, station) is not a whole number in range (a damaged archive row).
    public static func satelliteRow(time: String, simS: String, id: String, _ v: [Double], stations: [String])
        -> [TelemetryEncoder.Value]?
    {
        guard v.count == SatelliteSamples.columns.count, let modeCode = whole(v[10]),
              let mode = OperatingMode(rawValue: modeCode), let seu = whole(v[11]), let station = whole(v[12]),
              station < stations.count, let links = whole(v[13]) else { return nil }
        return [.text(time), .number(simS), .text(id), .number(fixed(v[0], 5)), .number(fixed(v[1], 5)),
                .number(fixed(v[2], 3)), .number(fixed(v[3], 3)), .number(fixed(v[4], 1)), .number(fixed(v[5], 1)),
                .number(fixed(v[6], 4)), .number(fixed(v[7], 2)), .number(fixed(v[8], 2)), .number(fixed(v[9], 4)),
                .text(mode.name), .number(String(seu)), .text(station >= 0 ? stations[station] : ""),
                .number(String(links)), .number(fixed(v[14], 1)), .number(fixed(v[15], 3))]
    }

    /// `value` as an Int when it is a whole number well inside Int's range.
    static func whole(_ value: Double) -> Int? {
        guard value.isFinite, value == value.rounded(), abs(value) < 9.0e15 else { return nil }
        return Int(value)
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}

/// A headless run that cannot start, with a message for the user.
public enum HeadlessRunError: Error, Sendable, Hashable {
    case durationNotPositive
    case intervalNotPositive
    /// The run would take more than `limit` ticks of `tickS` seconds.
    case tooManyTicks(durationS: Double, tickS: Double, limit: Int)
    /// The sample interval is not a whole number of ticks; `suggestedS` is the nearest that is.
    case intervalNotMultipleOfTick(intervalS: Double, tickS: Double, suggestedS: Double)
    /// Satellite rows were picked for a fleet-row run.
    case satellitesWithFleetTelemetry
    /// Satellite rows were picked for a route-row run.
    case satellitesWithRouteTelemetry
    /// Route rows were asked of a scenario without routes.
    case noRoutes
    case unknownSatellite(String)
}
