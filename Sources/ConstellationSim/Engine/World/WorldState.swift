/// The mutable world of one run as a column store: one owned, contiguous buffer per
/// quantity, indexed by fleet index. Phases of the tick read and write these columns;
/// the simulation copies the world before mutating it when it is shared (value
/// semantics for `Simulation`), and `checkpoint()` / `restore(_:)` move it to and
/// from bytes exactly.
///
/// Units: km, km/s, degrees, W, °C, seconds; fractions 0…1 (never percent).
/// One name per quantity: the same names are used by the telemetry, the alarms and
/// the views.
public final class WorldState: @unchecked Sendable {
    public let count: Int
    /// Satellites flown by SGP4 (the size of the `sgp4…` batch columns).
    public let catalogCount: Int
    /// Catalog objects (not ours; the size of `catalogObjects`' columns).
    public let catalogObjectCount: Int

    // MARK: Orbit
    /// Which orbit flies each satellite: the fleet's design, its element set, or the
    /// orbit a manoeuvre put it on (the orbits themselves are in `Fleet` and
    /// `Simulation.manoeuvredOrbits`, so the world carries one byte per satellite).
    public let orbitKind: Column<OrbitKind>
    /// Inertial (true-of-date) position, km, and velocity, km/s, at the current tick.
    public let positionKm: Column<SIMD3<Double>>
    public let velocityKmS: Column<SIMD3<Double>>
    /// WGS-84 geodetic position at the current tick.
    public let latitudeDeg: Column<Double>
    public let longitudeDeg: Column<Double>
    public let altitudeKm: Column<Double>
    /// SGP4 error code of the last propagation (0 = fine); a satellite in error keeps
    /// its last good state.
    public let orbitErrorCode: Column<UInt8>

    // MARK: Propellant
    /// Propellant left on board, kg (spent by manoeuvres, Tsiolkovsky).
    public let propellantKg: Column<Double>

    // MARK: Spacecraft state
    public let battery: Column<BatteryState>
    public let thermal: Column<ThermalState>
    public let radiation: Column<RadiationState>
    public let faults: Column<FaultState>
    public let modeState: Column<ModeState>
    /// Operating mode (also `modeState[i].mode`), the alarm engine's input.
    public let mode: Column<OperatingMode>

    // MARK: Environment
    /// Visible fraction of the solar disk, 0…1.
    public let litFraction: Column<Double>
    /// Beta angle of the orbit, degrees.
    public let betaDeg: Column<Double>
    /// Heat absorbed by the radiator from the Sun, albedo and Earth IR, W.
    public let environmentAbsorbedW: Column<Double>

    // MARK: Power and compute
    /// Array output, W.
    public let solarW: Column<Double>
    /// Power the bus could be given this tick (array + battery discharge limit), W.
    public let availableW: Column<Double>
    /// Demanded accelerator utilization, 0…1.
    public let demand: Column<Double>
    /// Granted accelerator utilization, 0…1 of the installed accelerators.
    public let utilization: Column<Double>
    /// Which bound set the grant (`SchedulingLimit` raw value).
    public let schedulingLimit: Column<UInt8>
    /// Electrical load carried (bus + heaters + accelerators), W; dissipated as heat.
    public let loadW: Column<Double>
    /// Dissipation that would end the tick with the accelerator node at its heater set
    /// point, W (0 for a FAILED satellite): the scheduler's and the heaters' common input.
    public let heaterHoldingW: Column<Double>
    /// Heater power drawn (part of `loadW`) and requested, W.
    public let heaterW: Column<Double>
    public let heaterRequestW: Column<Double>
    /// The power step's verdict this tick.
    public let powerVerdict: Column<PowerVerdict>
    /// Battery power, W: positive charging, negative discharging (at the bus).
    public let netPowerW: Column<Double>
    /// Battery state of charge, 0…1 of the (fault-reduced) capacity.
    public let batterySOC: Column<Double>

    // MARK: Thermal
    public let acceleratorTempC: Column<Double>
    public let radiatorTempC: Column<Double>
    /// Louver opening of the variable radiator, 0 closed … 1 open (`VariableRadiator`).
    public let radiatorOpenFraction: Column<Double>

