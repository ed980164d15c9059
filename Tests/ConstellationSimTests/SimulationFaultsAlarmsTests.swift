import Foundation
import Testing
@testable import ConstellationSim

@Suite struct SimulationFaultsAlarmsTests {
    @Test func unknownScriptedSatelliteIsReportedByName() {
        var scenario = SimulationFixtures.single()
        scenario.faults.scripted = [ScriptedFault(atSimSeconds: 60, satellite: "P01-S01", kind: .avionics),
                                    ScriptedFault(atSimSeconds: 60, satellite: "P09-S99", kind: .avionics)]
        #expect(Simulation.scriptedFaultProblems(in: scenario)
            == ["faults.scripted[1]: unknown satellite 'P09-S99' (ids look like P01-S01)"])
    }

    @Test func injectFaultCommandIsJournaledAndTakesEffectNextTick() {
        var core = HostCore(simulation: Simulation(scenario: SimulationFixtures.busy()), runState: .paused, speed: .max)
        _ = core.apply(.step(5), now: 0)
        core.finishStep()
        let result = core.apply(.injectFault(satellite: 7, kind: .avionics), now: 0)
        #expect(result.applied)
        #expect(core.journal.last == JournaledCommand(tick: 6, simSeconds: 150,
                                                      command: .injectFault(satellite: 7, kind: .avionics), applied: true))
        #expect(!core.simulation.world.faults[7].avionicsFailed)
        _ = core.apply(.step(1), now: 0)
        core.finishStep()
        #expect(core.simulation.world.faults[7].avionicsFailed)
        #expect(core.simulation.world.mode[7] == .failed)
        #expect(core.apply(.injectFault(satellite: 48, kind: .avionics), now: 0).applied == false)
    }

    /// The alarm columns hold the documented units: SOC %, °C, links lost to failures,
    /// mode ordinal; a FAILED satellite has NaN except its mode (3).
    @Test func alarmSamplesFollowTheContract() throws {
        var sim = Simulation(scenario: SimulationFixtures.busy())
        sim.injectFault(satellite: 0, kind: .avionics)
        sim.advance(ticks: 20)
        let s = sim.world
        #expect(s.alarmSamples.count == AlarmParameter.count)
        func column(_ p: AlarmParameter) -> [Double] { s.samples(p).array }
        #expect(column(.modeChange)[0] == 3)
        for p in AlarmParameter.allCases where p != .modeChange { #expect(column(p)[0].isNaN) }
        let i = try #require((0..<s.count).first { s.mode[$0] != .failed && s.demand[$0] > 0 })
        #expect(column(.batterySOC)[i] == s.batterySOC[i] * 100)
        #expect(column(.acceleratorTemp)[i] == s.acceleratorTempC[i])
        #expect(column(.radiatorTemp)[i] == s.radiatorTempC[i])
        // Links lost to failures are links down, but not every link down is lost to a
        // failure (a neighbour beyond laser range is geometry).
        #expect(column(.linkLoss)[i] >= 0 && column(.linkLoss)[i] <= Double(4 - s.linksUp(i)))
        // Every neighbour of the FAILED satellite 0 within laser range (5000 km, measured
        // here from the positions) has lost that link.
        let grid = PlusGrid(planes: 6, satellitesPerPlane: 8)
        let pos = sim.world.positionKm
        let inReach = LaserDirection.allCases.compactMap { grid.neighbour(of: 0, $0) }.filter { j in
            let d = pos[0] - pos[j]
            return (d * d).sum().squareRoot() <= 5_000 && s.mode[j] != .failed
        }
        #expect(!inReach.isEmpty)
        for j in inReach { #expect(column(.linkLoss)[j] >= 1) }
        #expect(column(.modeChange)[i] == Double(s.mode[i].rawValue))
        #expect(column(.seuRate)[i] == s.seuRatePerHour[i])
        #expect(column(.groundContactLoss)[i] == s.minutesSinceContact[i])
        let shortfall = (s.demand[i] - s.utilization[i]) / s.demand[i] * 100
        #expect(abs(column(.utilizationCollapse)[i] - max(0, shortfall)) < 1e-12)
        // Bus margin: (available − demanded) / demanded, demanded = bus 1.5 kW + heaters + demand × 16.8 kW.
        // Heaters get what they ask unless energy runs short, so heaterW is their request here.
        let demandedW = 1_500 + s.heaterW[i] + s.demand[i] * 16_800
        #expect(abs(column(.busPowerMargin)[i] - (s.availableW[i] - demandedW) / demandedW * 100) < 1e-9)
    }

    /// A satellite over a station has contact; one that has none counts minutes by dt.
    @Test func groundContactMinutesCountUpBetweenContacts() {
        var sim = Simulation(scenario: SimulationFixtures.busy())
        var previous = sim.world.minutesSinceContact.array
        for _ in 0..<100 {
            sim.advance()
            for i in 0..<sim.world.count {
                if sim.world.groundContact[i] >= 0 {
                    #expect(sim.world.minutesSinceContact[i] == 0)
                } else {
                    #expect(abs(sim.world.minutesSinceContact[i] - (previous[i] + 0.5)) < 1e-12)
                }
            }
            previous = sim.world.minutesSinceContact.array
        }
        #expect(sim.world.groundContact.contains { $0 >= 0 } || previous.allSatisfy { $0 == 50 })
    }
}
