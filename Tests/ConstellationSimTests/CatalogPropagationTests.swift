import Foundation
import Testing
@testable import ConstellationSim

/// Catalog satellites in the tick fly through the SGP4 batch propagator: every tick,
/// each one is exactly where the scalar SGP4 puts it, or — once SGP4 fails for it — keeps
/// its last good state and shows the scalar error code.
@Suite struct CatalogPropagationTests {
    @Test func tickPositionsEqualScalarSGP4ForTheWholeVerificationSet() throws {
        let parsed = TLEParser.parse(try SGP4VerificationTests.fixture("SGP4-VER", "TLE"), source: "SGP4-VER.TLE")
        let sets = parsed.elementSets
        let latest = try #require(sets.map(\.epoch).max())
        var scenario = SimulationFixtures.single(dtSeconds: 3600)
        scenario.epoch = latest
        scenario.catalogs = [CatalogFleet(name: "vallado", elementSets: sets)]
        var sim = Simulation(scenario: scenario)
        sim.chunkSize = 7
        let records = sim.fleet.catalogRecords
        #expect(records.count > 25)
        let start = sim.fleet.catalogStart
        var lastGood = (0..<records.count).map { sim.world.positionKm[start + $0] }
        var failures = 0
        for _ in 0..<48 {
            sim.advance()
            for (k, record) in records.enumerated() {
                let i = start + k
                do {
                    let state = try record.propagate(to: sim.time)
                    #expect(sim.world.positionKm[i] == state.positionKm)
                    #expect(sim.world.velocityKmS[i] == state.velocityKmPerS)
                    #expect(sim.world.orbitErrorCode[i] == 0)
                    lastGood[k] = state.positionKm
                } catch {
                    failures += 1
                    #expect(sim.world.orbitErrorCode[i] == UInt8(error.code))
                    #expect(sim.world.positionKm[i] == lastGood[k])
                }
            }
        }
        #expect(failures > 0)
    }
}