    // MARK: Radiation
    /// Single-event upsets so far (correctable + uncorrectable).
    public let seuTotal: Column<Int>
    /// Uncorrectable upsets in the latest tick.
    public let uncorrectableThisTick: Column<Int>
    /// Upset rate, SEU per hour, exponentially smoothed (see `RadiationPhase`).
    public let seuRatePerHour: Column<Double>

    // MARK: Links
    /// Index of the ground station in contact with the highest elevation, −1 when none.
    public let groundContact: Column<Int32>
    /// Minutes since the last ground contact (0 in contact; the epoch counts as one).
    public let minutesSinceContact: Column<Double>
    /// Laser links up, bit `LaserDirection.rawValue` (fore, aft, left, right).
    public let islUpMask: Column<UInt8>

    // MARK: Alarm samples
    /// One column per `AlarmParameter` (index `rawValue`), in the parameter's unit;
    /// NaN = no sample (see `AlarmSamplePhase`).
    public let alarmSamples: [Column<Double>]

    // MARK: SGP4 batch (one slot per catalog satellite, fleet index `Fleet.catalogStart + k`)
    /// The batch propagator's output of the tick (TEME km, km/s), copied into `positionKm`
    /// and `velocityKmS` by the propagation phase.
    let sgp4X, sgp4Y, sgp4Z, sgp4VX, sgp4VY, sgp4VZ: Column<Double>
    let sgp4Error: Column<UInt8>
    /// Deep-space resonance integrator state carried from tick to tick (so a resonant set
    /// integrates one tick forward instead of from its epoch every tick).
    let sgp4Integrator: Column<SGP4IntegratorCache>

    // MARK: Catalog objects (not ours; object index k, see `CatalogObjects`)
    /// Their SGP4 states: positions and velocities only, no spacecraft model.
    public let catalogObjects: CatalogObjectStates

    /// Every column in declaration order: what checkpoints and copies walk.
    private let columns: [any AnyColumn]

    /// A world of `count` satellites, `catalogCount` of them flown by SGP4, and
    /// `catalogObjectCount` catalog objects, with every column zeroed (NaN for alarm samples).
    public init(count: Int, catalogCount: Int = 0, catalogObjectCount: Int = 0) {
        precondition(catalogCount >= 0 && catalogCount <= count, "more catalog satellites than satellites")
        let allocator = ColumnAllocator(count: count)
        self.count = count
        self.catalogCount = catalogCount
        self.catalogObjectCount = catalogObjectCount
        orbitKind = allocator.make(.j2)
        positionKm = allocator.make(.zero)
        velocityKmS = allocator.make(.zero)
        latitudeDeg = allocator.make(0)
        longitudeDeg = allocator.make(0)
        altitudeKm = allocator.make(0)
        orbitErrorCode = allocator.make(0)
        propellantKg = allocator.make(0)
        battery = allocator.make(BatteryState(energyWh: 0))
        thermal = allocator.make(ThermalState(acceleratorC: 20, radiatorC: 20))
        radiation = allocator.make(RadiationState())
        faults = allocator.make(FaultState())
        modeState = allocator.make(ModeState())
        mode = allocator.make(.nominal)
        litFraction = allocator.make(0)
        betaDeg = allocator.make(0)
        environmentAbsorbedW = allocator.make(0)
        solarW = allocator.make(0)
        availableW = allocator.make(0)
        demand = allocator.make(0)
        utilization = allocator.make(0)
        schedulingLimit = allocator.make(0)
        loadW = allocator.make(0)
        heaterHoldingW = allocator.make(0)
        heaterW = allocator.make(0)
        heaterRequestW = allocator.make(0)
        powerVerdict = allocator.make(.nominal)
        netPowerW = allocator.make(0)
        batterySOC = allocator.make(0)
        acceleratorTempC = allocator.make(0)
        radiatorTempC = allocator.make(0)
        radiatorOpenFraction = allocator.make(1)
        seuTotal = allocator.make(0)
        uncorrectableThisTick = allocator.make(0)
        seuRatePerHour = allocator.make(0)
        groundContact = allocator.make(-1)
        minutesSinceContact = allocator.make(0)
        islUpMask = allocator.make(0)
        alarmSamples = AlarmParameter.allCases.map { _ in allocator.make(Double.nan) }
        sgp4X = allocator.make(0, count: catalogCount)
        sgp4Y = allocator.make(0, count: catalogCount)
        sgp4Z = allocator.make(0, count: catalogCount)
        sgp4VX = allocator.make(0, count: catalogCount)
        sgp4VY = allocator.make(0, count: catalogCount)
        sgp4VZ = allocator.make(0, count: catalogCount)
        sgp4Error = allocator.make(0, count: catalogCount)
        sgp4Integrator = allocator.make(SGP4IntegratorCache(), count: catalogCount)
        let m = catalogObjectCount
        catalogObjects = CatalogObjectStates(
            count: m, x: allocator.make(0, count: m), y: allocator.make(0, count: m), z: allocator.make(0, count: m),
            vx: allocator.make(0, count: m), vy: allocator.make(0, count: m), vz: allocator.make(0, count: m),
            errorCode: allocator.make(0, count: m), integrator: allocator.make(SGP4IntegratorCache(), count: m))
        columns = allocator.columns
    }

