import Foundation
import Testing
import ConstellationSim

/// `orbitops screen` and `orbitops pc` through the real binary: columns, formats, the
/// CDM round trip and bad input.
@Suite struct ScreenCommandTests {
    /// 40002 (53°) and 40001 (97.6°) reach the same ascending node together ~5 min after
    /// the epoch: one crossing encounter. 40010 and 40011 fly one orbit 0.005° apart: a train.
    static let catalog = """
        CROSSER-B
        1 40002U 26001A   26060.50000000  .00000000  00000-0  00000-0 0  9994
        2 40002  53.0000   0.0000 0001000   0.0000 340.0000 15.05000000    16
        CROSSER-A
        1 40001U 26001A   26060.50000000  .00000000  00000-0  00000-0 0  9993
        2 40001  97.6000   0.0000 0001000   0.0000 340.0000 15.05000000    19
        TRAIN-1
        1 40010U 26001A   26060.50000000  .00000000  00000-0  00000-0 0  9993
        2 40010  53.0000   0.0000 0001000   0.0000  20.0000 15.05000000    10
        TRAIN-2
        1 40011U 26001A   26060.50000000  .00000000  00000-0  00000-0 0  9994
        2 40011  53.0000   0.0000 0001000   0.0000  20.0050 15.05000000    16
        """

    static func file() throws -> String { try PropagateCommandTests.temporaryFile(catalog, name: "pair.tle") }

    @Test func csvHasTheContractColumnsAndBothKinds() throws {
        let result = try BinaryUnderTest.run(["screen", try Self.file(), "--window", "30m", "--threshold", "20km"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "catalog_a,catalog_b,name_a,name_b,tca_utc,miss_km,rel_speed_km_s,radial_km,in_track_km,cross_track_km,pc,kind")
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        try #require(rows.count == 2, "\(result.stdout)")
        let crossing = try #require(rows.first { $0[11] == "encounter" })
        #expect(crossing[0] == "40001" && crossing[1] == "40002" && crossing[2] == "CROSSER-A" && crossing[3] == "CROSSER-B")
        #expect(crossing[4].range(of: #"^2026-03-01T12:0\d:\d\d\.\d{3}Z$"#, options: .regularExpression) != nil, "\(crossing[4])")
        let miss = try #require(Double(crossing[5])), speed = try #require(Double(crossing[6]))
        let rtn = crossing[7...9].compactMap(Double.init)
        #expect(miss < 20 && rtn.count == 3)
        #expect(abs((rtn.map { $0 * $0 }.reduce(0, +)).squareRoot() - miss) < 1e-5)
        // Two 7.6 km/s orbits crossing at 44.6°: |Δv| = 2 v sin(22.3°) ≈ 5.7 km/s.
        #expect(speed > 5.4 && speed < 6.0)
        #expect(Double(crossing[10]) != nil)
        let train = try #require(rows.first { $0[11] == "co_orbital" })
        #expect(train[0] == "40010" && train[1] == "40011")
        #expect((Double(train[5]) ?? 99) < 1 && (Double(train[6]) ?? 1) < 0.010)
    }

    @Test func jsonlCarriesTheSameKeys() throws {
        let result = try BinaryUnderTest.run(["screen", try Self.file(), "--window", "30m", "--threshold", "20km",
                                              "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == 2)
        let keys = Set("catalog_a,catalog_b,name_a,name_b,tca_utc,miss_km,rel_speed_km_s,radial_km,in_track_km,cross_track_km,pc,kind".split(separator: ",").map(String.init))
        #expect(objects.allSatisfy { Set($0.keys) == keys })
    }

    @Test func againstScreensOnlyAcrossTheSides() throws {
        let primary = try PropagateCommandTests.temporaryFile(
            Self.catalog.split(separator: "\n").prefix(3).joined(separator: "\n"), name: "b.tle")
        let result = try BinaryUnderTest.run(["screen", primary, "--against", try Self.file(), "--window", "30m",
                                              "--threshold", "20km"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 1 && rows.first?.hasPrefix("40001,40002,") == true, "\(result.stdout)")
    }

    @Test func cdmOutputReadsBackWithTheSameGeometryAndPc() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-cdm-\(UUID().uuidString)").path
        let csv = try BinaryUnderTest.run(["screen", try Self.file(), "--window", "30m", "--threshold", "20km"])
        let screened = try BinaryUnderTest.run(["screen", try Self.file(), "--window", "30m", "--threshold", "20km",
                                                "--format", "cdm", "--output", directory])
        #expect(screened.status == 0, "\(screened.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("40001_40002") }
        let file = try #require(files.first)
        let path = (directory as NSString).appendingPathComponent(file)
        let cdm = try CDMReader.read(try String(contentsOfFile: path, encoding: .utf8))
        #expect(cdm.object1.designator == "40001" && cdm.object1.frame == .itrf)
        let row = try #require(csv.stdout.split(separator: "\n").first { $0.hasPrefix("40001,40002,") })
            .split(separator: ",").map(String.init)
        let geometry = cdm.geometry
        #expect(abs(geometry.missM - (Double(row[5]) ?? 0) * 1000) < 0.01)
        #expect(abs(geometry.relativeSpeedMPerS - (Double(row[6]) ?? 0) * 1000) < 0.01)
        let pcLine = try BinaryUnderTest.run(["pc", path])
        #expect(pcLine.status == 0, "\(pcLine.stderr)")
        let printed = pcLine.stdout.split(separator: "\n").first { $0.hasPrefix("pc: ") }.map { String($0.dropFirst(4)) }
        let pc = try #require(printed.flatMap(Double.init)), expected = try #require(Double(row[10]))
        #expect(abs(pc - expected) <= 1e-4 * expected)
        #expect(pcLine.stdout.contains("method: foster"))
    }

    @Test(arguments: [
        (["--window", "2x", "--threshold", "5km"], "--window"),
        (["--window", "1d", "--threshold", "5"], "--threshold"),
        (["--window", "1d", "--threshold", "-5km"], "--threshold"),
        (["--window", "1d", "--threshold", "5km", "--from", "yesterday"], "--from"),
        (["--window", "1d", "--threshold", "5km", "--format", "xml"], "format"),
    ])
    func badOptionsExitTwoWithOneLine(arguments: [String], naming: String) throws {
        let result = try BinaryUnderTest.run(["screen", try Self.file()] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(naming), "\(result.stderr)")
    }

    @Test func pcRejectsAFileThatIsNotACDM() throws {
        let path = try PropagateCommandTests.temporaryFile("CCSDS_CDM_VERS = 1.0\nTCA = 2026-01-01T00:00:00\n", name: "x.cdm")
        let result = try BinaryUnderTest.run(["pc", path])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("OBJECT"), "\(result.stderr)")
    }
}
