import Foundation
import Testing
@testable import ConstellationSim

@Suite struct ThermalTests {
    private let sigma = 5.670_374e-8

    /// Runs `seconds` of constant inputs in steps of `dtS`, returning every state.
    private func run(_ p: ThermalParameters, from start: ThermalState, dissipationW: Double,
                     environmentW: Double, dtS: Double, seconds: Double) -> [ThermalState] {
        var states = [start]
        var state = start
        for _ in 0..<Int((seconds / dtS).rounded()) {
            state = ThermalModel.step(state, parameters: p, dissipationW: dissipationW,
                                      environmentAbsorbedW: environmentW, dtS: dtS)
            states.append(state)
        }
        return states
    }

    @Test func radiatorSettlesWhereEmissionEqualsDissipation() {
        // Environment off, Q = 18 300 W into the default design (ε 0.9, two faces of 50 m²):
        // ε σ A T⁴ = Q ⇒ T_r = (18 300 / (0.9 × 5.670374e-8 × 100))^¼ = 244.70 K,
        // and T_a = T_r + Q / G = 244.70 + 18 300 / 400 = 290.45 K.
        let p = ThermalParameters()
        let q = 18_300.0
        let radiatorK = (q / (0.9 * sigma * 100)).squareRoot().squareRoot()
        let environment = p.environmentAbsorbedW(
            RadiantEnvironment(litFraction: 1, solarFluxWm2: 1361, cosSunZenith: 1, albedoFluxWm2: 346, earthIRFluxWm2: 201),
            switches: .allOff
        )
        #expect(environment == 0)
        let final = run(p, from: ThermalState(acceleratorC: 20, radiatorC: 20), dissipationW: q,
                        environmentW: environment, dtS: 10, seconds: 20_000).last ?? ThermalState(acceleratorK: 0, radiatorK: 0)
        #expect(abs(final.radiatorK - radiatorK) < 0.5)
        #expect(abs(final.acceleratorK - (radiatorK + q / 400)) < 0.5)
    }

    /// REFERENCE.md, single-sided rejection at ε = 0.9: 0 °C 284 W/m², 20 °C 377,
    /// 40 °C 491, 60 °C 629, 80 °C 794.
    @Test(arguments: [(0.0, 284.0), (20.0, 377.0), (40.0, 491.0), (60.0, 629.0), (80.0, 794.0)])
    func rejectionMatchesTheReferenceTable(celsius: Double, wattsPerM2: Double) {
        let plate = ThermalParameters(radiatorAreaM2: 1, radiatingSides: 1, emissivity: 0.9)
        let kelvin = celsius + 273.15
        #expect(abs(plate.radiativeCoefficientWPerK4 * pow(kelvin, 4) - wattsPerM2) < 1)
        // And back: dissipating the tabulated flux settles the plate at the tabulated
        // temperature (±0.5 W/m² of rounding ≈ ±0.1 K).
        let settled = ThermalModel.steadyState(parameters: plate, dissipationW: wattsPerM2, environmentAbsorbedW: 0)
        #expect(abs(settled.radiatorC - celsius) < 0.1)
    }

    @Test(arguments: [(ThermalState(acceleratorC: -60, radiatorC: -80), "cold"), (ThermalState(acceleratorC: 150, radiatorC: 120), "hot")])
    func oneSecondAndTenMinuteStepsReachTheSameSteadyStateWithoutOscillating(start: ThermalState, label: String) {
        let p = ThermalParameters()
        let q = 18_300.0, environmentW = 12_000.0
        let fine = run(p, from: start, dissipationW: q, environmentW: environmentW, dtS: 1, seconds: 20_000)
        let coarse = run(p, from: start, dissipationW: q, environmentW: environmentW, dtS: 600, seconds: 20_400)
        let huge = run(p, from: start, dissipationW: q, environmentW: environmentW, dtS: 86_400, seconds: 86_400 * 3)
        // Independent steady state: ε σ A T_r⁴ = Q + Q_env, T_a = T_r + Q/G.
        let radiatorK = ((q + environmentW) / (0.9 * sigma * 100)).squareRoot().squareRoot()
        for states in [fine, coarse, huge] {
            let last = states[states.count - 1]
            #expect(abs(last.radiatorK - radiatorK) < 0.01, "\(label)")
            #expect(abs(last.acceleratorK - (radiatorK + q / 400)) < 0.01, "\(label)")
            // No NaN, and the radiator approaches monotonically from its side (no overshoot).
            let rising = start.radiatorK < radiatorK
            for (a, b) in zip(states, states.dropFirst()) {
                #expect(b.radiatorK.isFinite && b.acceleratorK.isFinite)
                #expect(rising ? b.radiatorK >= a.radiatorK - 1e-9 : b.radiatorK <= a.radiatorK + 1e-9, "\(label)")
                #expect(rising ? b.radiatorK <= radiatorK + 1e-6 : b.radiatorK >= radiatorK - 1e-6, "\(label)")
            }
        }
    }

