import Foundation
import Testing
@testable import ConstellationSim

/// Issue 14 D10: the two resonant deep-space sets of the Vallado verification set
/// (09880, half-day Molniya-type; 24208, one-day geosynchronous), epochs in 2006, flown in
/// 2026. Restarting the resonance integrator from epoch costs ≈ 10,000–15,000 steps of
/// 720 min per propagation; carrying it forward costs at most one step per tick. Work is
/// counted in integrator steps (`SGP4IntegratorCache.steps`), not timed.
@Suite struct ResonanceWorkTests {
    private static func resonantSets() throws -> [ElementSet] {
        let parsed = TLEParser.parse(try SGP4VerificationTests.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE")
        return parsed.elementSets.filter { [9880, 24208].contains($0.catalogNumber) }
    }

    private static func simulation() throws -> Simulation {
        let sets = try resonantSets()
        #expect(sets.count == 2)
        var scenario = SimulationFixtures.single(dtSeconds: 60)
        scenario.catalogs = [CatalogFleet(name: "resonant", elementSets: sets)]
        return Simulation(scenario: scenario)
    }

    @Test func tickCarriesTheIntegratorAtMostOneStepPerTick() throws {
        var sim = try Self.simulation()
        sim.advance()  // the first tick restarts from epoch (20 years)
        let records = sim.fleet.catalogRecords
        for record in records { #expect(record.deepSpace?.resonance ?? 0 != 0, "both sets are resonant") }
        for _ in 0..<120 {
            let next = sim.time.adding(seconds: sim.scenario.dtSeconds)
            for (k, record) in records.enumerated() {
                let key = try #require(record.deepSpace?.resonant.xlamo)
                #expect(sim.world.sgp4Integrator[k].steps(to: record.minutesSinceEpoch(next), key: key) <= 1)
            }
            sim.advance()
        }
    }

    /// The ground track carries one integrator through its points: after the first point
    /// (a restart), each point costs at most the steps between it and the one before.
    @Test func groundTrackCarriesTheIntegratorThroughItsPoints() throws {
        var sim = try Self.simulation()
        sim.advance()
        let frame = sim.frame()
        let start = sim.fleet.catalogStart
        for (k, record) in sim.fleet.catalogRecords.enumerated() {
            let key = try #require(record.deepSpace?.resonant.xlamo)
            var cache = SGP4IntegratorCache()
            let track = frame.groundTrack(satellite: start + k, points: 100, cache: &cache)
            #expect(track.count == 100)
            #expect(track == frame.groundTrack(satellite: start + k, points: 100), "same points with or without a carried cache")
            // The cache ends at the last point (≤ 2 periods past the first), continued, not restarted.
            let now = record.minutesSinceEpoch(sim.time)
            #expect(cache.continues(to: now + 3000, key: key))
            #expect(cache.steps(to: now + 3000, key: key) <= 5, "the cache sits at the track's last point")
        }
    }

    /// Scalar propagation with a carried cache through a day of minutes: one restart, then
    /// the steps of a day (2), where a restart per call costs ≈ 14,000 steps each.
    @Test func carriedCacheBoundsScalarWork() throws {
        for set in try Self.resonantSets() {
            let record = try SGP4Record(set)
            let key = try #require(record.deepSpace?.resonant.xlamo)
            let t0 = 20 * 365.25 * 1440.0
            var cache = SGP4IntegratorCache()
            var steps = 0.0
            for minute in stride(from: t0, through: t0 + 1440, by: 10) {
                steps += cache.steps(to: minute, key: key)
                _ = try record.propagate(minutesSinceEpoch: minute, cache: &cache)
            }
            let restart = SGP4IntegratorCache().steps(to: t0, key: key)
            #expect(restart > 10_000)
            #expect(steps <= restart + 3)
        }
    }
}
