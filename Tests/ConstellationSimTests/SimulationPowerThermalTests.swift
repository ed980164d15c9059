import Foundation
import Testing
@testable import ConstellationSim

@Suite struct SimulationPowerThermalTests {
    /// Over two orbits, the battery's energy change equals the hand sum of the bus flows:
    /// each tick ΔE = net × η_c × dt/3600 when charging (net > 0) and net / η_d × dt/3600
    /// when discharging; and whenever the battery is neither full nor at its floor the bus
    /// balances: net = array − load (nothing curtailed).
    @Test func batteryEnergyEqualsTheHandSummedFlowsOverAnOrbit() {
        var sim = Simulation(scenario: SimulationFixtures.single())
        let p = BatteryParameters()
        let dt = 10.0
        let start = sim.world.battery[0].energyWh
        var expected = start
        var balanced = 0
        for _ in 0..<(2 * 5_760 / 10) {
            let before = sim.world.battery[0].energyWh
            sim.advance()
            let net = sim.world.netPowerW[0]
            expected += net > 0 ? net * 0.95 * dt / 3600 : net / 0.95 * dt / 3600
            let after = sim.world.battery[0].energyWh
            if after < p.capacityWh - 1e-6 && before < p.capacityWh - 1e-6 && after > p.floorWh + 1e-6 {
                #expect(abs(net - (sim.world.solarW[0] - sim.world.loadW[0])) < 1e-6)
                balanced += 1
            }
        }
        #expect(balanced > 100)
        #expect(abs(sim.world.battery[0].energyWh - expected) < 1e-6 * p.capacityWh)
    }

    /// In umbra the satellite discharges at load / η_d (hand: ΔE per 10 s tick =
    /// load × 10/3600 / 0.95 Wh) and its SOC falls; back in full sun the SOC rises again.
    @Test func eclipseDischargesAndSunlightRecharges() throws {
        var sim = Simulation(scenario: SimulationFixtures.single())
        var socInEclipse: [Double] = [], sawEclipse = false, recovered = false
        for _ in 0..<(2 * 576) {
            let before = sim.world.battery[0].energyWh
            sim.advance()
            let s = sim.world
            if s.litFraction[0] == 0 {
                sawEclipse = true
                let drawnWh = s.loadW[0] * 10 / 3600 / 0.95
                #expect(abs((before - s.battery[0].energyWh) - drawnWh) < 1e-9 * drawnWh + 1e-9)
                socInEclipse.append(s.batterySOC[0])
            } else if sawEclipse && s.litFraction[0] == 1 && s.batterySOC[0] < 1 {
                #expect(s.battery[0].energyWh > before)
                recovered = true
            }
        }
        #expect(sawEclipse)
        #expect(recovered)
        #expect(try #require(socInEclipse.min()) < 0.95)
        #expect(zip(socInEclipse, socInEclipse.dropFirst()).filter { $0.1 > $0.0 }.count <= 1) // one eclipse boundary
    }

    /// A radiator-loop failure (1 of 4) removes a quarter of the radiator area and of the
    /// conductance. With the environment off and a constant 18.3 kW load, both twins settle
    /// on the analytic steady state ε σ A T_r⁴ = Q, T_a = T_r + Q/G:
    /// unfaulted A = 100 m², G = 400 W/K: T_r = (18300 / (0.9 σ 100))^¼ = 244.7 K, T_a = 290.5 K;
    /// faulted A = 75 m², G = 300 W/K: T_r = 263.0 K, T_a = 324.0 K.
    /// The twin's 17 °C is inside the louver band, so both fly a fixed radiator (closed
    /// emissivity = open): the analytic values hold for a constant ε.
    @Test func scriptedRadiatorLoopFaultHeatsTheSatelliteAboveItsTwin() {
        let sigma = 5.670374e-8, q = 18_300.0
        let fault = ScriptedFault(atSimSeconds: 600, satellite: "P01-S01", kind: .radiatorLoop)
        let fixed = SimulationHeaterTests.fixedRadiator
        var faulted = Simulation(scenario: SimulationFixtures.single(fixed, environment: .allOff, scripted: [fault]))
        var twin = Simulation(scenario: SimulationFixtures.single(fixed, environment: .allOff))
        // A fault at 600 s belongs to the tick [600 s, 610 s): visible at 610 s, not at 600 s.
        faulted.advance(ticks: 60)
        #expect(faulted.world.faults[0].failedRadiatorLoops == 0)
        faulted.advance()
        #expect(faulted.world.faults[0].failedRadiatorLoops == 1)
        faulted.advance(ticks: 6 * 360 - 61)
        twin.advance(ticks: 6 * 360)
        #expect(faulted.world.loadW[0] == q && twin.world.loadW[0] == q)
        let twinR = pow(q / (0.9 * sigma * 100), 0.25), twinA = twinR + q / 400
        let faultR = pow(q / (0.9 * sigma * 75), 0.25), faultA = faultR + q / 300
        #expect(abs(twin.world.thermal[0].radiatorK - twinR) < 0.05)
        #expect(abs(twin.world.thermal[0].acceleratorK - twinA) < 0.05)
        #expect(abs(faulted.world.thermal[0].radiatorK - faultR) < 0.05)
        #expect(abs(faulted.world.thermal[0].acceleratorK - faultA) < 0.05)
        #expect(faulted.world.mode[0] == .degraded)
        #expect(faulted.world.modeState[0].cause == .radiatorLoopFailed)
    }

    /// A satellite with a 2 kWh battery (floor 20 %, 2 C = 4 kW) cannot carry 18.3 kW
    /// through eclipse. At the first umbra tick the scheduler grants what the battery can
    /// give after the 1.5 kW bus: (4000 − 1500) / 16800 = 0.14881 (limit: power), mode
    /// still NOMINAL; only later, with the battery at its floor, does it go SAFE.
    @Test func energyShortSatelliteShedsComputeBeforeGoingSafe() throws {
        var spacecraft = SpacecraftClass()
        spacecraft.power.battery = BatteryParameters(capacityWh: 2_000, maxCRate: 2, minStateOfCharge: 0.2)
        var sim = Simulation(scenario: SimulationFixtures.single(spacecraft))
        var firstShed: UInt64?, firstSafe: UInt64?
        for _ in 0..<(2 * 576) {
            sim.advance()
            let s = sim.world
            if firstShed == nil && s.litFraction[0] == 0 {
                firstShed = sim.tick
                #expect(abs(s.utilization[0] - 2_500.0 / 16_800) < 1e-9)
                #expect(s.schedulingLimit[0] == UInt8(SchedulingLimit.power.rawValue))
                #expect(s.mode[0] == .nominal)
            }
            if firstSafe == nil && s.mode[0] == .safe {
                firstSafe = sim.tick
                #expect(s.modeState[0].cause == .energyShort)
            }
        }
        let shed = try #require(firstShed), safe = try #require(firstSafe)
        #expect(shed < safe)
        // In SAFE no compute is granted.
        #expect(sim.world.mode[0] != .safe || sim.world.utilization[0] == 0)
    }
}