    @Test func twoNodeDifferenceIsDissipationOverConductance() {
        // Steady state with environment on: T_a − T_r = Q / G exactly, and the radiator
        // emits everything it receives: ε σ A T_r⁴ = Q + Q_env.
        let p = ThermalParameters(conductanceWPerK: 250)
        let q = 10_000.0, environmentW = 9_000.0
        let s = ThermalModel.steadyState(parameters: p, dissipationW: q, environmentAbsorbedW: environmentW)
        #expect(abs((s.acceleratorK - s.radiatorK) - q / 250) < 1e-6)
        #expect(abs(0.9 * sigma * 100 * pow(s.radiatorK, 4) - (q + environmentW)) < 1e-6)
        let stepped = run(p, from: ThermalState(acceleratorC: 0, radiatorC: 0), dissipationW: q,
                          environmentW: environmentW, dtS: 30, seconds: 30_000).last ?? s
        #expect(abs((stepped.acceleratorK - stepped.radiatorK) - q / 250) < 0.01)
    }

    @Test func environmentInputsAtOrbitNoonAndSwitches() {
        // 550 km, orbit noon, S = 1361 W/m²: albedo 346.05 W/m², IR 200.86 W/m² (see
        // EarthRadiationTests). Default radiator: solar 0.2 × 5 m² × 1361 = 1361 W,
        // albedo 0.2 × 50 × 346.05 = 3460.5 W, IR 0.9 × 50 × 200.86 = 9038.7 W.
        let p = ThermalParameters()
        let noon = RadiantEnvironment(litFraction: 1, solarFluxWm2: 1361, cosSunZenith: 1,
                                      albedoFluxWm2: 346.05, earthIRFluxWm2: 200.86)
        #expect(abs(p.environmentAbsorbedW(noon, switches: EnvironmentSwitches(albedo: false, earthIR: false)) - 1361) < 1e-9)
        #expect(abs(p.environmentAbsorbedW(noon, switches: EnvironmentSwitches(earthIR: false, solarHeating: false)) - 3460.5) < 1e-9)
        #expect(abs(p.environmentAbsorbedW(noon, switches: EnvironmentSwitches(albedo: false, solarHeating: false)) - 9038.7) < 1e-9)
        #expect(abs(p.environmentAbsorbedW(noon) - (1361 + 3460.5 + 9038.7)) < 1e-9)
        var eclipse = noon
        eclipse.litFraction = 0
        eclipse.albedoFluxWm2 = 0
        #expect(abs(p.environmentAbsorbedW(eclipse) - 9038.7) < 1e-9)
    }

    @Test func throttleFactorFallsLinearlyFromThrottleToShutdown() {
        let p = ThermalParameters(throttleC: 90, shutdownC: 105)
        let cool = ThermalModel.status(ThermalState(acceleratorC: 80, radiatorC: 20), parameters: p)
        #expect(cool.throttleFactor == 1 && !cool.isThrottling && !cool.isShutdown && abs(cool.headroomK - 10) < 1e-9)
        let warm = ThermalModel.status(ThermalState(acceleratorC: 97.5, radiatorC: 40), parameters: p)
        #expect(abs(warm.throttleFactor - 0.5) < 1e-9 && warm.isThrottling && !warm.isShutdown)
        let hot = ThermalModel.status(ThermalState(acceleratorC: 105, radiatorC: 60), parameters: p)
        #expect(hot.throttleFactor == 0 && hot.isShutdown)
    }

    @Test(arguments: [10.0, 600.0])
    func maxDissipationBringsTheAcceleratorsExactlyToTheLimit(dtS: Double) {
        // A hot radiator (degraded design: 15 m², one face) so the limit binds.
        let p = ThermalParameters(radiatorAreaM2: 15, radiatingSides: 1)
        let start = ThermalState(acceleratorC: 85, radiatorC: 45)
        let environmentW = 3_000.0
        let limit = ThermalModel.maxDissipationW(start, parameters: p, environmentAbsorbedW: environmentW,
                                                 dtS: dtS, limitC: p.throttleC)
        let next = ThermalModel.step(start, parameters: p, dissipationW: limit, environmentAbsorbedW: environmentW, dtS: dtS)
        #expect(abs(next.acceleratorC - p.throttleC) < 1e-6)
        let over = ThermalModel.step(start, parameters: p, dissipationW: limit + 100, environmentAbsorbedW: environmentW, dtS: dtS)
        #expect(over.acceleratorC > p.throttleC)
        // Held at the limit for ever, the budget tends to the steady one solved by hand:
        // T_a = 90 °C = T_r + Q/G and ε σ A T_r⁴ = Q + 3000.
        var state = start
        var q = 0.0
        for _ in 0..<2_000 {
            q = ThermalModel.maxDissipationW(state, parameters: p, environmentAbsorbedW: environmentW, dtS: dtS, limitC: p.throttleC)
            state = ThermalModel.step(state, parameters: p, dissipationW: q, environmentAbsorbedW: environmentW, dtS: dtS)
        }
        let radiatorK = 363.15 - q / 400
        #expect(abs(0.9 * sigma * 15 * pow(radiatorK, 4) - (q + environmentW)) < 1)
    }

