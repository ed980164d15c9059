import Foundation
import Testing
@testable import ConstellationSim

/// A small scenario so host tests run in milliseconds.
let tinyScenario = Scenario(
    name: "tiny", epoch: JulianDate(year: 2026, month: 1, day: 1), dtSeconds: 10, seed: 1,
    shells: [ShellDesign(WalkerShell(name: "t", altitudeKm: 550, inclinationDeg: 53, planes: 3, perPlane: 4, phasing: 1))])

/// Polls `condition` until it holds or `seconds` pass.
func eventually(within seconds: Double = 5, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.005)
    }
    return condition()
}

@Suite struct EngineHostTests {
    @Test func stepRunsExactlyTheRequestedTicksWhilePaused() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: true)
        host.start()
        host.send(.step(1))
        #expect(host.inspect { $0.tick } == 1)
        #expect(host.inspect { $0.simSeconds } == 10)
        host.send(.step(5))
        #expect(host.inspect { $0.tick } == 6)
        #expect(host.inspect { $0.time } == tinyScenario.epoch.adding(seconds: 60))
    }

    @Test func pausedHostRunsNoTicks() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: true, speed: .max)
        host.start()
        Thread.sleep(forTimeInterval: 0.2)
        #expect(host.inspect { $0.tick } == 0)
    }

    @Test func pauseStopsTheClock() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: false, speed: .max)
        host.start()
        #expect(eventually { host.inspect { $0.tick } > 100 })
        host.send(.pause)
        let frozen = host.inspect { $0.tick }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(host.inspect { $0.tick } == frozen)
        #expect(host.latestSnapshot().snapshot?.runState == .paused)
    }

    @Test func stepWhileRunningIsRefusedAndJournaled() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: false, speed: .multiple(1))
        host.start()
        host.send(.step(3))
        let journal = host.commandJournal()
        #expect(journal.count == 1)
        #expect(journal[0].command == .step(3))
        #expect(journal[0].applied == false)
    }

    @Test func commandsAreStampedWithTheirEffectiveTick() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: true)
        host.start()
        host.send(.step(4))
        host.send(.speedUp)
        let journal = host.commandJournal()
        // The step took effect at the start of tick 1; the speed change at the start of tick 5.
        #expect(journal.map(\.tick) == [1, 5])
        #expect(journal[0].simSeconds == 0)
        #expect(journal[1].simSeconds == 40)
    }

    @Test(arguments: [SimulationSpeed.max, .multiple(10_000), .multiple(2_000)])
    func historyDoesNotDependOnSpeed(speed: SimulationSpeed) {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: false, speed: speed)
        host.start()
        #expect(eventually { host.inspect { $0.tick } >= 30 })
        host.send(.pause)
        let (tick, positions) = host.inspect { ($0.tick, $0.world.positionKm) }
        var reference = Simulation(scenario: tinyScenario)
        for _ in 0..<tick { reference.advance() }
        #expect(reference.world.positionKm == positions)
    }

    @Test func realTimeMultipleIsPacedByTheClock() {
        // ×1000 with dt = 10 s is 100 ticks per wall second.
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: false, speed: .multiple(1000))
        host.start()
        Thread.sleep(forTimeInterval: 1.0)
        host.send(.pause)
        let ticks = host.inspect { $0.tick }
        #expect(ticks >= 50 && ticks <= 130)
    }

    @Test func snapshotCarriesTheRequestedRows() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: true)
        host.setView(ViewRequest(firstRow: 4, rowCount: 3, selected: 5))
        host.start()
        #expect(eventually { host.latestSnapshot().snapshot?.firstRow == 4 })
        let snapshot = host.latestSnapshot().snapshot
        #expect(snapshot?.rows.map(\.id) == ["P02-S01", "P02-S02", "P02-S03"])
        #expect(snapshot?.selected?.id == "P02-S02")
        #expect(snapshot?.satelliteCount == 12)
    }
}

@Suite struct SimulationSpeedTests {
    @Test func ladderStepsUpAndDown() {
        #expect(SimulationSpeed.multiple(1).faster == .multiple(2))
        #expect(SimulationSpeed.multiple(10_000).faster == .max)
        #expect(SimulationSpeed.max.faster == .max)
        #expect(SimulationSpeed.max.slower == .multiple(10_000))
        #expect(SimulationSpeed.multiple(1).slower == .multiple(1))
        #expect(SimulationSpeed.multiple(3).slower == .multiple(2))
    }
}

@Suite struct SimulationTests {
    @Test func geodeticOutputAgreesWithTheInertialState() {
        var simulation = Simulation(scenario: tinyScenario)
        simulation.advance(ticks: 37)
        let gmst = greenwichMeanSiderealTime(simulation.time.value)
        for i in 0..<simulation.fleet.count {
            let g = Geodetic(earthFixed: inertialToEarthFixed(simulation.world.positionKm[i], gmst: gmst))
            #expect(g.latitudeDeg == simulation.world.latitudeDeg[i])
            // A circular 550 km orbit sits 550–571 km above the ellipsoid (flattening).
            #expect(simulation.world.altitudeKm[i] > 549 && simulation.world.altitudeKm[i] < 572)
            #expect(abs(simulation.world.latitudeDeg[i]) <= 53.2)
        }
    }
}
