import Foundation
import Testing
@testable import ConstellationSim

@Suite struct ScenarioFileGeometryTests {
    private func shell(altitudeKm: Double, ltan: String, epoch: String) throws -> WalkerShell {
        let yaml = """
        epoch: \(epoch)
        shells:
          - {altitude_km: \(altitudeKm), sun_synchronous: true, ltan: "\(ltan)", planes: 4, per_plane: 3}
        """
        return try ScenarioFile.parse(yaml, source: "sso.yaml").shells[0].shell
    }

    /// RAAN of the first plane − right ascension of the mean sun = (LTAN − 12 h) × 15°.
    /// The mean sun is computed here from the Astronomical Almanac: L = 280.460° + 0.9856474° n,
    /// n = JD − 2451545.0, with the Julian date of the epoch worked out by hand.
    @Test(arguments: [
        ("18:00", "2026-06-21T00:00:00Z", 2_461_212.5, 90.0),
        ("06:00", "2026-06-21T00:00:00Z", 2_461_212.5, -90.0),
        ("10:30", "2025-01-01T12:00:00Z", 2_460_677.0, -22.5),
        ("13:45", "2024-03-20T06:30:00Z", 2_460_389.770_833_333, 26.25),
    ])
    func firstPlaneFollowsTheLocalTimeOfTheNode(ltan: String, epoch: String, julianDate: Double, offsetDeg: Double) throws {
        let shell = try shell(altitudeKm: 650, ltan: ltan, epoch: epoch)
        let meanSunDeg = (280.460 + 0.985_647_4 * (julianDate - 2_451_545.0)).truncatingRemainder(dividingBy: 360)
        var difference = (shell.raanOffsetDeg - meanSunDeg - offsetDeg).truncatingRemainder(dividingBy: 360)
        if difference > 180 { difference -= 360 }
        if difference < -180 { difference += 360 }
        #expect(abs(difference) < 0.1)
    }

    /// cos i = −(2π / tropical year) / (1.5 J2 (R/a)² √(μ/a³)), constants typed in here
    /// (WGS-84 R = 6378.137 km, μ = 398600.4418 km³/s², EGM J2 = 1.08262668e-3);
    /// REFERENCE.md gives 97.99° at 650 km.
    @Test(arguments: [500.0, 650, 800, 1000, 2000])
    func inclinationIsTheJ2SunSynchronousOne(altitudeKm: Double) throws {
        let shell = try shell(altitudeKm: altitudeKm, ltan: "18:00", epoch: "2026-06-21T00:00:00Z")
        let a = 6378.137 + altitudeKm
        let n = (398_600.4418 / (a * a * a)).squareRoot()
        let sunRate = 2 * Double.pi / (365.242_19 * 86_400)
        let expected = acos(-sunRate / (1.5 * 1.082_626_68e-3 * pow(6378.137 / a, 2) * n)) * 180 / .pi
        #expect(abs(shell.inclinationDeg - expected) < 1e-9)
        if altitudeKm == 650 { #expect(abs(shell.inclinationDeg - 97.99) < 0.01) }
    }
}
