import Foundation
import Testing
@testable import ConstellationSim

/// Orbits that change: positions before and after an impulsive burn, against an
/// independent numerical integration of two-body + J2 gravity and hand formulas.
@Suite struct ManoeuvreTests {
    static let mu = 398_600.4418, j2 = 1.082_626_68e-3, re = 6378.137

    /// Two-body + J2 acceleration, km/s² (Vallado eq. 8-30).
    static func acceleration(_ r: SIMD3<Double>) -> SIMD3<Double> {
        let r2 = (r * r).sum(), rn = r2.squareRoot()
        let k = 1.5 * j2 * mu * re * re / (r2 * r2 * rn)
        let z2 = 5 * r.z * r.z / r2
        let twoBody = -r * (mu / (r2 * rn))
        return twoBody + SIMD3(k * r.x * (z2 - 1), k * r.y * (z2 - 1), k * r.z * (z2 - 3))
    }

    /// Classical fourth-order Runge–Kutta over `seconds` in 1 s steps.
    static func integrate(_ r0: SIMD3<Double>, _ v0: SIMD3<Double>, seconds: Int) -> SIMD3<Double> {
        var r = r0, v = v0
        let h = 1.0
        for _ in 0..<seconds {
            let k1r = v, k1v = acceleration(r)
            let k2r = v + k1v * (h / 2), k2v = acceleration(r + k1r * (h / 2))
            let k3r = v + k2v * (h / 2), k3v = acceleration(r + k2r * (h / 2))
            let k4r = v + k3v * h, k4v = acceleration(r + k3r * h)
            r += (k1r + k2r * 2 + k3r * 2 + k4r) * (h / 6)
            v += (k1v + k2v * 2 + k3v * 2 + k4v) * (h / 6)
        }
        return r
    }

    static func norm(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }

