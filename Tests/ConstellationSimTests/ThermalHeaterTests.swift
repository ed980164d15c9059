import Foundation
import Testing
@testable import ConstellationSim

@Suite struct ThermalHeaterTests {
    private let sigma = 5.670_374e-8

    /// Steps the node for `seconds` with the heater deciding each step; returns the final
    /// state and the last heater power.
    private func hold(_ p: ThermalParameters, from start: ThermalState, otherW: Double, environmentW: Double = 0,
                      dtS: Double, seconds: Double) -> (ThermalState, Double) {
        var state = start, heaterW = 0.0
        for _ in 0..<Int((seconds / dtS).rounded()) {
            heaterW = ThermalHeater.demandW(state, parameters: p, otherDissipationW: otherW,
                                            environmentAbsorbedW: environmentW, dtS: dtS)
            state = ThermalModel.step(state, parameters: p, dissipationW: otherW + heaterW,
                                      environmentAbsorbedW: environmentW, dtS: dtS)
        }
        return (state, heaterW)
    }

    /// Umbra, environment off, accelerators idle (bus 1.5 kW), default design, set point
    /// 0 °C. Hand solution of the steady state with T_a held at 273.15 K:
    ///   node → radiator:  Q = G (T_a − T_r) = 400 (273.15 − T_r)
    ///   radiator → space: Q = ε σ A T_r⁴ = 0.9 × 5.670374e-8 × 100 × T_r⁴ = 5.10334e-6 T_r⁴
    /// Bisection by hand (calculator): T_r = 234.542 K (−38.61 °C), Q = 15 443.2 W,
    /// so the heater supplies 15 443.2 − 1 500 = 13 943.2 W.
    @Test(arguments: [10.0, 60.0, 600.0])
    func idleNodeInUmbraIsHeldAtTheSetPointWithTheHandComputedPower(dtS: Double) {
        let p = ThermalParameters()
        let radiatorK = 234.542
        // The hand root satisfies both equations (residual < 1 W of 15 kW).
        #expect(abs(400 * (273.15 - radiatorK) - 0.9 * sigma * 100 * pow(radiatorK, 4)) < 1)
        let (state, heaterW) = hold(p, from: ThermalState(acceleratorC: 20, radiatorC: 20), otherW: 1_500,
                                    dtS: dtS, seconds: 12 * 3600)
        #expect(abs(state.acceleratorC - 0) < 1e-6)
        #expect(abs(state.radiatorK - radiatorK) < 0.01)
        #expect(abs(heaterW - 13_943.2) < 1)
    }

    /// The same hold at a −20 °C set point (T_a = 253.15 K): 400 (253.15 − T_r) =
    /// 5.10334e-6 T_r⁴ gives T_r = 222.103 K and Q = 12 418.7 W, heater 10 918.7 W.
    @Test func theSetPointIsTheScenarioValue() {
        let p = ThermalParameters(heaterSetpointC: -20)
        let (state, heaterW) = hold(p, from: ThermalState(acceleratorC: 20, radiatorC: 20), otherW: 1_500,
                                    dtS: 10, seconds: 12 * 3600)
        #expect(abs(state.acceleratorC + 20) < 1e-6)
        #expect(abs(state.radiatorK - 222.103) < 0.01)
        #expect(abs(heaterW - 10_918.7) < 1)
    }

    /// Whenever the heater is neither off nor saturated, the step ends exactly at the set
    /// point, whatever the step length (the inverse of the implicit step is exact).
    @Test(arguments: [1.0, 10.0, 3600.0])
    func anUnsaturatedHeaterEndsTheStepAtTheSetPoint(dtS: Double) {
        let p = ThermalParameters(heaterSetpointC: 5, heaterMaxW: 1e7)  // a rating that never binds
        let start = ThermalState(acceleratorC: -30, radiatorC: -60)
        let heaterW = ThermalHeater.demandW(start, parameters: p, otherDissipationW: 1_500,
                                            environmentAbsorbedW: 2_000, dtS: dtS)
        #expect(heaterW > 0 && heaterW < p.heaterMaxW)
        let end = ThermalModel.step(start, parameters: p, dissipationW: 1_500 + heaterW,
                                    environmentAbsorbedW: 2_000, dtS: dtS)
        #expect(abs(end.acceleratorC - 5) < 1e-9)
    }

