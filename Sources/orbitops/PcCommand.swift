import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops pc`: probability of collision of one CCSDS CDM.
struct PcCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pc",
        abstract: "Probability of collision of a CCSDS CDM (KVN, version 1.0 or 2.0).",
        discussion: """
            States in EME2000, GCRF or ITRF; covariances in each object's RTN frame (m²). Prints pc, method, \
            miss distance (m) and relative speed (m/s), one 'key: value' per line. The hard-body radius is the \
            message's HBR when it has one, else --hard-body-radius (default 20m). Exit 2 for an unusable file.
            """)

    @Argument(help: "A CDM in KVN.")
    var file: String

    @Option(help: "Pc method: foster or chan.")
    var method: PcMethod = .foster

    @Option(help: "Combined hard-body radius: a number with m or km (overrides the CDM's HBR).")
    var hardBodyRadius: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw UsageError("\(file): no such file or not readable") }
        guard let text = String(data: data, encoding: .utf8) else { throw UsageError("\(file): is not UTF-8 text (a KVN CDM expected)") }
        let cdm: ConjunctionDataMessage
        do {
            cdm = try CDMReader.read(text)
        } catch {
            throw UsageError("\(file): \(error)")
        }
        var radiusM = cdm.hardBodyRadiusM ?? 20
        if let hardBodyRadius {
            guard let km = DistanceText.kilometres(hardBodyRadius) else {
                throw UsageError("--hard-body-radius '\(hardBodyRadius)' is not a distance: use \(DistanceText.accepted)")
            }
            radiusM = km * 1000
        }
        let geometry = cdm.geometry
        guard let plane = geometry.plane else {
            throw UsageError("\(file): no encounter plane (zero relative velocity or a covariance that is not positive definite)")
        }
        let pc = CollisionProbability.probability(plane, hardBodyRadius: radiusM, method: method)
        let lines = [
            "pc: \(String(format: "%.6e", pc))",
            "method: \(method.rawValue)",
            "miss_distance_m: \(String(format: "%.3f", geometry.missM))",
            "relative_speed_m_s: \(String(format: "%.3f", geometry.relativeSpeedMPerS))",
            "hard_body_radius_m: \(String(format: "%g", radiusM))",
        ]
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
