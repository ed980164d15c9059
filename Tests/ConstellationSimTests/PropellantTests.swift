import Foundation
import Testing
@testable import ConstellationSim

/// Propellant: Tsiolkovsky by hand, refusal of a burn that needs more than is left, the
/// PROPELLANT alarm, the scenario keys and the manoeuvre log.
@Suite struct PropellantTests {
    /// m_p = m0 (1 − e^(−Δv/(Isp g0))): 1,050 kg, 10 m/s, Isp 1,600 s →
    /// Isp g0 = 15,690.64 m/s, Δv/(Isp g0) = 6.37323e-4, m_p = 1050 × 6.37120e-4 = 0.668976 kg.
    @Test func tsiolkovskyMatchesTheHandComputation() {
        let p = PropulsionParameters(dryMassKg: 1000, propellantKg: 50, ispS: 1600)
        #expect(abs(p.propellantSpentKg(deltaVMS: 10, propellantLeftKg: 50) - 0.668976) < 1e-6)
        // Chemical: 500 kg wet (450 dry), Isp 220 s, 100 m/s: 100/2157.463 = 0.0463508,
        // 1 − e^(−0.0463508) = 0.0452930, × 500 = 22.6465 kg.
        let chemical = PropulsionParameters(dryMassKg: 450, propellantKg: 50, ispS: 220)
        #expect(abs(chemical.propellantSpentKg(deltaVMS: 100, propellantLeftKg: 50) - 22.6465) < 1e-3)
        // All propellant gives Isp g0 ln(1050/1000) = 15690.64 × 0.0487902 = 765.54 m/s.
        #expect(abs(p.deltaVLeftMS(propellantLeftKg: 50) - 765.54) < 0.01)
    }

    static func scenario(propellantKg: Double = 50) -> Scenario {
        var spacecraft = SpacecraftClass()
        spacecraft.propulsion = PropulsionParameters(dryMassKg: 1000, propellantKg: propellantKg, ispS: 1600)
        return SimulationFixtures.single(spacecraft)
    }

    @Test func aBurnSpendsPropellantAndIsLogged() throws {
        var sim = Simulation(scenario: Self.scenario())
        sim.advance(ticks: 3)
        #expect(sim.world.propellantKg[0] == 50)
        let burn = Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 6, 8), conjunctionWith: "25544", pcBefore: 2e-4, pcAfter: 3e-7)
        let applied = sim.apply(.manoeuvre(burn), operatorName: "op")
        #expect(applied)
        #expect(abs(sim.world.propellantKg[0] - (50 - 0.668976)) < 1e-6)
        let logged = try #require(sim.manoeuvreLog.first)
        #expect(logged.manoeuvre == burn)
        #expect(logged.simSeconds == 30)
        #expect(abs(logged.propellantSpentKg - 0.668976) < 1e-6)
    }

    @Test func aBurnNeedingMoreThanIsLeftIsRefusedAndChangesNothing() throws {
        var sim = Simulation(scenario: Self.scenario(propellantKg: 0.5))
        sim.advance()
        let before = sim.world.positionKm[0]
        // 10 m/s from 1,000.5 kg needs 1000.5 × (1 − e^(−6.373239e-4)) = 1000.5 × 6.371208e-4 = 0.637439 kg > 0.5 kg.
        #expect(throws: ManoeuvreRefusal.self) { try sim.apply(Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 10, 0))) }
        do {
            try sim.apply(Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 10, 0)))
        } catch {
            guard case .insufficientPropellant(let needed, let available) = error else {
                Issue.record("refused for \(error)")
                return
            }
            #expect(abs(needed - 0.637439) < 1e-5)
            #expect(available == 0.5)
        }
        let applied = sim.apply(.manoeuvre(Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 10, 0))), operatorName: "op")
        #expect(!applied)
        #expect(sim.world.propellantKg[0] == 0.5)
        #expect(sim.world.orbitKind[0] == .j2)
        #expect(sim.manoeuvreLog.isEmpty)
        sim.advance()
        #expect(sim.world.positionKm[0] != before)
    }

    @Test func lowPropellantRaisesTheAlarm() throws {
        var sim = Simulation(scenario: Self.scenario(propellantKg: 1))
        sim.advance()
        #expect(sim.world.samples(.propellant)[0] == 100)
        #expect(!sim.alarms.state(of: AlarmKey(satellite: 0, parameter: .propellant)).isActive)
        // 14 m/s from 1,001 kg spends 0.8928 kg: 10.7 % left, below the 20 % warning.
        try sim.apply(Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 14, 0)))
        sim.advance(ticks: 2)
        let left = sim.world.propellantKg[0]
        #expect(abs(sim.world.samples(.propellant)[0] - left * 100) < 1e-9)
        let key = AlarmKey(satellite: 0, parameter: .propellant)
        #expect(sim.alarms.state(of: key).isActive)
    }

    @Test func scenarioKeysSetThePropulsionAndAlarmLimits() throws {
        let scenario = try ScenarioFile.parse("""
            spacecraft:
              odc-sat: {dry_mass_kg: 800, propellant_kg: 20, isp_s: 220}
            shells:
              - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2}
            alarms:
              PROPELLANT: {low_warning: 30}
            """, source: "mine.yaml")
        #expect(scenario.spacecraft[0].propulsion == PropulsionParameters(dryMassKg: 800, propellantKg: 20, ispS: 220))
        #expect(scenario.spacecraft[0].limits[.propellant].lowWarning == 30)
        #expect(scenario.spacecraft[0].limits[.propellant].lowCritical == 10)
        #expect(scenarioParseMessage("""
            spacecraft:
              odc-sat: {isp_s: 0}
            shells:
              - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2}
            """).contains("isp_s"))
    }

    @Test func maneuverRowsHaveTheContractColumnsAndEmptyUnknowns() throws {
        #expect(HeadlessRun.maneuverColumns == ["time_utc", "sat", "conjunction_with", "dv_m_s", "propellant_kg",
                                                "pc_before", "pc_after"])
        let burn = ExecutedManoeuvre(simSeconds: 60, manoeuvre: Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 3, 4)),
                                     propellantSpentKg: 0.3, propellantLeftKg: 49.7)
        var text = ""
        var encoder = TelemetryEncoder(format: .csv, columns: HeadlessRun.maneuverColumns) { text += $0 }
        try encoder.append(HeadlessRun.maneuverRow("2026-06-21T00:01:00.000Z", id: "P01-S01", burn))
        var avoid = burn
        avoid.manoeuvre.conjunctionWith = "25544"
        avoid.manoeuvre.pcBefore = 1.5e-4
        avoid.manoeuvre.pcAfter = 2e-6
        try encoder.append(HeadlessRun.maneuverRow("2026-06-21T00:01:00.000Z", id: "P01-S01", avoid))
        try encoder.flush()
        #expect(text == """
            time_utc,sat,conjunction_with,dv_m_s,propellant_kg,pc_before,pc_after
            2026-06-21T00:01:00.000Z,P01-S01,,5.0000,49.7000,,
            2026-06-21T00:01:00.000Z,P01-S01,25544,5.0000,49.7000,0.00015,2e-06

            """)
    }
}
