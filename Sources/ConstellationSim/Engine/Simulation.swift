import Foundation

/// The mutable world of one run: the fleet, every satellite's spacecraft state, the
/// workload and the clock. Advances only in whole ticks of `scenario.dtSeconds`; its
/// state after tick N depends on nothing but the scenario (with its seed), N and the
/// commands applied — never on threads, chunking or speed.
public struct Simulation: Sendable {
    public let scenario: Scenario
    public private(set) var fleet: Fleet
    /// Ticks run since the epoch.
    public private(set) var tick: UInt64 = 0
    /// The alarm book of every satellite × parameter (see Simulation+Alarms.swift).
    public internal(set) var alarms: AlarmBook
    /// Queued alarm commands and the journal outbox (Simulation+Alarms.swift).
    var alarmIO: SimulationAlarmIO
    /// Spacecraft state of every satellite (structure of arrays).
    public internal(set) var states: SpacecraftStates
    /// Training jobs and inference demand (see ``Simulation/buildWorkload(_:fleet:)``).
    public internal(set) var workload: Workload
    /// Fleet totals after the latest tick.
    public internal(set) var aggregates = FleetAggregates()
    /// Scripted and interactive fault injections still to apply, in time order.
    public internal(set) var faultSchedule: FaultSchedule
    /// Injections applied so far (scripted and interactive), in the order applied.
    public internal(set) var appliedInjections: [FaultInjection] = []
    /// Per-class model parameters, indexed by `fleet.spacecraftClass`.
    let classModels: [ClassModel]
    /// SAA polygon variants and each satellite's variant (by orbit group).
    let anomalies: [SouthAtlanticAnomaly]
    let anomalyOfGroup: [UInt8]
    let stations: GroundStationNetwork
    /// +grid of each designed shell and the fleet index of its first satellite.
    let grids: [PlusGrid]
    let gridStart: [Int]
    let random: CounterRandom
    /// Satellites per parallel chunk of the tick: about four chunks per core, at least
    /// 256 satellites (tests force other sizes; results never depend on it).
    package var chunkSize: Int
    /// Scratch: heat absorbed by each radiator this tick, W.
    var environmentAbsorbedW: [Double]

    public init(scenario: Scenario) {
        self.scenario = scenario
        let fleet = Fleet(scenario: scenario)
        self.fleet = fleet
        let n = fleet.count
        classModels = scenario.spacecraft.map(ClassModel.init)
        let anomalies: [SouthAtlanticAnomaly] = [.reference, .polar()]
        self.anomalies = anomalies
        // Designed shells by inclination; catalogs (any inclination) use the polar variant.
        anomalyOfGroup = scenario.shells.map { design in
            let i = design.shell.inclinationDeg
            return (i > 90 ? 180 - i : i) > 30 ? 1 : 0
        } + scenario.catalogs.map { _ in 1 }
        stations = GroundStationNetwork(scenario.groundStations)
        var grids: [PlusGrid] = [], starts: [Int] = [], start = 0
        var hasGrid = [Bool](repeating: false, count: n)
        for design in scenario.shells {
            grids.append(PlusGrid(planes: design.shell.planes, satellitesPerPlane: design.shell.perPlane,
                                  parameters: scenario.links))
            starts.append(start)
            for k in start..<min(n, start + design.shell.total) { hasGrid[k] = true }
            start += design.shell.total
        }
        self.grids = grids
        gridStart = starts
        random = CounterRandom(seed: scenario.seed)
        chunkSize = max(256, n / (4 * max(1, ProcessInfo.processInfo.activeProcessorCount)) + 1)
        states = SpacecraftStates(count: n, hasLinkGrid: hasGrid)
        environmentAbsorbedW = Array(repeating: 0, count: n)
        workload = Self.buildWorkload(scenario, fleet: fleet)
        faultSchedule = FaultSchedule(Self.resolveScriptedFaults(scenario, fleet: fleet))
        (alarms, alarmIO) = Self.makeAlarms(scenario: scenario, fleet: fleet)
        updatePositions()
        initializeStates()
        runModels(dtS: 0)
    }

    /// Simulated seconds since the epoch.
    public var simSeconds: Double { Double(tick) * scenario.dtSeconds }

    /// The current UTC instant.
    public var time: JulianDate { scenario.epoch.adding(seconds: simSeconds) }

    /// Runs one tick: positions at the new time, then every model (see `runModels`).
    public mutating func advance() {
        tick += 1
        updatePositions()
        runModels(dtS: scenario.dtSeconds)
        enqueueScriptedOperatorActions()
        tickAlarms(samples: states.alarmSamples, modes: states.mode)
    }

    /// Runs `count` ticks.
    public mutating func advance(ticks count: Int) {
        for _ in 0..<count { advance() }
    }

    private mutating func updatePositions() {
        let now = time
        fleet.propagate(toSecondsSinceEpoch: simSeconds, time: now, gmst: greenwichMeanSiderealTime(now.value))
    }
}