    /// Above the set point the heater is off. Full load (18.3 kW) in eclipse settles at
    /// 43 °C (ThermalParameters docs); an idle node at 30 °C / radiator 20 °C loses at most
    /// G ΔT dt / C_a = 400 × 10 × 10 / 60 000 = 0.67 K in a 10 s step, so it stays far above 0 °C.
    @Test func heaterIsOffWhenTheNodeIsAboveTheSetPoint() {
        let p = ThermalParameters()
        let hot = ThermalModel.steadyState(parameters: p, dissipationW: 18_300, environmentAbsorbedW: 9_000)
        #expect(hot.acceleratorC > 30)
        #expect(ThermalHeater.demandW(hot, parameters: p, otherDissipationW: 18_300, environmentAbsorbedW: 9_000,
                                      dtS: 10) == 0)
        let warm = ThermalState(acceleratorC: 30, radiatorC: 20)
        #expect(ThermalHeater.demandW(warm, parameters: p, otherDissipationW: 1_500, environmentAbsorbedW: 0,
                                      dtS: 10) == 0)
        #expect(ThermalHeater.steadyStateW(parameters: p, otherDissipationW: 18_300, environmentAbsorbedW: 9_000) == 0)
    }

    /// A 5 kW heater cannot hold 0 °C (13.9 kW needed): it runs flat out and the node
    /// settles where 1.5 + 5 = 6.5 kW balances: T_r = (6500 / 5.10334e-6)^¼ = 188.914 K,
    /// T_a = T_r + 6500 / 400 = 205.164 K. heater_max_w = 0 means no heater at all.
    @Test func heaterIsBoundedByItsRating() {
        let p = ThermalParameters(heaterMaxW: 5_000)
        let (state, heaterW) = hold(p, from: ThermalState(acceleratorC: 20, radiatorC: 20), otherW: 1_500,
                                    dtS: 10, seconds: 24 * 3600)
        #expect(heaterW == 5_000)
        #expect(abs(state.radiatorK - 188.914) < 0.01)
        #expect(abs(state.acceleratorK - 205.164) < 0.01)
        let none = ThermalParameters(heaterMaxW: 0)
        let cold = ThermalState(acceleratorC: -50, radiatorC: -60)
        #expect(ThermalHeater.demandW(cold, parameters: none, otherDissipationW: 0, environmentAbsorbedW: 0, dtS: 10) == 0)
    }

    /// The steady hold used to start satellites gives the same hand numbers: 13 943.2 W.
    @Test func steadyStateHeaterMatchesTheHandSolution() {
        let w = ThermalHeater.steadyStateW(parameters: ThermalParameters(), otherDissipationW: 1_500,
                                           environmentAbsorbedW: 0)
        #expect(abs(w - 13_943.2) < 1)
    }

    /// Compute heat counts towards the set point. Spare 10 kW after the bus with 3.5 kW
    /// needed above the bus: all 10 kW may go to compute (heater + compute ≤ max(A, 3.5 kW)).
    /// Spare 3 kW with 8.5 kW needed and a 2 kW heater: heaters first, compute gets 1 kW.
    @Test func acceleratorAllowanceLeavesRoomForTheHeaters() {
        #expect(ThermalHeater.acceleratorAllowanceW(spareW: 10_000, holdingW: 5_000, busW: 1_500, heaterMaxW: 14_000)
                == 10_000)
        #expect(ThermalHeater.acceleratorAllowanceW(spareW: 3_000, holdingW: 10_000, busW: 1_500, heaterMaxW: 2_000)
                == 1_000)
        #expect(ThermalHeater.acceleratorAllowanceW(spareW: 3_000, holdingW: 10_000, busW: 1_500, heaterMaxW: 0)
                == 3_000)
    }

    /// The scenario file reads and validates the heater keys.
    @Test func scenarioKeysAreReadAndValidated() throws {
        func yaml(_ keys: String) -> String {
            "spacecraft:\n  odc-sat:\n\(keys)\nshells:\n  - name: s1\n    spacecraft: odc-sat\n    altitude_km: 550\n    inclination_deg: 53\n    planes: 1\n    per_plane: 1\n"
        }
        let s = try ScenarioFile.parse(yaml("    heater_setpoint_c: -15\n    heater_max_w: 2500"), source: "h.yaml")
        #expect(s.spacecraft[0].thermal.heaterSetpointC == -15)
        #expect(s.spacecraft[0].thermal.heaterMaxW == 2_500)
        #expect(throws: ScenarioFileError.self) { try ScenarioFile.parse(yaml("    heater_max_w: -1"), source: "h.yaml") }
        #expect(throws: ScenarioFileError.self) {
            try ScenarioFile.parse(yaml("    heater_setpoint_c: 95"), source: "h.yaml")
        }
    }
}
