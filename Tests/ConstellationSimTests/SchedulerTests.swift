import Testing
@testable import ConstellationSim

@Suite struct SchedulerTests {
    @Test(arguments: [
        // demand, power, thermal, health → utilization, limit (min of the four; first on ties)
        (0.6, 1.0, 1.0, 1.0, 0.6, SchedulingLimit.demand),
        (1.0, 0.5, 0.8, 1.0, 0.5, .power),
        (1.0, 0.9, 0.3, 0.75, 0.3, .thermal),
        (1.0, 0.9, 0.8, 0.625, 0.625, .health),
        (0.4, 0.4, 0.4, 0.4, 0.4, .demand),
        (1.5, -0.2, 1.0, 1.0, 0.0, .power),   // clamped to 0…1
    ])
    func grantIsTheSmallestBound(demand: Double, power: Double, thermal: Double, health: Double,
                                 utilization: Double, limit: SchedulingLimit) {
        let g = ComputeScheduler.grant(demand: demand, powerAllowance: power, thermalHeadroom: thermal, health: health)
        #expect(g.utilization == utilization)
        #expect(g.limit == limit)
    }

    @Test func powerAllowanceIsAffordedOverInstalledWatts() {
        // 8 accelerators × 700 W = 5600 W installed; 2800 W afforded → 0.5; more than enough → 1.
        #expect(ComputeScheduler.powerAllowance(affordedAcceleratorW: 2800, installedAccelerators: 8, acceleratorPowerW: 700) == 0.5)
        #expect(ComputeScheduler.powerAllowance(affordedAcceleratorW: 9000, installedAccelerators: 8, acceleratorPowerW: 700) == 1)
        #expect(ComputeScheduler.powerAllowance(affordedAcceleratorW: 100, installedAccelerators: 0, acceleratorPowerW: 700) == 0)
    }

    @Test func healthFollowsModeBoardsAndDose() {
        // DEGRADED with 6 of 8 boards and a 0.95 radiation throughput factor: 0.75 · 0.95 = 0.7125.
        #expect(abs(ComputeScheduler.health(mode: .degraded, acceleratorFraction: 0.75, radiationThroughputFactor: 0.95) - 0.7125) < 1e-15)
        #expect(ComputeScheduler.health(mode: .safe, acceleratorFraction: 1, radiationThroughputFactor: 1) == 0)
        #expect(ComputeScheduler.health(mode: .failed, acceleratorFraction: 1, radiationThroughputFactor: 1) == 0)
        #expect(ComputeScheduler.health(mode: .nominal, acceleratorFraction: 1, radiationThroughputFactor: 1) == 1)
    }

    @Test func fleetTotalsByHand() {
        // Three satellites of 8 accelerators at 0.989 PFLOP/s (peak 7.912 each):
        // utilizations 0.5, 1, 0 with demands 1, 1, 0.25 → delivered 1.5 · 7.912 = 11.868 PFLOP/s,
        // mean 0.5, unserved (0.5 + 0 + 0.25) · 7.912 = 5.934 PFLOP/s. Chunks merge to the same.
        var all = ComputeTotals(), first = ComputeTotals(), second = ComputeTotals()
        for (i, (u, d)) in [(0.5, 1.0), (1.0, 1.0), (0.0, 0.25)].enumerated() {
            all.add(utilization: u, demand: d, installedAccelerators: 8, pflopsPerAccelerator: 0.989)
            if i < 2 { first.add(utilization: u, demand: d, installedAccelerators: 8, pflopsPerAccelerator: 0.989) } else {
                second.add(utilization: u, demand: d, installedAccelerators: 8, pflopsPerAccelerator: 0.989)
            }
        }
        #expect(abs(all.deliveredPFLOPS - 11.868) < 1e-12)
        #expect(abs(all.meanUtilization - 0.5) < 1e-15)
        #expect(abs(all.unservedDemandPFLOPS - 5.934) < 1e-12)
        first.merge(second)
        #expect(first == all)
    }
}
