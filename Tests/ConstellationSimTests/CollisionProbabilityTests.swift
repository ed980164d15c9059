import Foundation
import Testing
@testable import ConstellationSim

/// Foster and Chan against NASA CARA's published cases and analytic checks.
@Suite struct CollisionProbabilityTests {
    struct CaraCase: Decodable, Sendable, CustomTestStringConvertible {
        let name: String
        let hbr: Double
        let expected_pc: Double
        let r1, v1, r2, v2: [Double]
        let c1, c2: [[Double]]
        var testDescription: String { name }

        func vector(_ a: [Double]) -> SIMD3<Double> { SIMD3(a[0], a[1], a[2]) }
        func matrix(_ m: [[Double]]) -> Matrix3 { Matrix3(rows: vector(m[0]), vector(m[1]), vector(m[2])) }
        var plane: EncounterPlane? {
            EncounterPlane(relativePosition: vector(r1) - vector(r2), relativeVelocity: vector(v1) - vector(v2),
                           combinedCovariance: matrix(c1) + matrix(c2))
        }
    }

    struct CaraFile: Decodable { let cases: [CaraCase] }

    static let caraCases: [CaraCase] = {
        guard let url = Bundle.module.url(forResource: "cara_pc2d_cases", withExtension: "json", subdirectory: "Fixtures")
                ?? Bundle.module.url(forResource: "cara_pc2d_cases", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(CaraFile.self, from: data) else { return [] }
        return file.cases
    }()

    @Test func fixtureHoldsElevenAlfanoCasesAndTheOmitronCase() {
        #expect(Self.caraCases.count == 12)
    }

    @Test(arguments: caraCases)
    func fosterReproducesCARA(_ c: CaraCase) throws {
        let plane = try #require(c.plane)
        let pc = CollisionProbability.foster(plane, hardBodyRadius: c.hbr)
        #expect(abs(pc - c.expected_pc) / c.expected_pc < 0.001, "\(c.name): \(pc) vs \(c.expected_pc)")
    }

    @Test func chanAgreesWithFosterOnTheOmitronCase() throws {
        let c = try #require(Self.caraCases.first { $0.name == "Omitron01" })
        let plane = try #require(c.plane)
        let foster = CollisionProbability.foster(plane, hardBodyRadius: c.hbr)
        let chan = CollisionProbability.chan(plane, hardBodyRadius: c.hbr)
        #expect(abs(chan - foster) / foster < 0.001, "chan \(chan) foster \(foster)")
    }

    /// Chan's series replaces the disc by an equal-area one in the space scaled to unit
    /// variance: accurate while the disc is small against the minor sigma (it is not for the
    /// Alfano set, whose minor sigmas are metres against 4-15 m discs: Foster alone there).
    @Test(arguments: [1.0, 2.0, 5.0, 10.0])
    func chanAgreesWithFosterForSmallDiscs(aspect: Double) {
        for miss in [0.0, 50.0, 150.0, 300.0] {
            let plane = EncounterPlane(missMajor: miss * 0.8, missMinor: miss * 0.3, sigmaMajor: 100 * aspect, sigmaMinor: 100)
            let foster = CollisionProbability.foster(plane, hardBodyRadius: 10)
            let chan = CollisionProbability.chan(plane, hardBodyRadius: 10)
            #expect(abs(chan - foster) / foster < 0.01, "aspect \(aspect) miss \(miss): chan \(chan) foster \(foster)")
        }
    }

    @Test(arguments: [(1.0, 0.5), (10.0, 20.0), (0.02, 0.5), (5.0, 5.0)])
    func zeroMissIsotropicMatchesClosedForm(radius: Double, sigma: Double) {
        let plane = EncounterPlane(missMajor: 0, missMinor: 0, sigmaMajor: sigma, sigmaMinor: sigma)
        let exact = 1 - exp(-radius * radius / (2 * sigma * sigma))
        #expect(abs(CollisionProbability.foster(plane, hardBodyRadius: radius) - exact) / exact < 1e-8)
        #expect(abs(CollisionProbability.chan(plane, hardBodyRadius: radius) - exact) / exact < 1e-10)
    }

    @Test func offsetIsotropicMatchesChanSeriesExactly() {
        // For an isotropic covariance Chan's series is exact (Rician integral): both agree.
        let plane = EncounterPlane(missMajor: 30, missMinor: -40, sigmaMajor: 25, sigmaMinor: 25)
        let foster = CollisionProbability.foster(plane, hardBodyRadius: 10)
        let chan = CollisionProbability.chan(plane, hardBodyRadius: 10)
        #expect(abs(foster - chan) / chan < 1e-7)
    }

    @Test func smallDiscLimitIsDensityTimesArea() {
        let plane = EncounterPlane(missMajor: 200, missMinor: 50, sigmaMajor: 400, sigmaMinor: 100)
        let radius = 0.01
        let density = exp(-0.5 * (0.25 + 0.25)) / (2 * Double.pi * 400 * 100)
        let expected = density * Double.pi * radius * radius
        #expect(abs(CollisionProbability.foster(plane, hardBodyRadius: radius) - expected) / expected < 1e-6)
    }

    @Test func rtnCovarianceRotatesToInertial() throws {
        // Circular equatorial orbit at +x moving +y: R = x, T = y, N = z.
        let frame = try #require(RTNFrame(positionKm: SIMD3(7000, 0, 0), velocityKmPerS: SIMD3(0, 7.5, 0)))
        let c = frame.inertialCovariance(Matrix3(diagonal: SIMD3(1, 4, 9)))
        #expect(c[0, 0] == 1 && c[1, 1] == 4 && c[2, 2] == 9)
        #expect(frame.components(SIMD3(1, 2, 3)) == SIMD3(1, 2, 3))
    }

    @Test func elementSetCovarianceGrowsWithAge() {
        let epoch = JulianDate(year: 2026, month: 1, day: 1)
        let leo = ElementSet(catalogNumber: 1, epoch: epoch, bstar: 0, inclinationDeg: 53, rightAscensionDeg: 0, eccentricity: 0.0001,
                             argumentOfPerigeeDeg: 0, meanAnomalyDeg: 0, meanMotionRevPerDay: 15.05)
        let model = ElementSetCovarianceModel.standard
        #expect(ElementSetCovarianceModel.regime(of: leo) == .leo)
        let fresh = model.rtnCovarianceKm2(for: leo, at: epoch)
        let twoDays = model.rtnCovarianceKm2(for: leo, at: epoch.adding(seconds: 2 * 86_400))
        #expect(abs(fresh[1, 1] - 0.25) < 1e-12)
        #expect(abs(twoDays[1, 1] - 2.5 * 2.5) < 1e-12)
    }
}
