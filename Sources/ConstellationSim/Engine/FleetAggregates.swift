/// Fleet totals after a tick, summed serially in fleet order (so bit-identical for
/// any chunking).
public struct FleetAggregates: Sendable, Hashable, Codable {
    public var satellites = 0
    public var nominal = 0
    public var degraded = 0
    public var safe = 0
    public var failed = 0
    /// Mean visible fraction of the solar disk over the fleet, 0…1.
    public var litFraction = 0.0
    /// Σ array output, MW.
    public var solarMW = 0.0
    /// Σ electrical load carried, MW.
    public var loadMW = 0.0
    /// Mean and minimum battery state of charge over satellites not FAILED, 0…1.
    public var meanSOC = 0.0
    public var minSOC = 0.0
    /// Hottest accelerator node of a satellite not FAILED, °C.
    public var maxAcceleratorC = 0.0
    /// Mean granted utilization over all satellites, 0…1.
    public var meanUtilization = 0.0
    /// Σ utilization × peak PFLOP/s of the satellite's class.
    public var deliveredPFLOPS = 0.0
    /// Training work not yet checkpointed or done, PFLOP.
    public var queuedWorkPFLOP = 0.0
    /// Training-job preemptions so far, and in the latest tick.
    public var preemptions = 0
    public var tickPreemptions = 0
    /// Work lost to preemptions so far and in the latest tick, PFLOP.
    public var lostWorkPFLOP = 0.0
    public var tickLostWorkPFLOP = 0.0

    public init() {}

    /// Totals of `simulation`'s current state.
    init(_ simulation: Simulation, tickPreemptions: Int, tickLostWorkPFLOP: Double) {
        let s = simulation.world, fleet = simulation.fleet
        let n = fleet.count
        satellites = n
        var compute = ComputeTotals()
        var litSum = 0.0, solarW = 0.0, loadW = 0.0, socSum = 0.0, alive = 0
        var minSOC = Double.infinity, maxC = -Double.infinity
        for i in 0..<n {
            switch s.mode[i] {
            case .nominal: nominal += 1
            case .degraded: degraded += 1
            case .safe: safe += 1
            case .failed: failed += 1
            }
            litSum += s.litFraction[i]
            solarW += s.solarW[i]
            loadW += s.loadW[i]
            let model = simulation.context.classModels[Int(fleet.spacecraftClass[i])]
            compute.add(utilization: s.utilization[i], demand: s.demand[i],
                        installedAccelerators: model.power.acceleratorCount, pflopsPerAccelerator: model.acceleratorPFLOPS)
            if s.mode[i] != .failed {
                alive += 1
                socSum += s.batterySOC[i]
                minSOC = min(minSOC, s.batterySOC[i])
                maxC = max(maxC, s.acceleratorTempC[i])
            }
        }
        litFraction = n > 0 ? litSum / Double(n) : 0
        solarMW = solarW / 1e6
        self.loadMW = loadW / 1e6
        meanSOC = alive > 0 ? socSum / Double(alive) : 0
        self.minSOC = alive > 0 ? minSOC : 0
        maxAcceleratorC = alive > 0 ? maxC : 0
        meanUtilization = compute.meanUtilization
        deliveredPFLOPS = compute.deliveredPFLOPS
        queuedWorkPFLOP = simulation.workload.queuedWorkPFLOP
        preemptions = simulation.workload.preemptions
        lostWorkPFLOP = simulation.workload.lostWorkPFLOP
        self.tickPreemptions = tickPreemptions
        self.tickLostWorkPFLOP = tickLostWorkPFLOP
    }
}
