import Foundation
import Testing
@testable import ConstellationSim

@Suite struct SolarArrayTests {
    @Test func fullSunTrackingPowerMatchesHandComputation() {
        // 100 m² × 0.30 × 1361 W/m² × (1 − 0.01 × 3) = 40 830 × 0.97 = 39 605.1 W.
        let array = SolarArrayParameters(areaM2: 100, cellEfficiency: 0.30, degradationPerYear: 0.01, pointing: .sunTracking)
        let watts = array.generatedPowerW(solarFluxWm2: 1361, litFraction: 1, cosSunZenith: 0.2, yearsInOrbit: 3)
        #expect(abs(watts - 39_605.1) < 0.005 * 39_605.1)
    }

    @Test func fullSunAtASunlitOrbitPoint() {
        // A satellite at 550 km on the sunward side, one year in orbit, 1 AU sun:
        // 100 × 0.30 × 1361.126 (flux at 1 AU − 6928 km) × 0.99 = 40 423.4 W.
        let sun = SunPosition(
            positionKm: SIMD3(CircularOrbitFixture.auKm, 0, 0), direction: SIMD3(1, 0, 0), distanceAU: 1,
            eclipticLongitudeRad: 0, rightAscensionRad: 0, declinationRad: 0
        )
        let environment = RadiantEnvironment(satelliteKm: SIMD3(6928.137, 0, 0), sun: sun)
        let watts = SolarArrayParameters().generatedPowerW(in: environment, yearsInOrbit: 1)
        #expect(abs(watts - 40_423.4) < 0.005 * 40_423.4)
    }

    @Test func nadirFixedArrayFollowsTheSunZenithCosine() {
        // cos 60° = 0.5: 10 m² × 0.3 × 1361 × 0.5 = 2041.5 W; nothing past the terminator.
        let array = SolarArrayParameters(areaM2: 10, cellEfficiency: 0.3, degradationPerYear: 0, pointing: .nadirFixed)
        #expect(abs(array.generatedPowerW(solarFluxWm2: 1361, litFraction: 1, cosSunZenith: 0.5, yearsInOrbit: 0) - 2041.5) < 1e-9)
        #expect(array.generatedPowerW(solarFluxWm2: 1361, litFraction: 1, cosSunZenith: -0.1, yearsInOrbit: 0) == 0)
    }

    @Test func shadowAndAgeScaleTheOutput() {
        let array = SolarArrayParameters(areaM2: 10, cellEfficiency: 0.3, degradationPerYear: 0.015)
        // Half-lit penumbra: 10 × 0.3 × 1361 × 0.5 = 2041.5 W; umbra 0; worn out after 1/0.015 yr.
        #expect(abs(array.generatedPowerW(solarFluxWm2: 1361, litFraction: 0.5, cosSunZenith: 1, yearsInOrbit: 0) - 2041.5) < 1e-9)
        #expect(array.generatedPowerW(solarFluxWm2: 1361, litFraction: 0, cosSunZenith: 1, yearsInOrbit: 0) == 0)
        #expect(array.generatedPowerW(solarFluxWm2: 1361, litFraction: 1, cosSunZenith: 1, yearsInOrbit: 80) == 0)
    }
}

@Suite struct PowerModelTests {
    /// 10 kWh battery, 0.95 / 0.95, 0.5 C (5 kW), floor 20 % (2 kWh); bus 1 kW;
    /// accelerators `count` × 500 W.
    private func design(accelerators count: Int = 4) -> PowerParameters {
        PowerParameters(
            battery: BatteryParameters(capacityWh: 10_000, chargeEfficiency: 0.95, dischargeEfficiency: 0.95,
                                       maxCRate: 0.5, minStateOfCharge: 0.2),
            busLoadW: 1_000, acceleratorCount: count, acceleratorPowerW: 500
        )
    }

    private func step(_ energyWh: Double, generatedW: Double, utilization: Double, dtS: Double,
                      accelerators: Int = 4) -> PowerStep {
        PowerModel.step(battery: BatteryState(energyWh: energyWh), parameters: design(accelerators: accelerators),
                        generatedW: generatedW, acceleratorUtilization: utilization, dtS: dtS)
    }