    @Test func orbitingDefaultSatelliteStaysBetweenEclipseAndNoonEquilibria() {
        // Default design, 18.3 kW, 550 km, β = 0. The radiator's environmental input runs
        // from eclipse (IR only, 0.9 × 50 × 200.86 = 9038.7 W) to noon (+ albedo 3460.5 W
        // + sun 1361 W = 13 860.2 W). Steady states solved by hand,
        // T_r = ((18 300 + Q_env) / (0.9 σ 100))^¼: −2.61 °C and 8.60 °C; T_a = T_r + 45.75 K.
        // A lagging system driven between two inputs stays between their equilibria.
        let p = ThermalParameters()
        let q = 18_300.0
        let sun = SunPosition(positionKm: CircularOrbitFixture.sunOnXKm, direction: SIMD3(1, 0, 0), distanceAU: 1,
                              eclipticLongitudeRad: 0, rightAscensionRad: 0, declinationRad: 0)
        let period = CircularOrbitFixture.periodS(altitudeKm: 550)
        var state = ThermalState(acceleratorC: 48, radiatorC: 3)
        var (lowest, highest) = (Double.infinity, -Double.infinity)
        var t = 0.0
        while t < 4 * period {
            let r = CircularOrbitFixture.position(altitudeKm: 550, betaRad: 0, uRad: 2 * Double.pi * t / period)
            let environmentW = p.environmentAbsorbedW(RadiantEnvironment(satelliteKm: r, sun: sun))
            state = ThermalModel.step(state, parameters: p, dissipationW: q, environmentAbsorbedW: environmentW, dtS: 10)
            lowest = min(lowest, state.radiatorC)
            highest = max(highest, state.radiatorC)
            #expect(state.acceleratorC - state.radiatorC < 45.75 + 5)
            t += 10
        }
        #expect(lowest > -2.62 && highest < 8.61)
        #expect(highest - lowest > 2)  // it does swing with the orbit
    }

    @Test func schedulerUsingTheThermalBudgetNeverOvershootsAtTenMinuteSteps() {
        // An undersized radiator (15 m², one face) and full demand: granting
        // min(1, (budget − bus) / full power) each 600 s step must hold the accelerators at
        // or below 90 °C with a utilization that settles instead of swinging.
        let p = ThermalParameters(radiatorAreaM2: 15, radiatingSides: 1)
        let power = PowerParameters()
        var state = ThermalState(acceleratorC: 40, radiatorC: 0)
        var utilizations: [Double] = []
        for _ in 0..<60 {
            let budgetW = ThermalModel.maxDissipationW(state, parameters: p, environmentAbsorbedW: 2_000, dtS: 600, limitC: p.throttleC)
            let utilization = min(1, max(0, (budgetW - power.busLoadW) / power.fullAcceleratorPowerW))
            utilizations.append(utilization)
            state = ThermalModel.step(state, parameters: p, dissipationW: power.busLoadW + utilization * power.fullAcceleratorPowerW,
                                      environmentAbsorbedW: 2_000, dtS: 600)
            #expect(state.acceleratorC <= p.throttleC + 1e-6)
        }
        #expect(utilizations[0] == 1)
        #expect(utilizations[59] < 1)
        // Once throttling starts, the grant only decreases (no limit cycle).
        let firstCut = utilizations.firstIndex { $0 < 1 } ?? 0
        for (a, b) in zip(utilizations[firstCut...], utilizations[(firstCut + 1)...]) { #expect(b <= a + 1e-9) }
    }

    @Test func defaultsAreValidAndBadValuesAreNamed() {
        #expect(ThermalParameters().validationIssues.isEmpty)
        let bad = ThermalParameters(conductanceWPerK: 0, radiatingSides: 3, throttleC: 110, shutdownC: 105)
        #expect(bad.validationIssues.count == 3)
    }
}
