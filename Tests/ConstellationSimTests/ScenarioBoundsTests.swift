import Foundation
import Testing
@testable import ConstellationSim

/// Issue 14 D4–D9: scenario values that used to trap, allocate gigabytes or never finish
/// are refused by the reader with file:line:column, key and what is accepted.
/// Lines and columns are counted by hand in the YAML below.
@Suite struct ScenarioBoundsTests {
    /// A one-shell scenario: `dt` on line 1, the shell's keys from line 3, `extra` after them.
    private static func yaml(dt: String = "10", shell: String, extra: String = "") -> String {
        """
        dt_s: \(dt)
        shells:
          - {name: s, \(shell)}\(extra)
        """
    }

    static let cases: [(String, String)] = [
        // D4: no sun-synchronous orbit above ≈ 5,975 km (cos i passes −1)
        (yaml(shell: "altitude_km: 7000, sun_synchronous: true, ltan: \"18:00\", planes: 1, per_plane: 2"),
         "mine.yaml:3:28: shells[0].altitude_km: no sun-synchronous orbit exists at 7000 km: use an altitude below 5974 km"),
        (yaml(shell: "altitude_km: 36000, sun_synchronous: true, ltan: \"18:00\", planes: 1, per_plane: 2"),
         "mine.yaml:3:28: shells[0].altitude_km: no sun-synchronous orbit exists at 36000 km: use an altitude below 5974 km"),
        // D5
        (yaml(shell: "altitude_km: 550, inclination_deg: 53, raan_offset_deg: 1e308, planes: 1, per_plane: 2"),
         "mine.yaml:3:71: shells[0].raan_offset_deg: 1e+308 is outside -360…360"),
        // D6
        (yaml(shell: "altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2", extra: "\nradiation: {sensitive_bits: 1e300}"),
         "mine.yaml:4:29: radiation.sensitive_bits: 1e+300 is outside 0…1e+15"),
        // D7: a memory estimate at ≈ 1 KiB per satellite
        (yaml(shell: "altitude_km: 550, inclination_deg: 53, planes: 10000000, per_plane: 1"),
         "mine.yaml:3:62: shells[0].planes: 10000000 planes makes 10000000 satellites, which needs ≈ 9.5 GiB (≈ 1 KiB each); at most 4000000 satellites (≈ 3.8 GiB) are accepted"),
        (yaml(shell: "altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 10000000"),
         "mine.yaml:3:76: shells[0].per_plane: 10000000 per plane makes 10000000 satellites, which needs ≈ 9.5 GiB (≈ 1 KiB each); at most 4000000 satellites (≈ 3.8 GiB) are accepted"),
        // D7: planes × per_plane past Int's range is refused, not multiplied
        (yaml(shell: "altitude_km: 550, inclination_deg: 53, planes: 4000000000000, per_plane: 4000000000000"),
         "mine.yaml:3:88: shells[0].per_plane: 4000000000000 per plane makes 1.6e+25 satellites, which needs ≈ 1.53e+19 GiB (≈ 1 KiB each); at most 4000000 satellites (≈ 3.8 GiB) are accepted"),
        // D8
        (yaml(shell: "altitude_km: 1e308, inclination_deg: 53, planes: 1, per_plane: 2"),
         "mine.yaml:3:28: shells[0].altitude_km: 1e+308 km is above 100000 km: use an Earth orbit, 150…100000 km"),
        // D9: the tick, and the duration in ticks
        (yaml(dt: "1e-9", shell: "altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2"),
         "mine.yaml:1:7: dt_s: 1e-09 is outside 0.01…3600"),
        ("duration: 36500d\n\(yaml(dt: "0.01", shell: "altitude_km: 550, inclination_deg: 53, planes: 1, per_plane: 2"))",
         "mine.yaml:1:11: duration: 36500d is more than 100000000 ticks of 0.01s: use up to 1000000s"),
    ]

    @Test(arguments: cases)
    func refusesOutOfBoundsValues(_ text: String, _ expected: String) {
        #expect(scenarioParseMessage(text) == expected)
    }

    /// The bound is the analytic edge of cos i = −Ω̇☉ / ((3/2) J2 (R/a)² n) ≥ −1.
    @Test func sunSynchronousLimitIsWhereCosineOfInclinationPassesMinusOne() {
        #expect(sunSynchronousInclinationDeg(altitudeKm: ScenarioFile.maximumSunSynchronousAltitudeKm).isFinite)
        #expect(sunSynchronousInclinationDeg(altitudeKm: ScenarioFile.maximumSunSynchronousAltitudeKm + 1).isNaN)
    }

    /// The largest values still accepted parse (the bounds are not off by one the other way).
    @Test func acceptsValuesAtTheBounds() {
        #expect(scenarioParseMessage(Self.yaml(dt: "3600", shell: "altitude_km: 5974, sun_synchronous: true, ltan: \"18:00\", planes: 2000, per_plane: 2000")) == "parsed")
        #expect(scenarioParseMessage(Self.yaml(shell: "altitude_km: 100000, inclination_deg: 0, raan_offset_deg: -360, planes: 1, per_plane: 1")) == "parsed")
    }
}
