import Foundation
import Testing
@testable import ConstellationSim

@Suite struct ScenarioFileBuiltInTests {
    /// Satellite counts as documented: planes × per_plane summed by hand from the YAML.
    @Test(arguments: [
        ("default", 12 * 20 + 36 * 22, 2),   // 1,032
        ("suncatcher", 9 * 9, 1),            // 81 (Project Suncatcher's cluster size)
        ("eclipse-season", 12 * 12, 1),      // 144
        ("training", 6 * 8, 1),              // 48
        ("megaconstellation", 10 * 250 * 400, 10),  // 1,000,000 (the 2026 filing)
        ("latency", 72 * 22, 1),             // 1,584 (Hypatia's Starlink-like shell)
    ])
    func everyBuiltInParsesWithItsDocumentedSize(name: String, satellites: Int, shells: Int) throws {
        let text = try #require(BuiltInScenarios.yaml(named: name))
        let scenario = try ScenarioFile.parse(text, source: "\(name).yaml")
        #expect(scenario.name == name)
        #expect(scenario.satelliteCount == satellites)
        #expect(scenario.shells.count == shells)
        #expect(!scenario.summary.isEmpty)
        for design in scenario.spacecraft {
            #expect(design.power.validationIssues.isEmpty)
            #expect(design.thermal.validationIssues.isEmpty)
        }
        #expect(BuiltInScenarios.named(name) == scenario)
    }

    @Test func listIsCompleteAndOrdered() {
        #expect(BuiltInScenarios.names == ["default", "suncatcher", "eclipse-season", "training", "megaconstellation", "latency"])
        #expect(Set(BuiltInScenarios.all.keys) == Set(BuiltInScenarios.names))
    }

    @Test func latencyWatchesADozenCityPairsAndCompute() throws {
        let routing = try #require(BuiltInScenarios.named("latency")).routing
        #expect(routing.routes.filter { $0.destination != .compute }.count == 12)
        #expect(routing.routes.filter { $0.destination == .compute }.count == 1)
        #expect(routing.userMinElevationDeg == 25)
        #expect(routing.routes.allSatisfy { $0.warningMs != nil && $0.highMs != nil })
    }

    @Test func defaultIsTheMixedConstellation() throws {
        let scenario = BuiltInScenarios.default
        #expect(scenario.shells.map(\.shell.name) == ["sso-650", "i53-550"])
        let sso = scenario.shells[0].shell
        #expect(sso.altitudeKm == 650)
        // REFERENCE.md: dawn–dusk SSO at 650 km has i ≈ 97.99°.
        #expect(abs(sso.inclinationDeg - 97.99) < 0.01)
        #expect(scenario.shells[1].shell.inclinationDeg == 53)
        #expect(scenario.groundStations.map(\.name) == ["Svalbard", "Fairbanks", "Punta Arenas", "Awarua"])
        #expect(scenario.workload == WorkloadSpec())  // the full workload: every model default
        // The default file writes every key out as a template: the values are the model defaults.
        #expect(scenario.spacecraft == [SpacecraftClass()])
        #expect(scenario.radiation == RadiationParameters())
        #expect(scenario.modes == ModeParameters())
        #expect(scenario.links == InterSatelliteLinkParameters())
        #expect(scenario.faults == FaultPlan())
        #expect(scenario.epoch == JulianDate(year: 2026, month: 6, day: 21))
    }

    @Test func trainingScriptsOneFaultOfEachOperatorKind() throws {
        let plan = try #require(BuiltInScenarios.named("training")).faults
        #expect(plan.randomFailures == false)
        #expect(plan.scripted == [
            ScriptedFault(atSimSeconds: 600, satellite: "P02-S03", kind: .radiatorLoop),
            ScriptedFault(atSimSeconds: 1500, satellite: "P03-S05", kind: .batteryCell),
            ScriptedFault(atSimSeconds: 2400, satellite: "P04-S02", kind: .acceleratorBoard),
            ScriptedFault(atSimSeconds: 3600, satellite: "P05-S07", kind: .laserTerminal),
        ])
    }

    @Test func megaconstellationSpansTheFiling() throws {
        let shells = try #require(BuiltInScenarios.named("megaconstellation")).shells.map(\.shell)
        #expect(shells.map(\.altitudeKm).min() == 500)
        #expect(shells.map(\.altitudeKm).max() == 2000)
        #expect(shells.map(\.inclinationDeg).min() == 30)
        // The highest inclination is sun-synchronous at 2,000 km: cos i = −Ω̇☉ / (1.5 J2 (R/a)² n).
        #expect(abs((shells.map(\.inclinationDeg).max() ?? 0) - sunSynchronousInclinationDeg(altitudeKm: 2000)) < 1e-12)
    }

    /// The eclipse-season shell at the June solstice: sample one revolution of a plane
    /// (circular orbit written out here), ask the conical shadow model for the lit
    /// fraction. Hand computation: Ω = 179.2°, i = 97.99°, sun at RA 90°, dec 23.44° gives
    /// β = asin(n̂·ŝ) ≈ 58.5° < β* = 65.2°; the cylindrical eclipse fraction is
    /// acos(√(h² + 2Rh) / (r cos β)) / π = acos(2952 / 3672) / π ≈ 0.203.
    @Test func eclipseSeasonShellCrossesTheShadowEveryRevolution() throws {
        let scenario = try #require(BuiltInScenarios.named("eclipse-season"))
        #expect(eclipseFraction(scenario) > 0.18 && eclipseFraction(scenario) < 0.22)
        // Six months later the same dawn–dusk plane (β ≈ 74°) stays in sunlight.
        let text = try #require(BuiltInScenarios.yaml(named: "eclipse-season"))
            .replacingOccurrences(of: "epoch: 2026-06-21T00:00:00Z", with: "epoch: 2026-12-21T00:00:00Z")
        #expect(eclipseFraction(try ScenarioFile.parse(text, source: "december.yaml")) == 0)
    }

    private func eclipseFraction(_ scenario: Scenario) -> Double {
        let shell = scenario.shells[0].shell
        let a = 6378.137 + shell.altitudeKm
        let i = shell.inclinationDeg * .pi / 180, node = shell.raanOffsetDeg * .pi / 180
        let sun = SunEphemeris.position(at: scenario.epoch).positionKm
        let samples = 3600
        var dark = 0
        for k in 0..<samples {
            let u = 2 * Double.pi * Double(k) / Double(samples)
            let r = SIMD3(cos(u) * cos(node) - sin(u) * cos(i) * sin(node),
                          cos(u) * sin(node) + sin(u) * cos(i) * cos(node),
                          sin(u) * sin(i)) * a
            if Shadow.litFraction(satelliteKm: r, sunKm: sun) < 0.5 { dark += 1 }
        }
        return Double(dark) / Double(samples)
    }
}
