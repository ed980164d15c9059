import Foundation
import Testing
@testable import ConstellationSim

/// The louvered radiator: its control law against hand values, and in the tick.
@Suite struct VariableRadiatorTests {
    let p = ThermalParameters()

    /// Linear band 10 → 25 °C: closed at and below 10, open at and above 25, half at 17.5.
    @Test(arguments: [(5.0, 0.0), (10.0, 0.0), (17.5, 0.5), (22.0, 0.8), (25.0, 1.0), (60.0, 1.0)])
    func targetFollowsTheBand(acceleratorC: Double, expected: Double) {
        #expect(abs(VariableRadiator.targetOpenFraction(acceleratorC: acceleratorC, parameters: p) - expected) < 1e-12)
    }

    /// A fixed radiator (closed emissivity = open) never closes.
    @Test func fixedRadiatorStaysOpen() {
        var fixed = p
        fixed.closedEmissivity = fixed.emissivity
        #expect(!fixed.isVariableRadiator)
        #expect(VariableRadiator.targetOpenFraction(acceleratorC: -30, parameters: fixed) == 1)
        #expect(VariableRadiator.applied(fixed, openFraction: 0).emissivity == 0.9)
    }

    /// First-order lag: one time constant from closed towards open reaches 1 − 1/e =
    /// 0.632 120 6; two half steps give the same (exact for a held target); τ = 0 jumps.
    @Test func actuatorLagIsExactFirstOrder() {
        let one = VariableRadiator.step(openFraction: 0, acceleratorC: 40, parameters: p, dtS: 300)
        #expect(abs(one - 0.632_120_558_8) < 1e-9)
        let half = VariableRadiator.step(openFraction: 0, acceleratorC: 40, parameters: p, dtS: 150)
        let two = VariableRadiator.step(openFraction: half, acceleratorC: 40, parameters: p, dtS: 150)
        #expect(abs(two - one) < 1e-12)
        var instant = p
        instant.louverTimeConstantS = 0
        #expect(VariableRadiator.step(openFraction: 0, acceleratorC: 17.5, parameters: instant, dtS: 1) == 0.5)
    }

    /// Emissivity spans 0.15 closed … 0.9 open: open rejects 6× closed (Gilmore ch. 9).
    @Test func emissivitySpansTheLimits() {
        #expect(abs(VariableRadiator.effectiveEmissivity(openFraction: 0, parameters: p) - 0.15) < 1e-15)
        #expect(abs(VariableRadiator.effectiveEmissivity(openFraction: 1, parameters: p) - 0.9) < 1e-15)
        #expect(abs(VariableRadiator.effectiveEmissivity(openFraction: 0.5, parameters: p) - 0.525) < 1e-15)
    }

    /// Idle, environment off: the node cools below 10 °C, the louvers close fully and the
    /// heater holds 0 °C. Hand calculation at ε = 0.15 (ε σ A = 8.505 561e-7 W/K⁴):
    /// 8.505 561e-7 T_r⁴ + 400 T_r = 400 × 273.15 → T_r = 262.9797 K, node input
    /// 400 × 10.1703 = 4 068.1 W, heater = 4 068.1 − 1 500 (bus) = 2 568.1 W
    /// (13 943 W with the fixed radiator: SimulationHeaterTests).
    @Test func idleSatelliteClosesTheLouversBeforeHeating() {
        var sim = Simulation(scenario: SimulationFixtures.single(constantUtilization: 0, environment: .allOff))
        sim.advance(ticks: 6 * 360)
        let s = sim.world
        #expect(s.radiatorOpenFraction[0] < 1e-12)  // e^(−dt/τ) decay: never exactly 0
        #expect(abs(s.acceleratorTempC[0]) < 1e-6)
        #expect(abs(s.heaterW[0] - 2_568.1) < 1)
        #expect(abs(s.thermal[0].radiatorK - 262.9797) < 0.01)
    }

    /// At full load (18.3 kW) the node runs far above 25 °C: the louvers stay fully open
    /// and the radiator behaves as the fixed one.
    @Test func fullLoadKeepsTheLouversOpen() {
        var sim = Simulation(scenario: SimulationFixtures.single())
        for _ in 0..<576 {
            sim.advance()
            #expect(sim.world.radiatorOpenFraction[0] > 1 - 1e-6)  // the initial bisection stops at 1e-9
            #expect(sim.world.heaterW[0] == 0)
        }
    }

    /// Scenario keys parse, and closed emissivity above the open one is refused naming the key.
    @Test func scenarioKeys() throws {
        func yaml(_ keys: String) -> String {
            "spacecraft:\n  odc-sat:\n\(keys)\nshells:\n  - name: s1\n    spacecraft: odc-sat\n    altitude_km: 550\n"
                + "    inclination_deg: 53\n    planes: 1\n    per_plane: 1\n"
        }
        let s = try ScenarioFile.parse(yaml("    radiator_emissivity_closed: 0.2\n    louver_closed_c: 5\n"
            + "    louver_open_c: 20\n    louver_time_constant_s: 60"), source: "l.yaml")
        let t = s.spacecraft[0].thermal
        #expect(t.closedEmissivity == 0.2 && t.louverClosedC == 5 && t.louverOpenC == 20 && t.louverTimeConstantS == 60)
        do {
            _ = try ScenarioFile.parse(yaml("    radiator_emissivity: 0.5\n    radiator_emissivity_closed: 0.6"), source: "l.yaml")
            Issue.record("closed emissivity above open was accepted")
        } catch {
            #expect("\(error)".contains("radiator_emissivity_closed"))
        }
        #expect(throws: ScenarioFileError.self) {
            try ScenarioFile.parse(yaml("    louver_closed_c: 30\n    louver_open_c: 20"), source: "l.yaml")
        }
    }
}
