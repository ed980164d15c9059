/// An immutable picture of the world after a burst of ticks: everything the query
/// service needs to answer the console, and nothing it does not. The engine builds it
/// under the tick lock with `Simulation.makeFrame` (bulk copies into recycled buffers,
/// no per-satellite allocation); the query service reads it on its own queue.
///
/// Identity arrays are shared with the fleet (never copied); dynamic columns are the
/// frame's own buffers, reused from an older frame when nothing else holds them.
public struct EngineFrame: Sendable {
    /// A number that grows with every frame built (caches key on it).
    public var serial: UInt64 = 0
    public var scenarioName: String
    public var tick: UInt64
    public var simSeconds: Double
    public var time: JulianDate
    public var dtSeconds: Double
    public var runState: RunState
    public var speed: SimulationSpeed
    /// Ticks per wall-clock second achieved recently (0 while paused).
    public var ticksPerSecond: Double
    /// The alarm journal being written, if any.
    public var journal: AlarmJournalWriter.Status?
    /// The recorded session being replayed, if any.
    public var replay: ReplayProgress?
    /// The step running now, if any.
    public var step: StepProgress? = nil
    /// Fleet totals after the tick.
    public var aggregates: FleetAggregates

    /// Static identity of every satellite, shared with the fleet.
    public var identity: FleetIdentity
    /// Per-satellite values after the tick (engine units).
    public var columns: FrameColumns
    /// What the alarm summary, list and KPIs need.
    public var alarms: AlarmFrame
    /// What the ground track and selected orbit need: the scenario (shells, stations,
    /// classes, epoch) and the orbit propagators.
    public var scenario: Scenario
    package var propagators: [J2Propagator]
    package var catalogRecords: [SGP4Record]
    /// Orbits replaced by manoeuvres since the epoch, by fleet index.
    package var manoeuvredOrbits: [Int: J2Orbit] = [:]
    /// Objects that are not ours: identity and states after the tick.
    public var catalogObjects = CatalogObjectFrame(objects: CatalogObjects([]))
    /// Every watched route after the latest routing step.
    public var routes = RouteTable(routeCount: 0)

    /// Number of satellites.
    public var count: Int { identity.ids.count }
}

/// Who each satellite is: arrays that never change during a run, shared by reference
/// between the fleet and every frame.
public struct FleetIdentity: Sendable {
    /// Operator-facing ids, `P03-S07`.
    public var ids: [String]
    /// Orbit-group names (shells, then catalogs), indexed by `shellIndex`.
    public var groupNames: [String]
    public var shellIndex: [Int32]
    /// 0-based plane and slot within the shell.
    public var plane: [Int32]
    public var slot: [Int32]
    /// Index into the scenario's spacecraft classes.
    public var spacecraftClass: [Int32]

    public init(ids: [String] = [], groupNames: [String] = [], shellIndex: [Int32] = [], plane: [Int32] = [],
                slot: [Int32] = [], spacecraftClass: [Int32] = []) {
        self.ids = ids
        self.groupNames = groupNames
        self.shellIndex = shellIndex
        self.plane = plane
        self.slot = slot
        self.spacecraftClass = spacecraftClass
    }
}

/// The dynamic per-satellite columns a frame carries, one contiguous array each,
/// indexed like the fleet.
public struct FrameColumns: Sendable {
    /// WGS-84 geodetic position.
    public var latitudeDeg: [Double] = []
    public var longitudeDeg: [Double] = []
    public var altitudeKm: [Double] = []
    public var mode: [OperatingMode] = []
    public var modeCause: [ModeCause] = []
    /// Battery state of charge, fraction 0…1.
    public var batterySOC: [Double] = []
    /// Battery power, W: positive charging, negative discharging.
    public var netPowerW: [Double] = []
    /// Accelerator and radiator node temperatures, °C.
    public var acceleratorTempC: [Double] = []
    public var radiatorTempC: [Double] = []
    /// Granted utilization, fraction 0…1.
    public var utilization: [Double] = []
    /// Single-event upsets so far.
    public var seuTotal: [Int] = []
    /// Laser links up, bit `LaserDirection.rawValue`.
    public var linkMask: [UInt8] = []
    /// Ground station in contact (index into the scenario's stations), −1 when none.
    public var groundContact: [Int32] = []
    /// Array output and electrical load, W.
    public var solarW: [Double] = []
    public var loadW: [Double] = []
    /// Beta angle of the orbit, degrees.
    public var betaDeg: [Double] = []

    public init() {}

    /// These columns with only `column` kept (shared, not copied) and the others empty:
    /// what a background sort holds on to instead of the whole frame.
    func keeping(_ column: FrameColumn?) -> FrameColumns {
        var out = FrameColumns()
        switch column {
        case .latitude: out.latitudeDeg = latitudeDeg
        case .longitude: out.longitudeDeg = longitudeDeg
        case .altitude: out.altitudeKm = altitudeKm
        case .batterySOC: out.batterySOC = batterySOC
        case .acceleratorTemp: out.acceleratorTempC = acceleratorTempC
        case .radiatorTemp: out.radiatorTempC = radiatorTempC
        case .utilization: out.utilization = utilization
        case .netPower: out.netPowerW = netPowerW
        case .mode: out.mode = mode
        case .seuTotal: out.seuTotal = seuTotal
        case .linksUp: out.linkMask = linkMask
        case nil: break
        }
        return out
    }

    /// The value of a numeric column for satellite `i`, in engine units.
    @inline(__always)
    public func value(_ column: FrameColumn, _ i: Int) -> Double {
        switch column {
        case .latitude: latitudeDeg[i]
        case .longitude: longitudeDeg[i]
        case .altitude: altitudeKm[i]
        case .batterySOC: batterySOC[i]
        case .acceleratorTemp: acceleratorTempC[i]
        case .radiatorTemp: radiatorTempC[i]
        case .utilization: utilization[i]
        case .netPower: netPowerW[i]
        case .mode: Double(mode[i].rawValue)
        case .seuTotal: Double(seuTotal[i])
        case .linksUp: Double(linkMask[i].nonzeroBitCount)
        }
    }
}

/// A numeric per-satellite quantity of a frame, in engine units (°, km, °C, W,
/// fractions 0…1, counts, the mode's ordinal).
public enum FrameColumn: Sendable, Hashable, CaseIterable {
    case latitude, longitude, altitude, batterySOC, acceleratorTemp, radiatorTemp
    case utilization, netPower, mode, seuTotal, linksUp
}

/// The alarm book as the query service needs it after a tick.
public struct AlarmFrame: Sendable {
    /// Grows whenever any alarm's displayed state or record changes; an unchanged
    /// revision means the list built for it still holds.
    public var revision: UInt64 = 0
    /// Every alarm that is not NORMAL (shared with the book until it next changes).
    package var records: [AlarmKey: AlarmRecord] = [:]
    /// Header counts, kept by the book as alarms change.
    public var summary = AlarmSummary()
    /// The first-out alarm of the current burst.
    public var firstOut: AlarmKey?
    /// ISA-18.2 KPIs from the first tick to now, kept by the book as alarms change.
    public var kpis: AlarmKPIs?
    /// The book's longest shelve, s.
    public var maximumShelveSeconds: Double = 8 * 3600

    public init() {}
}
