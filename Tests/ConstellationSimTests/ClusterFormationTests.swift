import Foundation
import Testing
@testable import ConstellationSim

/// Formation clusters: the Hill-frame design against the Clohessy–Wiltshire solution by
/// hand, the built-in `suncatcher` cluster's separations over a day, and the
/// MIN_SEPARATION alarm.
@Suite struct ClusterFormationTests {
    static func norm(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }

    /// Member (p, q) starts at distance √(p² + q²) from the reference and meets the
    /// no-drift condition ẏ₀ = −2 n x₀; the 9 × 9 grid at 150 m is centred and its corner
    /// is 4 × 150 × √2 = 848.53 m out.
    @Test func hillStatesMeetTheBoundedCWConditions() {
        let formation = ClusterFormation(members: 81, spacingM: 150)
        let n = 0.001076
        #expect(formation.columns == 9)
        #expect(formation.patternOffsetM(40) == (0, 0))
        #expect(formation.patternOffsetM(0) == (-600, -600))
        #expect(formation.patternOffsetM(80) == (600, 600))
        for k in [0, 13, 40, 77] {
            let (p, q) = formation.patternOffsetM(k)
            let (r, v) = formation.hillState(k, meanMotionRadPerS: n)
            #expect(abs(Self.norm(r) - (p * p + q * q).squareRoot()) < 1e-9)
            #expect(abs(v.y - (-2 * n * r.x)) < 1e-12)
        }
        #expect(abs(Self.norm(formation.hillState(0, meanMotionRadPerS: n).positionM) - 848.528) < 1e-3)
    }

    /// The built-in cluster, ticking every `dtSeconds` (the orbits do not depend on dt).
    static func suncatcher(dtSeconds: Double = 10) throws -> Simulation {
        var scenario = try #require(BuiltInScenarios.named("suncatcher"))
        scenario.dtSeconds = dtSeconds
        return Simulation(scenario: scenario)
    }

    /// Hill-frame offset of satellite i from satellite `reference`, m (radial, in-track, cross-track).
    static func hillOffsetM(_ sim: Simulation, _ i: Int, reference: Int) throws -> SIMD3<Double> {
        let r = sim.world.positionKm[reference], v = sim.world.velocityKmS[reference]
        let axes = try #require(RTNAxes(positionKm: r, velocityKmS: v))
        let d = (sim.world.positionKm[i] - r) * 1000
        return SIMD3((d * axes.radial).sum(), (d * axes.inTrack).sum(), (d * axes.crossTrack).sum())
    }

    /// A quarter orbit after the epoch, CW turns the pattern: member (p, q) sits at
    /// (p cos nt + q sin nt) e₁ + (q cos nt − p sin nt) e₂, with e₁ = (1/2, 0, √3/2) and
    /// e₂ = (0, 1, 0). The engine (J2 model, nonlinear geometry) agrees within 15 m.
    @Test func membersFollowTheCWSolution() throws {
        var sim = try Self.suncatcher()
        let formation = try #require(sim.scenario.shells.first?.cluster)
        let reference = sim.scenario.shells[0].elements(plane: 0, slot: 40)
        let n = reference.keplerianMeanMotionRadPerS
        let quarter = (Double.pi / 2 / n / sim.scenario.dtSeconds).rounded()
        sim.advance(ticks: Int(quarter))
        let t = sim.simSeconds
        for k in [0, 8, 31, 72, 80] {
            let (p, q) = formation.patternOffsetM(k)
            let a = p * cos(n * t) + q * sin(n * t), b = q * cos(n * t) - p * sin(n * t)
            let expected = SIMD3(a / 2, b, 3.0.squareRoot() / 2 * a)
            let actual = try Self.hillOffsetM(sim, k, reference: 40)
            #expect(Self.norm(actual - expected) < 15, "member \(k): \(actual) vs CW \(expected)")
        }
    }

    /// Over a day (15 orbits) every member stays within 1 km of the reference orbit and no
    /// pair comes closer than 100 m (grid spacing 150 m; J2 shears the pattern slowly).
    @Test func suncatcherStaysWithinBoundsOverADay() throws {
        var sim = try Self.suncatcher(dtSeconds: 60)
        #expect(sim.clusters == [0..<81])
        var minimumM = Double.infinity, maximumRadiusM = 0.0
        for _ in 0..<(86_400 / 600) {
            sim.advance(ticks: 10)
            minimumM = min(minimumM, sim.clusterMinSeparationM[0])
            for i in 0..<81 {
                maximumRadiusM = max(maximumRadiusM, Self.norm(sim.world.positionKm[i] - sim.world.positionKm[40]) * 1000)
            }
        }
        #expect(minimumM > 100, "closest pair \(minimumM) m")
        #expect(minimumM < 150.5)
        #expect(maximumRadiusM < 1000, "farthest member \(maximumRadiusM) m")
    }

    /// Members 30 m apart sit 30 m from their nearest neighbour: below the 50 m warning of
    /// MIN_SEPARATION, above the 25 m critical level. Satellites outside clusters have no sample.
    @Test func closeMembersRaiseTheMinSeparationAlarm() throws {
        let scenario = try ScenarioFile.parse("""
            shells:
              - {name: c, altitude_km: 650, inclination_deg: 97.9, cluster: {members: 4, spacing_m: 30}}
              - {name: w, altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2}
            """, source: "mine.yaml")
        var sim = Simulation(scenario: scenario)
        sim.advance(ticks: 2)
        #expect(sim.clusters == [0..<4])
        for i in 0..<4 {
            #expect(abs(sim.world.samples(.minSeparation)[i] - 30) < 0.5)
            #expect(sim.alarms.state(of: AlarmKey(satellite: i, parameter: .minSeparation)).isActive)
        }
        #expect(sim.world.samples(.minSeparation)[4].isNaN)
        #expect(abs(sim.clusterMinSeparationM[0] - 30) < 0.5)
    }

    @Test func clusterMinSeparationKeySetsTheClassLimit() throws {
        let scenario = try #require(BuiltInScenarios.named("suncatcher"))
        let limits = scenario.spacecraft[0].limits[.minSeparation]
        #expect(limits.lowWarning == 100 && limits.lowCritical == 50)
        #expect(scenarioParseMessage("""
            shells:
              - {altitude_km: 650, inclination_deg: 97.9, planes: 2, cluster: {members: 4, spacing_m: 30}}
            """).contains("remove 'planes'"))
    }
}
