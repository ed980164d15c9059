/// Every satellite's spacecraft state and per-tick outputs, as parallel arrays indexed
/// like the `Fleet` (structure of arrays). Allocated once when the simulation is built;
/// the tick rewrites the elements in place and allocates nothing per satellite.
///
/// Units: W, °C, fractions 0…1 unless named otherwise. Values are those at the end of
/// the latest tick.
public struct SpacecraftStates: Sendable {
    // MARK: model states
    public internal(set) var battery: [BatteryState]
    public internal(set) var thermal: [ThermalState]
    public internal(set) var radiation: [RadiationState]
    public internal(set) var faults: [FaultState]
    public internal(set) var modeState: [ModeState]
    /// Operating mode of each satellite (contract with the alarm engine).
    public internal(set) var mode: [OperatingMode]

    // MARK: per-tick outputs
    /// Granted accelerator utilization, 0…1 of the installed accelerators (after the
    /// training jobs' slowest-member rule).
    public internal(set) var utilization: [Double]
    /// Demanded utilization, 0…1.
    public internal(set) var demand: [Double]
    /// Visible fraction of the solar disk, 0…1.
    public internal(set) var litFraction: [Double]
    /// Array output, W.
    public internal(set) var solarW: [Double]
    /// Electrical load carried (bus + heaters + accelerators), W; all of it is dissipated
    /// as heat in the accelerator node.
    public internal(set) var loadW: [Double]
    /// Heater power drawn (part of `loadW`), W.
    public internal(set) var heaterW: [Double]
    /// Battery power, W: positive charging, negative discharging (at the bus).
    public internal(set) var netPowerW: [Double]
    /// Battery state of charge, 0…1 of the (fault-reduced) capacity.
    public internal(set) var batterySOC: [Double]
    public internal(set) var tempAccelC: [Double]
    public internal(set) var tempRadiatorC: [Double]
    /// Single-event upsets so far (correctable + uncorrectable).
    public internal(set) var seuTotal: [Int]
    /// Uncorrectable upsets in the latest tick.
    public internal(set) var uncorrectableThisTick: [Int]
    /// Upset rate, SEU per hour, exponentially smoothed with time constant
    /// ``seuRateTimeConstantS``: r ← r + (1 − e^(−dt/τ)) (n / dt × 3600 − r), n the upsets of
    /// the tick. Starts at the expected rate where the satellite is at the epoch.
    public internal(set) var seuRatePerHour: [Double]
    /// Time constant of the SEU-rate smoothing, s (≈ one SAA pass).
    public static let seuRateTimeConstantS = 600.0
    /// Index of the ground station in contact with the highest elevation, −1 when none.
    public internal(set) var groundContact: [Int32]
    /// Minutes since the satellite last had a ground contact (0 while in contact; counted
    /// from the epoch, which counts as a contact).
    public internal(set) var minutesSinceContact: [Double]
    /// Laser links up, bit `LaserDirection.rawValue` (fore, aft, left, right).
    public internal(set) var islUpMask: [UInt8]
    /// Whether the satellite has a +grid (shell satellites); catalog satellites have no ISLs.
    public let hasLinkGrid: [Bool]
    /// Beta angle of the orbit, degrees.
    public internal(set) var betaDeg: [Double]
    /// Which bound set the grant (`SchedulingLimit` raw value).
    public internal(set) var schedulingLimit: [UInt8]
    /// Power the bus could be given this tick (array + battery discharge limit), W.
    public internal(set) var availableW: [Double]

    /// Alarm samples (contract with the alarm engine): `AlarmParameter.count` columns; column
    /// `p.rawValue` holds every satellite's value of `p` in the unit of `AlarmParameter`.
    /// NaN = no sample: every column of a FAILED satellite except `modeChange` (3), link
    /// loss of satellites without a +grid, ground-contact loss when the scenario has no stations.
    public internal(set) var alarmSamples: [[Double]]

    public var count: Int { mode.count }

    init(count n: Int, hasLinkGrid: [Bool]) {
        battery = Array(repeating: BatteryState(energyWh: 0), count: n)
        thermal = Array(repeating: ThermalState(acceleratorC: 20, radiatorC: 20), count: n)
        radiation = Array(repeating: RadiationState(), count: n)
        faults = Array(repeating: FaultState(), count: n)
        modeState = Array(repeating: ModeState(), count: n)
        mode = Array(repeating: .nominal, count: n)
        utilization = Array(repeating: 0, count: n)
        demand = Array(repeating: 0, count: n)
        litFraction = Array(repeating: 0, count: n)
        solarW = Array(repeating: 0, count: n)
        loadW = Array(repeating: 0, count: n)
        heaterW = Array(repeating: 0, count: n)
        netPowerW = Array(repeating: 0, count: n)
        batterySOC = Array(repeating: 0, count: n)
        tempAccelC = Array(repeating: 0, count: n)
        tempRadiatorC = Array(repeating: 0, count: n)
        seuTotal = Array(repeating: 0, count: n)
        uncorrectableThisTick = Array(repeating: 0, count: n)
        seuRatePerHour = Array(repeating: 0, count: n)
        groundContact = Array(repeating: -1, count: n)
        minutesSinceContact = Array(repeating: 0, count: n)
        islUpMask = Array(repeating: 0, count: n)
        self.hasLinkGrid = hasLinkGrid
        betaDeg = Array(repeating: 0, count: n)
        schedulingLimit = Array(repeating: 0, count: n)
        availableW = Array(repeating: 0, count: n)
        alarmSamples = Array(repeating: Array(repeating: .nan, count: n), count: AlarmParameter.count)
    }

    /// An empty value put in place while the tick works on the real arrays moved out.
    static let moved = SpacecraftStates(count: 0, hasLinkGrid: [])

    /// Number of laser links up (0…4).
    public func linksUp(_ i: Int) -> Int { islUpMask[i].nonzeroBitCount }
}
