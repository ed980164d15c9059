/// The fleet totals archived after every tick (table `fleet_tick`), one SQLite column
/// per `FleetAggregates` field, stored as REAL so every value reads back bit for bit.
/// The names follow `simulate --telemetry fleet` where that has the quantity.
enum FleetTickColumns {
    /// Column names, in the order of `values(_:)`.
    static let names = [
        "satellites", "nominal", "degraded", "safe", "failed", "lit_fraction", "solar_mw", "load_mw", "mean_soc",
        "min_soc", "max_temp_accel_c", "mean_utilization", "delivered_pflops", "queued_work_pflop", "preemptions",
        "tick_preemptions", "lost_work_pflop", "tick_lost_work_pflop",
    ]

    /// The values of `a`, in `names` order (counts as exact doubles).
    static func values(_ a: FleetAggregates) -> [Double] {
        [Double(a.satellites), Double(a.nominal), Double(a.degraded), Double(a.safe), Double(a.failed), a.litFraction,
         a.solarMW, a.loadMW, a.meanSOC, a.minSOC, a.maxAcceleratorC, a.meanUtilization, a.deliveredPFLOPS,
         a.queuedWorkPFLOP, Double(a.preemptions), Double(a.tickPreemptions), a.lostWorkPFLOP, a.tickLostWorkPFLOP]
    }

    /// Totals read back from `values` (in `names` order); nil when a count is not a
    /// whole number in range (a damaged row).
    static func aggregates(_ values: [Double]) -> FleetAggregates? {
        guard values.count == names.count else { return nil }
        func count(_ i: Int) -> Int? {
            let v = values[i]
            guard v.isFinite, v == v.rounded(), abs(v) < 9.0e15 else { return nil }
            return Int(v)
        }
        guard let satellites = count(0), let nominal = count(1), let degraded = count(2), let safe = count(3),
              let failed = count(4), let preemptions = count(14), let tickPreemptions = count(15) else { return nil }
        var a = FleetAggregates()
        a.satellites = satellites
        a.nominal = nominal
        a.degraded = degraded
        a.safe = safe
        a.failed = failed
        a.litFraction = values[5]
        a.solarMW = values[6]
        a.loadMW = values[7]
        a.meanSOC = values[8]
        a.minSOC = values[9]
        a.maxAcceleratorC = values[10]
        a.meanUtilization = values[11]
        a.deliveredPFLOPS = values[12]
        a.queuedWorkPFLOP = values[13]
        a.preemptions = preemptions
        a.tickPreemptions = tickPreemptions
        a.lostWorkPFLOP = values[16]
        a.tickLostWorkPFLOP = values[17]
        return a
    }
}
