/// Everything that defines one run: when it starts, how time advances, the seed,
/// the constellation, the spacecraft designs and the world around them. One
/// scenario and one seed give one history.
public struct Scenario: Sendable, Hashable {
    public var name: String
    /// One line saying what the scenario is for (the YAML `description:`).
    public var summary: String = ""
    /// UTC instant of simulation time zero.
    public var epoch: JulianDate
    /// Fixed tick length, simulated seconds.
    public var dtSeconds: Double
    /// Seed of every random draw of the run.
    public var seed: UInt64
    /// Default length of a headless run, seconds.
    public var durationSeconds: Double
    /// Spacecraft designs by name; every shell and catalog names one.
    public var spacecraft: [SpacecraftClass]
    /// Designed Walker-delta shells, flown with the J2 propagator.
    public var shells: [ShellDesign]
    /// Satellites from TLE/OMM catalogs, flown with SGP4.
    public var catalogs: [CatalogFleet]
    /// Objects that are not ours (the YAML `catalog:` and `--catalog`), flown with SGP4
    /// outside the fleet: no spacecraft model, no alarms.
    public var catalogObjects: [CatalogObjectFile] = []
    public var groundStations: [GroundStation]
    public var links: InterSatelliteLinkParameters
    public var workload: WorkloadSpec
    public var radiation: RadiationParameters
    public var faults: FaultPlan
    public var environment: EnvironmentSwitches
    public var modes: ModeParameters
    /// Scripted operator actions on the alarms (the YAML `operator:`), for drills,
    /// regression studies and replays; empty for an interactive run.
    public var operatorScript = OperatorScript()
    /// Users, watched routes and the routing settings (the YAML `users:`, `routes:`,
    /// `user_min_elevation_deg`, `hop_delay_ms`, `routing_every`).
    public var routing = RoutingSettings()

    public init(name: String, epoch: JulianDate, dtSeconds: Double = 10, seed: UInt64 = 1,
                durationSeconds: Double = 86_400, spacecraft: [SpacecraftClass] = [SpacecraftClass()],
                shells: [ShellDesign], catalogs: [CatalogFleet] = [], groundStations: [GroundStation] = [],
                links: InterSatelliteLinkParameters = .init(), workload: WorkloadSpec = .init(),
                radiation: RadiationParameters = .init(), faults: FaultPlan = .init(),
                environment: EnvironmentSwitches = .allOn, modes: ModeParameters = .init()) {
        precondition(dtSeconds > 0, "tick length must be positive")
        self.name = name
        self.epoch = epoch
        self.dtSeconds = dtSeconds
        self.seed = seed
        self.durationSeconds = durationSeconds
        self.spacecraft = spacecraft
        self.shells = shells
        self.catalogs = catalogs
        self.groundStations = groundStations
        self.links = links
        self.workload = workload
        self.radiation = radiation
        self.faults = faults
        self.environment = environment
        self.modes = modes
    }

    /// Total number of satellites: shells first, then catalogs, in order.
    public var satelliteCount: Int {
        shells.reduce(0) { $0 + $1.shell.total } + catalogs.reduce(0) { $0 + $1.elementSets.count }
    }

    /// Index into `spacecraft` of the class named `name` (the first class when unknown).
    public func spacecraftIndex(named name: String) -> Int {
        spacecraft.firstIndex { $0.name == name } ?? 0
    }
}

/// A Walker shell and the spacecraft class that flies it.
public struct ShellDesign: Sendable, Hashable {
    public var shell: WalkerShell
    /// Name of a `SpacecraftClass` of the scenario.
    public var spacecraft: String
    /// A formation cluster (`cluster:` shell kind): the members fly Hill-frame offsets
    /// about the shell's first orbit (plane 0, slot 0) instead of a Walker pattern; the
    /// shell is then 1 plane of `members` satellites.
    public var cluster: ClusterFormation?

    public init(_ shell: WalkerShell, spacecraft: String = "odc-sat", cluster: ClusterFormation? = nil) {
        self.shell = shell
        self.spacecraft = spacecraft
        self.cluster = cluster
    }

    /// The epoch elements of satellite (`plane`, `slot`): the Walker pattern's, or a
    /// cluster member's (falling back to the reference orbit for a degenerate offset).
    public func elements(plane: Int, slot: Int) -> OrbitalElements {
        let walker = shell.elements(plane: plane, slot: slot)
        guard let cluster else { return walker }
        let reference = shell.elements(plane: 0, slot: 0)
        return cluster.memberElements(slot, reference: reference) ?? reference
    }
}

/// Satellites read from one TLE or OMM file, with their spacecraft class.
public struct CatalogFleet: Sendable, Hashable {
    /// Shown in the SHELL column, e.g. the file name.
    public var name: String
    public var spacecraft: String
    public var elementSets: [ElementSet]

    public init(name: String, spacecraft: String = "odc-sat", elementSets: [ElementSet]) {
        self.name = name
        self.spacecraft = spacecraft
        self.elementSets = elementSets
    }
}

/// The compute workload of a scenario.
public struct WorkloadSpec: Sendable, Hashable {
    /// For studies: every satellite runs at this utilization 0…1 (nil = the full workload).
    public var constantUtilization: Double?
    /// Training jobs started at epoch, each spanning `satellitesPerJob` satellites.
    public var trainingJobs: Int
    public var satellitesPerJob: Int
    /// Length of one job at full rate on all its members, hours.
    public var jobHoursAtFullRate: Double
    /// Interval between checkpoints, seconds.
    public var checkpointIntervalS: Double
    /// Inference demand of the satellites outside training jobs.
    public var inference: InferenceDemandModel

    public init(constantUtilization: Double? = nil, trainingJobs: Int = 4, satellitesPerJob: Int = 64,
                jobHoursAtFullRate: Double = 12, checkpointIntervalS: Double = 1800,
                inference: InferenceDemandModel = .init()) {
        self.constantUtilization = constantUtilization
        self.trainingJobs = trainingJobs
        self.satellitesPerJob = satellitesPerJob
        self.jobHoursAtFullRate = jobHoursAtFullRate
        self.checkpointIntervalS = checkpointIntervalS
        self.inference = inference
    }
}

/// Random failures and scripted fault injections.
public struct FaultPlan: Sendable, Hashable {
    /// Draw random failures from the classes' MTBFs.
    public var randomFailures: Bool
    public var scripted: [ScriptedFault]

    public init(randomFailures: Bool = true, scripted: [ScriptedFault] = []) {
        self.randomFailures = randomFailures
        self.scripted = scripted
    }
}

/// A fault the scenario injects at a time into a satellite named by its id.
public struct ScriptedFault: Sendable, Hashable {
    /// Seconds after the epoch.
    public var atSimSeconds: Double
    /// Satellite id, e.g. `P03-S07`.
    public var satellite: String
    public var kind: FaultKind

    public init(atSimSeconds: Double, satellite: String, kind: FaultKind) {
        self.atSimSeconds = atSimSeconds
        self.satellite = satellite
        self.kind = kind
    }
}
