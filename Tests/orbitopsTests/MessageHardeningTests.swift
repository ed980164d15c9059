import Foundation
import Testing

/// Issue 14, "Messages": each bad input named in the issue gives one clear line naming
/// the file, the place or the flag, and what is accepted (exit 2), through the binary.
@Suite struct MessageHardeningTests {
    static let accepted = "a number followed by s, m, h or d, at most 36525d (e.g. 90s, 15m, 2h, 1.5d)"

    private func simulate(_ extra: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try BinaryUnderTest.run(["simulate", "--scenario", "training", "--no-journal", "--telemetry", "fleet",
                                 "--output", "/dev/null"] + extra)
    }

    private func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-messages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test(arguments: ["-1h", "-0.5d", "-1"])
    func negativeDurationSaysNegativeNotMissingValue(_ value: String) throws {
        let r = try simulate(["--duration", value])
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: --duration '\(value)' is not a duration: a duration cannot be negative; use \(Self.accepted)\n")
    }

    @Test func negativeSeedNamesTheValueAndTheFlag() throws {
        let r = try simulate(["--duration", "1h", "--seed", "-1"])
        #expect(r.status == 2)
        #expect(!r.stderr.contains("Missing value"))
        #expect(r.stderr.hasPrefix("orbitops: The value '-1' is invalid for '--seed <seed>'"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: ["10", "3600", "1.5"])
    func durationWithoutUnitIsRefused(_ value: String) throws {
        let r = try simulate(["--duration", value])
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: --duration '\(value)' is not a duration: it has no unit; use \(Self.accepted)\n")
    }

    @Test func nonUTF8ScenarioNamesTheByteAndItsPlace() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("latin1.yaml").path
        // "name: café" in Latin-1: é is the lone byte 0xE9 at offset 9.
        _ = FileManager.default.createFile(atPath: path, contents: Data(Array("dt_s: 10\nname: caf".utf8) + [0xE9, 0x0A]))
        let r = try BinaryUnderTest.run(["simulate", "--scenario", path, "--duration", "1h", "--no-journal"])
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: \(path):2:10: byte 0xE9 at line 2, column 10 (offset 18) is not UTF-8: save the file as UTF-8\n")
    }

    @Test func duplicateThemeKeyGivesItsLine() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("dup.yaml").path
        try "name: dup\nforeground: \"#ffffff\"\nborder: \"#5fafd7\"\nforeground: \"#000000\"\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let r = try BinaryUnderTest.run(["console", "--theme", path, "--no-journal"])
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: \(path):4: key 'foreground': duplicate key: give each key once\n")
    }

    @Test func duplicateConfigKeyGivesItsLine() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("config.yaml").path
        try "fps: 20\ntheme: nord\nfps: 30\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try BinaryUnderTest.run(["console", "--config", path, "--no-journal"])
        #expect(r.status == 2)
        #expect(r.stderr == "orbitops: \(path):3: key 'fps': duplicate key: give each key once\n")
    }

    @Test func unknownThemeInTheConfigNamesTheConfigFileAndKey() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("config.yaml").path
        try "fps: 20\ntheme: 5\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try BinaryUnderTest.run(["console", "--config", path, "--no-journal"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("orbitops: \(path):2: key 'theme': '5': no such theme; available: default"), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    /// Found by the TLE fuzz target: a resonant deep-space set integrates from its epoch,
    /// so `--minutes 1e300:1e300:1` never finished; times are bounded to 100 years.
    @Test func propagateTimesFarFromTheEpochAreRefused() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("italsat.tle").path
        try """
            1 24208U 96044A   06177.04061740 -.00000094  00000-0  10000-3 0  1600
            2 24208   3.8536  80.0121 0026640 311.0977  48.3000  1.00778054 36119

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try BinaryUnderTest.run(["propagate", path, "--minutes", "1e300:1e300:1"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("orbitops: --minutes '1e300:1e300:1' is not a time range: use START:STOP:STEP in minutes"))
        let ok = try BinaryUnderTest.run(["propagate", path, "--minutes", "0:52596000:52596000"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }
}
