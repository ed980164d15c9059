/// Which bound set a satellite's utilization.
public enum SchedulingLimit: Int, Sendable, Hashable, Codable {
    case demand = 0, power, thermal, health
}

/// One satellite's grant.
public struct SchedulingGrant: Sendable, Hashable {
    /// Utilization 0…1 of the installed accelerators.
    public var utilization: Double
    /// The bound that set it (the first of demand, power, thermal, health on ties).
    public var limit: SchedulingLimit
}

/// The compute scheduler: a satellite's utilization (fraction of its installed
/// accelerators) is the smallest of four bounds, each 0…1:
/// - demand: from the workload;
/// - power: afforded accelerator watts / installed accelerator watts, from the power model;
/// - thermal: the thermal model's headroom factor (1 = no throttle, 0 = shut down);
/// - health: 0 in SAFE or FAILED; else working-board fraction × radiation throughput factor.
public enum ComputeScheduler {
    /// The grant for one satellite.
    @inline(__always)
    public static func grant(demand: Double, powerAllowance: Double, thermalHeadroom: Double, health: Double) -> SchedulingGrant {
        var u = clamp01(demand), limit = SchedulingLimit.demand
        let p = clamp01(powerAllowance), t = clamp01(thermalHeadroom), h = clamp01(health)
        if p < u { u = p; limit = .power }
        if t < u { u = t; limit = .thermal }
        if h < u { u = h; limit = .health }
        return SchedulingGrant(utilization: u, limit: limit)
    }

    /// Power bound: afforded accelerator power over the installed accelerators' full power.
    @inline(__always)
    public static func powerAllowance(affordedAcceleratorW: Double, installedAccelerators: Int, acceleratorPowerW: Double) -> Double {
        let full = Double(installedAccelerators) * acceleratorPowerW
        return full > 0 ? clamp01(affordedAcceleratorW / full) : 0
    }

    /// Health bound from the mode, the working-board fraction and the radiation throughput factor.
    @inline(__always)
    public static func health(mode: OperatingMode, acceleratorFraction: Double, radiationThroughputFactor: Double) -> Double {
        mode == .safe || mode == .failed ? 0 : clamp01(acceleratorFraction) * clamp01(radiationThroughputFactor)
    }

    @inline(__always)
    static func clamp01(_ x: Double) -> Double { x.isNaN ? 0 : min(max(x, 0), 1) }
}

/// Fleet compute outputs, summed per satellite; chunks of the fleet can be summed
/// separately and merged in chunk order.
public struct ComputeTotals: Sendable, Hashable {
    /// Σ utilization × accelerators × PFLOP/s per accelerator, PFLOP/s.
    public var deliveredPFLOPS = 0.0
    /// Σ utilization.
    public var utilizationSum = 0.0
    /// Satellites counted.
    public var satellites = 0
    /// Σ max(demand − utilization, 0) × accelerators × PFLOP/s per accelerator, PFLOP/s.
    public var unservedDemandPFLOPS = 0.0

    public init() {}

    /// Mean utilization over the satellites counted.
    public var meanUtilization: Double { satellites > 0 ? utilizationSum / Double(satellites) : 0 }

    /// Counts one satellite.
    @inline(__always)
    public mutating func add(utilization: Double, demand: Double, installedAccelerators: Int, pflopsPerAccelerator: Double) {
        let peak = Double(installedAccelerators) * pflopsPerAccelerator
        deliveredPFLOPS += utilization * peak
        utilizationSum += utilization
        satellites += 1
        unservedDemandPFLOPS += max(demand - utilization, 0) * peak
    }

    /// Adds another chunk's totals.
    public mutating func merge(_ other: ComputeTotals) {
        deliveredPFLOPS += other.deliveredPFLOPS
        utilizationSum += other.utilizationSum
        satellites += other.satellites
        unservedDemandPFLOPS += other.unservedDemandPFLOPS
    }
}
