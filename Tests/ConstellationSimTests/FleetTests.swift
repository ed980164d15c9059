import Testing
@testable import ConstellationSim

@Suite struct FleetTests {
    /// Vanguard 1 (00005) from the SGP4 verification set: at 360 min after its epoch,
    /// tcppver.out gives x = −7154.03120202 km, y = −3783.17682504 km, z = −3536.19412294 km.
    static let vanguard = """
        1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753
        2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667
        """

    @Test func catalogSatellitesFlyWithSGP4AfterTheShells() throws {
        let sets = TLEParser.parse(Self.vanguard, source: "test.tle").elementSets
        let catalogEpoch = try #require(sets.first).epoch
        var scenario = tinyScenario
        scenario.epoch = catalogEpoch
        scenario.dtSeconds = 60
        scenario.catalogs = [CatalogFleet(name: "vanguard", elementSets: sets)]
        var simulation = Simulation(scenario: scenario)
        #expect(simulation.fleet.count == 13)
        #expect(simulation.fleet.ids.last == "5")
        #expect(simulation.frame().row(12).shell == "vanguard")
        #expect(simulation.fleet.ids.first == "t/P01-S01")
        simulation.advance(ticks: 360)
        let r = simulation.world.positionKm[12]
        #expect(abs(r.x - -7154.031_202_02) < 1e-6)
        #expect(abs(r.y - -3783.176_825_04) < 1e-6)
        #expect(abs(r.z - -3536.194_122_94) < 1e-6)
        #expect(simulation.world.orbitErrorCode[12] == 0)
    }
}