    /// A deep copy (every column copied).
    public func copy() -> WorldState {
        let other = WorldState(count: count, catalogCount: catalogCount, catalogObjectCount: catalogObjectCount)
        for (to, from) in zip(other.columns, columns) { to.rawBytes.copyMemory(from: UnsafeRawBufferPointer(from.rawBytes)) }
        return other
    }

    /// Bytes of every column, in declaration order, no header (see `WorldCheckpoint`).
    var columnBytes: Int { columns.reduce(0) { $0 + $1.rawBytes.count } }

    /// Appends every column's bytes to `out`.
    func writeColumns(into out: inout [UInt8]) {
        for column in columns { out.append(contentsOf: UnsafeRawBufferPointer(column.rawBytes)) }
    }

    /// Reads every column from `bytes` (exactly `columnBytes` long).
    func readColumns(from bytes: UnsafeRawBufferPointer) {
        precondition(bytes.count == columnBytes, "checkpoint columns of another size")
        var offset = 0
        for column in columns {
            let size = column.rawBytes.count
            column.rawBytes.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + size]))
            offset += size
        }
    }

    /// Number of laser links up (0…4).
    public func linksUp(_ i: Int) -> Int { islUpMask[i].nonzeroBitCount }

    /// The alarm-sample column of `parameter`.
    public func samples(_ parameter: AlarmParameter) -> Column<Double> { alarmSamples[Int(parameter.rawValue)] }
}

/// Allocates the columns of one world and remembers them (for copies and checkpoints).
private final class ColumnAllocator {
    let count: Int
    var columns: [any AnyColumn] = []

    init(count: Int) { self.count = count }

    func make<T: BitwiseCopyable>(_ value: T, count: Int? = nil) -> Column<T> {
        let column = Column(count: count ?? self.count, repeating: value)
        columns.append(column)
        return column
    }
}

extension WorldState {
    /// The SGP4 batch columns as the batch propagator's buffers.
    var sgp4Buffers: SGP4BatchBuffers {
        func buffer<T>(_ c: Column<T>) -> UnsafeMutableBufferPointer<T> { UnsafeMutableBufferPointer(start: c.base, count: c.count) }
        return SGP4BatchBuffers(xKm: buffer(sgp4X), yKm: buffer(sgp4Y), zKm: buffer(sgp4Z), vxKmPerS: buffer(sgp4VX),
                                vyKmPerS: buffer(sgp4VY), vzKmPerS: buffer(sgp4VZ), errorCode: buffer(sgp4Error),
                                integratorCache: buffer(sgp4Integrator))
    }

    /// Bytes of every column per satellite.
    public var bytesPerSatellite: Int { count > 0 ? columnBytes / count : 0 }
}
