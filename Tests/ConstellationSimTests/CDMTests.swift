import Foundation
import Testing
@testable import ConstellationSim

/// The CDM reader on hand-written KVN messages carrying CARA's Omitron case 01 (see
/// Fixtures/cara_pc2d_cases.json), in EME2000 (version 2.0) and in ITRF (version 1.0).
@Suite struct CDMTests {
    /// Omitron case 01: states km, km/s; covariances inertial km² (rotated to RTN m² here).
    static let r1 = SIMD3(378.39559, 4305.721887, 5752.767554), v1 = SIMD3(2.360800244, 5.580331936, -4.322349039)
    static let r2 = SIMD3(374.5180598, 4307.560983, 5751.130418), v2 = SIMD3(-5.388125081, -3.946827739, 3.322820358)
    static let c1 = Matrix3(rows: SIMD3(44.5757544811362, 81.6751751052616, -67.8687662707124),
                            SIMD3(81.6751751052616, 158.453402956163, -128.616921644857),
                            SIMD3(-67.8687662707124, -128.616921644858, 105.490542562701))
    static let c2 = Matrix3(rows: SIMD3(2.31067077720423, 1.69905293875632, -1.4170164577661),
                            SIMD3(1.69905293875632, 1.24957388457206, -1.04174164279599),
                            SIMD3(-1.4170164577661, -1.04174164279599, 0.869260558223714))
    static let expectedPc = 2.70601573490125e-05  // CARA Pc2D_Foster_UnitTest, HBR 20 m
    static let tca = JulianDate(year: 2026, month: 3, day: 1, hour: 6, minute: 30, second: 12.25)

    static func rtnM2(_ c: Matrix3, _ r: SIMD3<Double>, _ v: SIMD3<Double>) throws -> Matrix3 {
        let f = try #require(RTNFrame(positionKm: r, velocityKmPerS: v))
        let m = Matrix3(rows: f.radial, f.inTrack, f.crossTrack)
        return m * c * m.transposed * 1e6
    }

