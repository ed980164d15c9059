import Foundation

/// One run: the scenario, the fleet's identity, the world (a column store) and the
/// clock. Advances only in whole ticks of `scenario.dtSeconds` through the
/// `TickPipeline`; its state after tick N depends on nothing but the scenario (with its
/// seed), N and the commands applied — never on threads, chunking or speed.
///
/// A value: copying a simulation and advancing one copy leaves the other as it was (the
/// world is copied on the first mutation of a shared one).
public struct Simulation: Sendable {
    public let scenario: Scenario
    /// Who is who: ids, shells, planes and slots, classes, element sets.
    public let fleet: Fleet
    /// Ticks run since the epoch.
    public internal(set) var tick: UInt64 = 0
    /// Every per-satellite quantity (see `WorldState`).
    public private(set) var world: WorldState
    /// The alarm book of every satellite × parameter (see Simulation+Alarms.swift).
    public internal(set) var alarms: AlarmBook
    /// Queued alarm commands and the journal outbox (Simulation+Alarms.swift).
    var alarmIO: SimulationAlarmIO
    /// Training jobs and inference demand (see ``Simulation/buildWorkload(_:fleet:)``).
    public internal(set) var workload: Workload
    /// What the workload did in the latest tick.
    var lastWorkloadResult = WorkloadTickResult()
    /// Orbits replaced by manoeuvres, by fleet index (`WorldState.orbitKind` is
    /// `.manoeuvred` for exactly these satellites).
    public internal(set) var manoeuvredOrbits: [Int: J2Orbit] = [:]
    /// Manoeuvres executed so far, in the order applied.
    public internal(set) var manoeuvreLog: [ExecutedManoeuvre] = []
    /// Objects that are not ours (the scenario's `catalog:` files), flown by SGP4 outside
    /// the fleet; their states are `world.catalogObjects`.
    public let catalogObjects: CatalogObjects
    /// Formation clusters: fleet index ranges watched for minimum separation.
    public let clusters: [Range<Int>]
    /// Minimum pairwise distance within each cluster after the latest tick, m.
    public internal(set) var clusterMinSeparationM: [Double] = []
    /// Fleet totals after the latest tick.
    public internal(set) var aggregates = FleetAggregates()
    /// Scripted and interactive fault injections still to apply, in time order.
    public internal(set) var faultSchedule: FaultSchedule
    /// Injections applied so far (scripted and interactive), in the order applied.
    public internal(set) var appliedInjections: [FaultInjection] = []
    /// Model parameters the phases share.
    let context: TickContext
    /// Satellites per parallel chunk of the tick: about four chunks per core, at least
    /// 256 satellites (tests force other sizes; results never depend on it).
    package var chunkSize: Int
    /// Worker threads of the parallel phases (nil: one per core; results never depend on it).
    public var threads: Int?
    /// Paths and latencies of the scenario's routes after the latest routing step.
    public internal(set) var routes: RouteTable
    /// The routing model of the scenario (settings and +grid topology).
    public let router: Router
    /// Ticks between routing steps (`routing_every`).
    public let routingEveryTicks: Int
    /// Time spent per phase (benchmarks).
    public internal(set) var phaseTimes: PhaseTimes

    public init(scenario: Scenario) {
        self.scenario = scenario
        let fleet = Fleet(scenario: scenario)
        self.fleet = fleet
        catalogObjects = CatalogObjects(scenario.catalogObjects)
        clusters = fleet.clusterRanges
        let n = fleet.count
        let anomalies: [SouthAtlanticAnomaly] = [.reference, .polar()]
        // Designed shells by inclination; catalogs (any inclination) use the polar variant.
        let anomalyOfGroup: [UInt8] = scenario.shells.map { design in
            let i = design.shell.inclinationDeg
            return (i > 90 ? 180 - i : i) > 30 ? 1 : 0
        } + scenario.catalogs.map { _ in 1 }
        var grids: [PlusGrid] = [], starts: [Int] = [], start = 0
        for design in scenario.shells {
            grids.append(PlusGrid(planes: design.shell.planes, satellitesPerPlane: design.shell.perPlane,
                                  parameters: scenario.links))
            starts.append(start)
            start += design.shell.total
        }
        context = TickContext(
            classModels: scenario.spacecraft.map(ClassModel.init), classOf: fleet.spacecraftClass,
            anomalies: anomalies, anomalyOfGroup: anomalyOfGroup, groupOf: fleet.shellIndex,
            stations: GroundStationNetwork(scenario.groundStations), random: CounterRandom(seed: scenario.seed),
            radiation: scenario.radiation, modes: scenario.modes, switches: scenario.environment,
            randomFailures: scenario.faults.randomFailures, grids: grids, gridStart: starts)
        chunkSize = max(256, n / (4 * max(1, ProcessInfo.processInfo.activeProcessorCount)) + 1)
        world = WorldState(count: n, catalogCount: n - fleet.catalogStart, catalogObjectCount: catalogObjects.count)
        fleet.initialize(world)
        workload = Self.buildWorkload(scenario, fleet: fleet)
        faultSchedule = FaultSchedule(Self.resolveScriptedFaults(scenario, fleet: fleet))
        router = Router(scenario: scenario)
        routes = RouteTable(routeCount: scenario.routing.routes.count)
        routingEveryTicks = scenario.routing.everyTicks(satellites: n, dtS: scenario.dtSeconds)
        (alarms, alarmIO) = Self.makeAlarms(scenario: scenario, fleet: fleet)
        let steps = TickPipeline.steps(context: context, workload: workload, fleet: fleet, manoeuvred: [:],
                                       objects: catalogObjects, clusters: clusters)
        phaseTimes = PhaseTimes(names: steps.map { $0.phase.name })
        // The epoch: positions, then the initial states, then every model at dt = 0.
        runPipeline(dtS: 0, steps: 0..<1)
        initializeStates()
        runPipeline(dtS: 0, steps: 1..<steps.count)
        phaseTimes = PhaseTimes(names: phaseTimes.names)
    }

    /// Simulated seconds since the epoch.
    public var simSeconds: Double { Double(tick) * scenario.dtSeconds }

    /// The current UTC instant.
    public var time: JulianDate { scenario.epoch.adding(seconds: simSeconds) }

    /// Runs one tick: every phase of the `TickPipeline`, in order.
    public mutating func advance() {
        makeWorldUnique()
        tick += 1
        runPipeline(dtS: scenario.dtSeconds)
    }

    /// Runs `count` ticks.
    public mutating func advance(ticks count: Int) {
        for _ in 0..<count { advance() }
    }

    /// The J2 orbit flying satellite `i` now (designed or manoeuvred); nil for a satellite
    /// flown by SGP4 or an unknown index.
    public func j2Orbit(of i: Int) -> J2Orbit? {
        guard i >= 0, i < world.count else { return nil }
        switch world.orbitKind[i] {
        case .j2: return J2Orbit(fleet.propagators[i])
        case .manoeuvred: return manoeuvredOrbits[i]
        case .sgp4: return nil
        }
    }

    /// Copies the world first when another simulation value shares it.
    mutating func makeWorldUnique() {
        if !isKnownUniquelyReferenced(&world) { world = world.copy() }
    }

    /// Replaces the world (checkpoint restore); same fleet size.
    mutating func replaceWorld(_ newWorld: WorldState) {
        precondition(newWorld.count == world.count, "a world of another fleet")
        world = newWorld
    }
}