    private func balanced(_ s: PowerStep) -> Bool {
        abs(s.generatedW + s.dischargeW - (s.busServedW + s.acceleratorPowerW + s.chargeW + s.curtailedW)) < 1e-6
    }

    @Test func surplusChargesAtChargeEfficiency() {
        // 4000 W in, 1000 W bus, no compute: 3000 W × 0.95 × 1 h = 2850 Wh stored.
        let s = step(5_000, generatedW: 4_000, utilization: 0, dtS: 3_600)
        #expect(abs(s.battery.energyWh - 7_850) < 1e-9)
        #expect(s.chargeW == 3_000 && s.curtailedW == 0 && s.verdict == .nominal && balanced(s))
    }

    @Test func chargeIsClampedByCRate() {
        // Surplus 8000 W, limit 0.5 C = 5000 W: stores 5000 × 0.95 = 4750 Wh, 3000 W curtailed.
        let s = step(5_000, generatedW: 9_000, utilization: 0, dtS: 3_600)
        #expect(abs(s.battery.energyWh - 9_750) < 1e-9)
        #expect(s.chargeW == 5_000 && abs(s.curtailedW - 3_000) < 1e-9 && balanced(s))
    }

    @Test func chargeIsClampedByCapacity() {
        // 500 Wh of room takes 500 / 0.95 = 526.32 W for an hour; the rest of 3000 W is curtailed.
        let s = step(9_500, generatedW: 4_000, utilization: 0, dtS: 3_600)
        #expect(abs(s.battery.energyWh - 10_000) < 1e-9)
        #expect(abs(s.chargeW - 526.315_789) < 1e-5 && abs(s.curtailedW - 2_473.684_211) < 1e-5 && balanced(s))
    }

    @Test func deficitDrawsThroughDischargeEfficiency() {
        // Eclipse, 1000 W bus + 4 × 500 W for 30 min: draws 3000 / 0.95 × 0.5 = 1578.95 Wh.
        let s = step(8_000, generatedW: 0, utilization: 1, dtS: 1_800)
        #expect(abs(s.battery.energyWh - (8_000 - 1_578.947_368)) < 1e-5)
        #expect(s.dischargeW == 3_000 && s.verdict == .nominal && balanced(s))
    }

    @Test func dischargeClampedByCRateShedsCompute() {
        // 14 × 500 W requested + 1000 W bus = 8000 W, but the battery gives at most 5000 W:
        // accelerators get 4000 W (utilization 4000/7000); 5000 / 0.95 × 0.5 h = 2631.58 Wh drawn.
        let s = step(8_000, generatedW: 0, utilization: 1, dtS: 1_800, accelerators: 14)
        #expect(s.verdict == .shedCompute)
        #expect(s.acceleratorPowerW == 4_000 && abs(s.affordableUtilization - 4.0 / 7.0) < 1e-12)
        #expect(abs(s.battery.energyWh - (8_000 - 2_631.578_947)) < 1e-5 && balanced(s))
    }

    @Test func floorLeavesOnlyPartOfTheComputeAffordable() {
        // 500 Wh above the floor over 10 min gives 500 × 0.95 × 6 = 2850 W: bus 1000 W, then
        // 1850 of the 2000 W of compute (shed); the battery ends exactly on the floor.
        let s = step(2_500, generatedW: 0, utilization: 1, dtS: 600)
        #expect(s.verdict == .shedCompute)
        #expect(abs(s.acceleratorPowerW - 1_850) < 1e-9 && abs(s.affordableUtilization - 0.925) < 1e-12)
        #expect(abs(s.battery.energyWh - 2_000) < 1e-9 && balanced(s))
        let asked = PowerModel.affordableAcceleratorW(battery: BatteryState(energyWh: 2_500), parameters: design(),
                                                      generatedW: 0, dtS: 600)
        #expect(abs(asked - 1_850) < 1e-9)
    }

