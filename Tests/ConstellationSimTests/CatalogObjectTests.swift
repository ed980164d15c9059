import Foundation
import Testing
@testable import ConstellationSim

/// Catalog objects (not ours): loaded from TLE and OMM files and the scenario's
/// `catalog:` key, flown with SGP4 outside the fleet, carried by checkpoints.
@Suite struct CatalogObjectTests {
    static func fixturePath(_ name: String, _ ext: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures")).path
    }

    /// A one-satellite scenario at `epoch` with the two fixture files as catalog objects.
    static func scenario(epoch: JulianDate? = nil) throws -> Scenario {
        var scenario = SimulationFixtures.single(dtSeconds: 60)
        let tle = try CatalogObjectFile.read(path: fixturePath("catalog-objects", "tle"))
        let omm = try CatalogObjectFile.read(path: fixturePath("catalog-objects", "json"))
        scenario.catalogObjects = [tle, omm]
        scenario.epoch = epoch ?? JulianDate(year: 2006, month: 6, day: 27)
        return scenario
    }

    @Test func tleAndOMMFilesLoadEveryObjectWithItsIdentity() throws {
        let tle = try CatalogObjectFile.read(path: Self.fixturePath("catalog-objects", "tle"))
        let omm = try CatalogObjectFile.read(path: Self.fixturePath("catalog-objects", "json"))
        #expect(tle.elementSets.map(\.catalogNumber) == [6251, 28057])
        #expect(tle.elementSets.map(\.name) == ["DELTA 1 DEB", "CBERS 2"])
        #expect(omm.elementSets.map(\.catalogNumber) == [5])
        #expect(omm.elementSets.map(\.name) == ["VANGUARD 1"])
        let objects = CatalogObjects([tle, omm])
        #expect(objects.count == 3)
        #expect(objects.catalogNumbers == [6251, 28057, 5])
        #expect(objects.fileIndex == [0, 0, 1])
        #expect(abs(objects.inclinationDeg[1] - 98.4283) < 1e-9)
    }

    @Test func objectsStayOutOfTheFleetAndItsModels() throws {
        let sim = Simulation(scenario: try Self.scenario())
        #expect(sim.fleet.count == 1)
        #expect(sim.world.count == 1)
        #expect(sim.world.catalogObjectCount == 3)
        #expect(sim.alarms.satelliteCount == 1)
    }

    @Test func objectsEqualScalarSGP4EveryTickAtAnyChunking() throws {
        let scenario = try Self.scenario()
        let records = try scenario.catalogObjects.flatMap(\.elementSets).map { try SGP4Record($0) }
        for chunk in [1, 256] {
            var sim = Simulation(scenario: scenario)
            sim.chunkSize = chunk
            for _ in 0..<30 {
                sim.advance()
                for (k, record) in records.enumerated() {
                    let state = try record.propagate(to: sim.time)
                    #expect(sim.world.catalogObjects.positionKm(k) == state.positionKm)
                    #expect(sim.world.catalogObjects.velocityKmS(k) == state.velocityKmPerS)
                    #expect(sim.world.catalogObjects.error(k) == 0)
                }
            }
        }
    }

    @Test func checkpointRestoresObjectStatesAndRunsOnIdentically() throws {
        let scenario = try Self.scenario()
        var a = Simulation(scenario: scenario)
        a.advance(ticks: 5)
        let bytes = a.checkpoint()
        a.advance(ticks: 7)
        var b = Simulation(scenario: scenario)
        try b.restore(bytes)
        #expect(b.tick == 5)
        b.advance(ticks: 7)
        for k in 0..<3 {
            #expect(a.world.catalogObjects.positionKm(k) == b.world.catalogObjects.positionKm(k))
        }
        // A checkpoint of another object count is refused.
        var other = SimulationFixtures.single(dtSeconds: 60)
        other.epoch = scenario.epoch
        var c = Simulation(scenario: other)
        #expect(throws: CheckpointError.self) { try c.restore(bytes) }
    }

    @Test func scenarioCatalogKeyReadsFilesRelativeToTheScenario() throws {
        let directory = URL(fileURLWithPath: try Self.fixturePath("catalog-objects", "tle")).deletingLastPathComponent()
        let yaml = """
            shells:
              - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2}
            catalog: [catalog-objects.tle, catalog-objects.json]
            """
        let scenario = try ScenarioFile.parse(yaml, source: "mine.yaml", directory: directory)
        #expect(scenario.catalogObjects.map(\.name) == ["catalog-objects.tle", "catalog-objects.json"])
        #expect(scenario.catalogObjects.map(\.elementSets.count) == [2, 1])
        #expect(scenario.satelliteCount == 2)
    }

    @Test func scenarioCatalogKeyNamesAMissingFile() {
        let message = scenarioParseMessage("""
            shells:
              - {altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2}
            catalog: [nowhere.tle]
            """)
        #expect(message.contains("catalog[0]"))
        #expect(message.contains("cannot read nowhere.tle"))
    }

    @Test func recipeCarriesCommandLineCatalogTextsForReplay() throws {
        let text = try String(contentsOf: URL(fileURLWithPath: Self.fixturePath("catalog-objects", "tle")), encoding: .utf8)
        var recipe = try #require(ScenarioRecipe.builtIn("default"))
        recipe.catalogObjectFiles = [.init(name: "debris.tle", text: text)]
        let json = try #require(recipe.catalogObjectFilesJSON)
        #expect(ScenarioRecipe.catalogObjectFiles(json: json) == recipe.catalogObjectFiles)
        let scenario = try recipe.scenario()
        #expect(scenario.catalogObjects.map(\.name) == ["debris.tle"])
        #expect(scenario.catalogObjects.first?.elementSets.map(\.catalogNumber) == [6251, 28057])
    }

    /// The query service answers the Catalog view's window (only those rows) and the map's
    /// object density; a row's position is the geodetic fix of the SGP4 state.
    @Test func frameAnswersCatalogRowsAndMapDensity() throws {
        var sim = Simulation(scenario: try Self.scenario())
        sim.advance(ticks: 2)
        let frame = sim.makeFrame(runState: .paused, speed: .multiple(1), ticksPerSecond: 0, journal: nil)
        let rows = frame.catalogObjectRows(first: 1, count: 5)
        #expect(rows.map(\.catalogNumber) == [28057, 5])
        let cbers = try #require(rows.first)
        let g = Geodetic(earthFixed: inertialToEarthFixed(sim.world.catalogObjects.positionKm(1),
                                                          gmst: greenwichMeanSiderealTime(sim.time.value)))
        #expect(abs(cbers.altitudeKm - g.altitudeKm) < 1e-9)
        #expect(abs(cbers.latitudeDeg - g.latitudeDeg) < 1e-9)
        #expect(cbers.name == "CBERS 2")
        #expect(abs(cbers.epochAgeDays - sim.time.seconds(since: JulianDate(year: 2006, month: 1, day: 1).adding(seconds: 176.78615833 * 86_400)) / 86_400) < 1e-6)
        let map = frame.map(MapRequest(columns: 72, rows: 36), selected: 0)
        #expect(map.objectCounts.reduce(0, +) == 3)
        var request = ViewRequest()
        request.catalogFirstRow = 0
        request.catalogRowCount = 2
        let answer = frame.snapshot(for: request)
        #expect(answer.catalogObjectCount == 3)
        #expect(answer.catalogObjects.map(\.catalogNumber) == [6251, 28057])
    }
}
