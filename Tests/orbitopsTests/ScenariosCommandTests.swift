import ConstellationSim
import Foundation
import Testing

/// `orbitops scenarios`, `--scenario` and `--tle` through the real binary.
@Suite struct ScenariosCommandTests {
    /// Two element sets of the Vallado verification set (00005 and 06251), columns 1–69.
    static let goodTLE = """
    1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753
    2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667
    DELTA 1 DEB
    1 06251U 62025E   06176.82412014  .00008885  00000-0  12808-3 0  3985
    2 06251  58.0579  54.0425 0030035 139.1568 221.1854 15.56387291  6774

    """

    private func temporaryFile(_ name: String, _ text: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func listsEveryBuiltInWithItsSize() throws {
        let result = try BinaryUnderTest.run(["scenarios"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        #expect(lines[0].hasPrefix("NAME "))
        // name, satellites (planes × per_plane summed from the YAML), shells
        let expected = [("default", "1,032", "2"), ("suncatcher", "81", "1"), ("eclipse-season", "144", "1"),
                        ("training", "48", "1"), ("megaconstellation", "1,000,000", "10"),
                        ("latency", "1,584", "1")]
        for (line, (name, satellites, shells)) in zip(lines.dropFirst(), expected) {
            let words = line.split(separator: " ").map(String.init)
            #expect(Array(words.prefix(3)) == [name, satellites, shells])
            #expect(words.count > 4, "a description follows")
        }
    }

    @Test(arguments: ["default", "suncatcher", "eclipse-season", "training", "megaconstellation", "latency"])
    func showPrintsYAMLThatLoadsBackToTheSameScenario(name: String) throws {
        let result = try BinaryUnderTest.run(["scenarios", "--show", name])
        #expect(result.status == 0)
        let path = try temporaryFile("\(name).yaml", result.stdout)
        #expect(try ScenarioFile.load(path: path) == BuiltInScenarios.named(name))
    }

    @Test func flysAScenarioFile() throws {
        let shown = try BinaryUnderTest.run(["scenarios", "--show", "training"]).stdout
        let path = try temporaryFile("drill.yaml", shown.replacingOccurrences(of: "planes: 6", with: "planes: 5"))
        let result = try BinaryUnderTest.run(["simulate", "--scenario", path, "--duration", "10s", "--every", "10s"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 1 + 2 * 5 * 8)  // header + 2 samples × 40 satellites
    }

    @Test func tleAddsCatalogSatellites() throws {
        let path = try temporaryFile("two.tle", Self.goodTLE)
        let result = try BinaryUnderTest.run(["simulate", "--scenario", "training", "--tle", path,
                                              "--duration", "10s", "--every", "10s"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 2 * (48 + 2))
        // With a catalog the shell ids carry the shell name; catalog satellites go by number.
        #expect(rows.contains { $0.hasPrefix("2026-06-21T00:00:00.000Z,0,5,") })
        #expect(rows.contains { $0.hasPrefix("2026-06-21T00:00:10.000Z,10,6251,") })
        #expect(rows.first?.hasPrefix("2026-06-21T00:00:00.000Z,0,drill-550/P01-S01,") == true)
    }

    @Test func badTLEIsExitTwoNamingFileLineAndField() throws {
        // 06251's line 1 with its epoch corrupted (checksum left as it was, so the checksum fails first).
        let bad = Self.goodTLE.replacingOccurrences(of: "06176.82412014", with: "06176.8241201x")
        let path = try temporaryFile("bad.tle", bad)
        let result = try BinaryUnderTest.run(["simulate", "--scenario", "training", "--tle", path, "--duration", "10s"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("orbitops: --tle: \(path):4: "))
        #expect(result.stderr.contains("(use --skip-invalid to skip bad element sets)"))
        #expect(result.stderr.split(separator: "\n").count == 1)

        let skipped = try BinaryUnderTest.run(["simulate", "--scenario", "training", "--tle", path, "--skip-invalid",
                                               "--duration", "10s", "--every", "10s"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.hasPrefix("orbitops: warning: skipped \(path):4: "))
        #expect(skipped.stdout.split(separator: "\n").count == 1 + 2 * (48 + 1))
    }

    @Test(arguments: [
        (["simulate", "--scenario", "no-such", "--duration", "10s"],
         "orbitops: --scenario 'no-such' is neither a built-in scenario (default, suncatcher, eclipse-season, training, megaconstellation, latency) nor an existing file"),
        (["simulate", "--tle", "/nonexistent/x.tle", "--duration", "10s"],
         "orbitops: --tle: cannot read /nonexistent/x.tle (no such file)"),
        (["scenarios", "--show", "nope"],
         "orbitops: --show 'nope' is not a built-in scenario: use one of default, suncatcher, eclipse-season, training, megaconstellation, latency"),
    ])
    func badNamesAreOneLineAndExitTwo(arguments: [String], message: String) throws {
        let result = try BinaryUnderTest.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr == message + "\n")
    }

    @Test func badScenarioFileIsOneLineNamingFileLineAndKey() throws {
        let path = try temporaryFile("mine.yaml", "shells:\n  - {altitude_km: \"550 km\", inclination_deg: 53, planes: 1, per_plane: 1}\n")
        let result = try BinaryUnderTest.run(["simulate", "--scenario", path, "--duration", "10s"])
        #expect(result.status == 2)
        #expect(result.stderr == "orbitops: \(path):2:19: shells[0].altitude_km: \"550 km\" is not a number (kilometres, e.g. 550)\n")
    }
}
