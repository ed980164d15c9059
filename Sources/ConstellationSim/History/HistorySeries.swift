/// The per-satellite quantities the retained history keeps, in engine units.
public enum SatelliteSeries: Int, Sendable, Hashable, CaseIterable {
    /// Solar array output and electrical load, W.
    case generatedW, loadW
    /// Battery state of charge, 0…1.
    case batterySOC
    /// Accelerator and radiator node temperatures, °C.
    case acceleratorTempC, radiatorTempC
    /// Granted compute utilization, 0…1.
    case utilization
    /// Single-event upsets per hour (the radiation model's current rate).
    case seuRatePerHour

    /// The value of satellite `i` in `world`.
    func value(_ world: WorldState, _ i: Int) -> Double {
        switch self {
        case .generatedW: world.solarW[i]
        case .loadW: world.loadW[i]
        case .batterySOC: world.batterySOC[i]
        case .acceleratorTempC: world.acceleratorTempC[i]
        case .radiatorTempC: world.radiatorTempC[i]
        case .utilization: world.utilization[i]
        case .seuRatePerHour: world.seuRatePerHour[i]
        }
    }
}

/// The fleet quantities the retained history keeps every tick.
public enum FleetSeries: Int, Sendable, Hashable, CaseIterable {
    /// Σ delivered compute, PFLOP/s.
    case deliveredPFLOPS
    /// Σ array output and Σ load, MW.
    case solarMW, loadMW
    /// Satellites per mode.
    case nominal, degraded, safe, failed
    /// New alarms in the trailing 10 minutes (ISA-18.2 alarm rate).
    case alarmsPer10Min

    /// The value after the tick `simulation` just ran.
    func value(_ simulation: Simulation) -> Double {
        let a = simulation.aggregates
        switch self {
        case .deliveredPFLOPS: return a.deliveredPFLOPS
        case .solarMW: return a.solarMW
        case .loadMW: return a.loadMW
        case .nominal: return Double(a.nominal)
        case .degraded: return Double(a.degraded)
        case .safe: return Double(a.safe)
        case .failed: return Double(a.failed)
        case .alarmsPer10Min: return Double(simulation.alarms.flood.countInWindow)
        }
    }
}

/// A time series resampled to a plot's columns: `values[k]` is the mean of the samples
/// whose time falls in column k of [startSeconds, endSeconds) (NaN: no sample there).
public struct PlotTrace: Sendable, Hashable {
    public var values: [Double]

    public init(values: [Double]) { self.values = values }
}

/// What the plots view asked for: a time window ending now, resampled to `columns`.
public struct PlotRequest: Sendable, Hashable {
    /// Length of the window, simulated seconds.
    public var windowSeconds: Double
    /// Columns (braille dots across) each trace is resampled to.
    public var columns: Int
    /// Satellites whose traces to return besides the selected one (the pinned ones).
    public var overlay: [Int]

    public init(windowSeconds: Double, columns: Int, overlay: [Int] = []) {
        self.windowSeconds = windowSeconds
        self.columns = columns
        self.overlay = overlay
    }
}

/// The plots view's answer: traces of the selected and overlaid satellites and of the
/// fleet over one window.
public struct PlotData: Sendable, Hashable {
    public var startSeconds: Double
    public var endSeconds: Double
    /// Fleet index → one trace per `SatelliteSeries` (selected first, then the overlay).
    public var satellites: [Int]
    /// Their ids (`P03-S07`), same order.
    public var ids: [String] = []
    public var satelliteTraces: [[PlotTrace]]
    /// One trace per `FleetSeries`.
    public var fleetTraces: [PlotTrace]
    /// Seconds between the coarse samples every satellite keeps (older than the full-rate
    /// samples, a satellite's trace has one point per such interval).
    public var coarseIntervalSeconds: Double

    public init(startSeconds: Double, endSeconds: Double, satellites: [Int], satelliteTraces: [[PlotTrace]],
                fleetTraces: [PlotTrace], coarseIntervalSeconds: Double) {
        self.startSeconds = startSeconds
        self.endSeconds = endSeconds
        self.satellites = satellites
        self.satelliteTraces = satelliteTraces
        self.fleetTraces = fleetTraces
        self.coarseIntervalSeconds = coarseIntervalSeconds
    }

    /// The traces of fleet index `satellite`, if it was asked for.
    public func traces(of satellite: Int) -> [PlotTrace]? {
        satellites.firstIndex(of: satellite).map { satelliteTraces[$0] }
    }
}