    /// A 1 m/s prograde burn at 550 km: the engine's trajectory minus the unburned one
    /// equals the same difference from the numerical integration (within 2 % + 20 m
    /// over one orbit), the position is continuous at the burn, and half an orbit later the
    /// satellite is 4 Δv / n higher (Clohessy–Wiltshire: 3.61 km).
    @Test func progradeBurnMatchesIntegrationAndHillPrediction() throws {
        var burned = Simulation(scenario: SimulationFixtures.single(dtSeconds: 10))
        burned.advance(ticks: 30)
        var unburned = burned
        let r0 = burned.world.positionKm[0], v0 = burned.world.velocityKmS[0]
        let axes = try #require(RTNAxes(positionKm: r0, velocityKmS: v0))
        try burned.apply(Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 1, 0)))
        #expect(burned.world.orbitKind[0] == .manoeuvred)
        let at = try #require(burned.j2Orbit(of: 0)).state(atSimSeconds: burned.simSeconds)
        // Continuous to second order in the element change (< 1 m for a 1 m/s burn).
        #expect(Self.norm(at.position - r0) < 1e-3)
        let dv = axes.toInertial(SIMD3(0, 0.001, 0))
        #expect(Self.norm(at.velocity - v0 - dv) < 2e-5)

        let a = 6378.137 + 550, n = (Self.mu / (a * a * a)).squareRoot()
        let period = 2 * Double.pi / n
        var t = 0
        for step in 1...Int(period / 10) {
            burned.advance()
            unburned.advance()
            t = step * 10
            guard step % 30 == 0 else { continue }
            let engine = burned.world.positionKm[0] - unburned.world.positionKm[0]
            let reference = Self.integrate(r0, v0 + dv, seconds: t) - Self.integrate(r0, v0, seconds: t)
            #expect(Self.norm(engine - reference) <= 0.02 * Self.norm(reference) + 0.02, "t = \(t) s")
        }
        #expect(t > 5000)
        // Half an orbit after the burn: radial separation ≈ 4 Δv / n.
        var b = Simulation(scenario: SimulationFixtures.single(dtSeconds: 1))
        b.advance(ticks: 300)
        var u = b
        try b.apply(Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 1, 0)))
        b.advance(ticks: Int(period / 2))
        u.advance(ticks: Int(period / 2))
        let radial = Self.norm(b.world.positionKm[0]) - Self.norm(u.world.positionKm[0])
        let predicted = 4 * 0.001 / n
        #expect(abs(radial - predicted) < 0.05 * predicted, "radial \(radial) km, predicted \(predicted) km")
        // Vis-viva: Δa = 2 a² v Δv / μ.
        let da = try #require(b.j2Orbit(of: 0)).propagator.elements.semiMajorAxisKm
            - (try #require(u.j2Orbit(of: 0))).propagator.elements.semiMajorAxisKm
        let v = (Self.mu / a).squareRoot()
        #expect(abs(da - 2 * a * a * v * 0.001 / Self.mu) < 0.01)
    }

    /// A zero burn changes nothing: the orbit after it is the orbit before, bit for bit in
    /// position for the next ticks (to rounding).
    @Test func zeroBurnLeavesTheOrbitAsItWas() throws {
        var burned = Simulation(scenario: SimulationFixtures.busy())
        burned.advance(ticks: 7)
        var unburned = burned
        try burned.apply(Manoeuvre(satellite: 3, deltaVMS: .zero))
        burned.advance(ticks: 100)
        unburned.advance(ticks: 100)
        #expect(Self.norm(burned.world.positionKm[3] - unburned.world.positionKm[3]) < 1e-6)
    }

    /// A catalog satellite (SGP4) that burns moves to the J2 model from its osculating
    /// state: the burn's effect ten minutes later (burned minus a zero burn, both on that
    /// model) is the integration's, within 2 % + 20 m.
    @Test func catalogSatelliteBurnLeavesSGP4() throws {
        let sets = TLEParser.parse(FleetTests.vanguard, source: "test.tle").elementSets
        var scenario = SimulationFixtures.single()
        scenario.epoch = try #require(sets.first).epoch
        scenario.catalogs = [CatalogFleet(name: "vanguard", elementSets: sets)]
        var sim = Simulation(scenario: scenario)
        sim.advance(ticks: 3)
        #expect(sim.world.orbitKind[1] == .sgp4)
        var zero = sim
        let r0 = sim.world.positionKm[1], v0 = sim.world.velocityKmS[1]
        try sim.apply(Manoeuvre(satellite: 1, deltaVMS: SIMD3(2, 0, 0), frame: .inertial))
        try zero.apply(Manoeuvre(satellite: 1, deltaVMS: .zero, frame: .inertial))
        #expect(sim.world.orbitKind[1] == .manoeuvred && zero.world.orbitKind[1] == .manoeuvred)
        sim.advance(ticks: 60)
        zero.advance(ticks: 60)
        let engine = sim.world.positionKm[1] - zero.world.positionKm[1]
        let reference = Self.integrate(r0, v0 + SIMD3(0.002, 0, 0), seconds: 600) - Self.integrate(r0, v0, seconds: 600)
        #expect(Self.norm(engine - reference) <= 0.02 * Self.norm(reference) + 0.02)
        #expect(Self.norm(reference) > 1)
    }

    @Test func refusesUnknownSatellitesAndEscapeBurns() {
        var sim = Simulation(scenario: SimulationFixtures.single())
        #expect(throws: ManoeuvreRefusal.unknownSatellite(5)) { try sim.apply(Manoeuvre(satellite: 5, deltaVMS: .zero)) }
        #expect(throws: ManoeuvreRefusal.unboundOrbit) {
            try sim.apply(Manoeuvre(satellite: 0, deltaVMS: SIMD3(0, 5000, 0)))
        }
        #expect(throws: ManoeuvreRefusal.invalidDeltaV) {
            try sim.apply(Manoeuvre(satellite: 0, deltaVMS: SIMD3(.nan, 0, 0)))
        }
        #expect(sim.world.orbitKind[0] == .j2)
    }
}