    @Test func busBeyondTheFloorCommandsSafe() {
        // 500 Wh above the floor for an hour is 475 W < 1000 W bus: SAFE, no compute,
        // 525 W unserved, battery left on the floor.
        let s = step(2_500, generatedW: 0, utilization: 1, dtS: 3_600)
        #expect(s.verdict == .safe && s.acceleratorPowerW == 0)
        #expect(abs(s.busServedW - 475) < 1e-9 && abs(s.unservedBusW - 525) < 1e-9)
        #expect(abs(s.battery.energyWh - 2_000) < 1e-9 && balanced(s))
    }

    @Test func belowTheFloorTheBatteryIsNotDrawnButStillCharges() {
        let dark = step(1_500, generatedW: 0, utilization: 0, dtS: 60)
        #expect(dark.verdict == .safe && dark.battery.energyWh == 1_500 && dark.busServedW == 0)
        // 1200 W in, 1000 W bus: 200 W × 0.95 × 1 h = 190 Wh.
        let sun = step(1_500, generatedW: 1_200, utilization: 0, dtS: 3_600)
        #expect(sun.verdict == .nominal && abs(sun.battery.energyWh - 1_690) < 1e-9)
    }

    @Test func sunAndBatteryShareTheLoad() {
        // 2500 W from the array, 3000 W of load: 500 W from the battery, 500 / 0.95 × 0.25 h.
        let s = step(6_000, generatedW: 2_500, utilization: 1, dtS: 900)
        #expect(s.verdict == .nominal && s.dischargeW == 500)
        #expect(abs(s.battery.energyWh - (6_000 - 131.578_947)) < 1e-5 && balanced(s))
    }

    @Test func defaultDesignCarriesTheWorstCaseOrbitAtQuarterDepth() {
        // Default satellite after 5 years at 550 km, β = 0 (37.2 % eclipse), full compute.
        // By hand: load 1500 + 24 × 700 = 18 300 W; eclipse 0.372 × 5739 s = 35.6 min;
        // drawn 18 300 × 0.593 h / 0.95 = 11.42 kWh = 23.8 % of 48 kWh; recharge needs
        // 11.42 / 0.95 = 12.0 kWh in the 60 min of sun from a 38.8 − 18.3 = 20.5 kW surplus.
        let p = PowerParameters()
        let period = CircularOrbitFixture.periodS(altitudeKm: 550)
        let dtS = 10.0
        var battery = BatteryState(stateOfCharge: 1, of: p.battery)
        var lowest = 1.0
        var t = 0.0
        while t < 3 * period {
            // Start at orbit noon (u = −90°) so the first eclipse follows a full battery.
            let u = 2 * Double.pi * t / period - Double.pi / 2
            let r = CircularOrbitFixture.position(altitudeKm: 550, betaRad: 0, uRad: u)
            let sun = SunPosition(positionKm: CircularOrbitFixture.sunOnXKm, direction: SIMD3(1, 0, 0), distanceAU: 1,
                                  eclipticLongitudeRad: 0, rightAscensionRad: 0, declinationRad: 0)
            let generated = p.array.generatedPowerW(in: RadiantEnvironment(satelliteKm: r, sun: sun), yearsInOrbit: 5)
            let s = PowerModel.step(battery: battery, parameters: p, generatedW: generated, acceleratorUtilization: 1, dtS: dtS)
            #expect(s.verdict == .nominal)
            battery = s.battery
            lowest = min(lowest, battery.stateOfCharge(of: p.battery))
            t += dtS
        }
        #expect(abs((1 - lowest) - 0.238) < 0.005)
    }

    @Test func defaultsAreValidAndBadValuesAreNamed() {
        #expect(PowerParameters().validationIssues.isEmpty)
        let bad = PowerParameters(battery: BatteryParameters(capacityWh: 0, minStateOfCharge: 1.2), acceleratorCount: -1)
        #expect(bad.validationIssues.count == 3)
        #expect(bad.validationIssues.contains { $0.hasPrefix("battery: capacityWh") })
    }
}