    static func kvn(version: String, frame: String, r: [SIMD3<Double>], v: [SIMD3<Double>], cov: [Matrix3], hbr: Bool) -> String {
        var lines = ["CCSDS_CDM_VERS = \(version)", "CREATION_DATE = 2026-03-01T00:00:00", "ORIGINATOR = TEST",
                     "MESSAGE_ID = OMITRON01", "TCA = \(String(tca.iso8601.dropLast()))", "MISS_DISTANCE = 0 [m]"]
        if hbr { lines.append("HBR = 20 [m]") }
        for k in 0..<2 {
            let c = cov[k]
            lines += ["OBJECT = OBJECT\(k + 1)", "COMMENT hand-written", "OBJECT_DESIGNATOR = \(k + 1)", "REF_FRAME = \(frame)",
                      "X = \(r[k].x) [km]", "Y = \(r[k].y) [km]", "Z = \(r[k].z) [km]",
                      "X_DOT = \(v[k].x) [km/s]", "Y_DOT = \(v[k].y) [km/s]", "Z_DOT = \(v[k].z) [km/s]",
                      "CR_R = \(c[0, 0]) [m**2]", "CT_R = \(c[1, 0]) [m**2]", "CT_T = \(c[1, 1]) [m**2]",
                      "CN_R = \(c[2, 0]) [m**2]", "CN_T = \(c[2, 1]) [m**2]", "CN_N = \(c[2, 2]) [m**2]"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func eme2000Version2ReproducesCARA() throws {
        let cov = [try Self.rtnM2(Self.c1, Self.r1, Self.v1), try Self.rtnM2(Self.c2, Self.r2, Self.v2)]
        let cdm = try CDMReader.read(Self.kvn(version: "2.0", frame: "EME2000", r: [Self.r1, Self.r2], v: [Self.v1, Self.v2],
                                              cov: cov, hbr: true))
        #expect(cdm.hardBodyRadiusM == 20)
        let plane = try #require(cdm.geometry.plane)
        let pc = CollisionProbability.foster(plane, hardBodyRadius: 20)
        #expect(abs(pc - Self.expectedPc) / Self.expectedPc < 0.001, "\(pc)")
    }

    @Test func itrfStatesAreRotatedBackBeforePc() throws {
        let gmst = greenwichMeanSiderealTime(Self.tca.day + Self.tca.fraction)
        let r = [Self.r1, Self.r2].map { inertialToEarthFixed($0, gmst: gmst) }
        let v = [(Self.r1, Self.v1), (Self.r2, Self.v2)].map { inertialToEarthFixedVelocity($0.0, $0.1, gmst: gmst) }
        let cov = [try Self.rtnM2(Self.c1, Self.r1, Self.v1), try Self.rtnM2(Self.c2, Self.r2, Self.v2)]
        let cdm = try CDMReader.read(Self.kvn(version: "1.0", frame: "ITRF", r: r, v: v, cov: cov, hbr: false))
        let back = cdm.object1.inertialState(at: cdm.tca)
        #expect(((back.positionKm - Self.r1) * (back.positionKm - Self.r1)).sum().squareRoot() < 1e-6)
        #expect(((back.velocityKmPerS - Self.v1) * (back.velocityKmPerS - Self.v1)).sum().squareRoot() < 1e-9)
        let pc = CollisionProbability.foster(try #require(cdm.geometry.plane), hardBodyRadius: 20)
        #expect(abs(pc - Self.expectedPc) / Self.expectedPc < 0.001, "\(pc)")
    }

    @Test func writerOutputReadsBack() throws {
        let a = TEMEState(positionKm: Self.r1, velocityKmPerS: Self.v1), b = TEMEState(positionKm: Self.r2, velocityKmPerS: Self.v2)
        let covA = Matrix3(diagonal: SIMD3(0.01, 0.25, 0.02)), covB = Matrix3(lower: 0.04, 0.001, 0.5, 0.0, 0.002, 0.03)
        let text = CDMWriter.write(messageID: "T", created: Self.tca, tca: Self.tca,
                                   object1: .init(designator: "11", name: "ONE", state: a, rtnCovarianceKm2: covA),
                                   object2: .init(designator: "22", name: "TWO", state: b, rtnCovarianceKm2: covB),
                                   hardBodyRadiusM: 20, pc: nil, method: .foster)
        let cdm = try CDMReader.read(text)
        #expect(cdm.object2.designator == "22" && cdm.object2.name == "TWO" && cdm.object1.frame == .itrf)
        #expect(abs(cdm.object2.rtnCovarianceM2[1, 0] - 1000) < 1e-6)
        // Millisecond TCA: the states come back within the rotation of < 0.5 ms.
        let back = cdm.object2.inertialState(at: cdm.tca)
        #expect(((back.positionKm - Self.r2) * (back.positionKm - Self.r2)).sum().squareRoot() < 1e-3)
        let direct = try #require(CollisionProbability.probability(a, rtnCovarianceKm2: covA, b, rtnCovarianceKm2: covB,
                                                                   hardBodyRadiusKm: 0.02))
        let read = CollisionProbability.foster(try #require(cdm.geometry.plane), hardBodyRadius: 20)
        #expect(abs(read - direct) / direct < 1e-6)
    }

    @Test(arguments: [
        ("TCA = 2026-01-01T00:00:00\n", "CCSDS_CDM_VERS"),
        ("CCSDS_CDM_VERS = 3.0\nTCA = 2026-01-01T00:00:00\n", "not supported"),
        ("CCSDS_CDM_VERS = 1.0\nTCA = soon\n", "TCA"),
        ("CCSDS_CDM_VERS = 1.0\nTCA = 2026-01-01T00:00:00\nOBJECT = OBJECT1\nREF_FRAME = TOD\n", "OBJECT"),
    ])
    func malformedMessagesAreRejected(text: String, naming: String) {
        #expect {
            _ = try CDMReader.read(text)
        } throws: { error in
            String(describing: error).contains(naming)
        }
    }

    @Test func unsupportedFrameIsNamed() {
        let cov = Matrix3(diagonal: SIMD3(1, 1, 1))
        let text = Self.kvn(version: "1.0", frame: "TOD", r: [Self.r1, Self.r2], v: [Self.v1, Self.v2], cov: [cov, cov], hbr: false)
        #expect {
            _ = try CDMReader.read(text)
        } throws: { error in
            String(describing: error).contains("REF_FRAME TOD")
        }
    }
}
