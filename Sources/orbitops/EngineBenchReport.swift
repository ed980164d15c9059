import ConstellationSim
import Foundation

/// What `orbitops bench` measured, as a table or JSON.
struct EngineBenchReport {
    var scenario: String
    var satellites: Int
    var ticks: Int
    var threads: Int?
    var buildSeconds: Double
    var elapsedSeconds: Double
    /// Phase times before and after the timed ticks.
    var baseline: PhaseTimes
    var after: PhaseTimes
    var snapshot: SnapshotBench
    /// Resident set after the timed ticks, before any console frame is built.
    var steadyRSSBytes: Int
    var peakRSSBytes: Int
    var worldBytesPerSatellite: Int

    var ticksPerSecond: Double { Double(ticks) / max(elapsedSeconds, 1e-12) }

    /// Nanoseconds per satellite-tick of each phase over the timed ticks.
    var phaseNanoseconds: [(name: String, ns: Double)] {
        let denominator = Double(max(1, ticks)) * Double(max(1, satellites))
        return zip(after.names, zip(after.nanoseconds, baseline.nanoseconds)).map { name, pair in
            (name, Double(pair.0 &- pair.1) / denominator)
        }
    }

    var table: String {
        var lines: [String] = []
        let threadText = threads.map(String.init) ?? "all cores (\(ProcessInfo.processInfo.activeProcessorCount))"
        lines.append("bench \(scenario): \(satellites) satellites, \(ticks) ticks, threads \(threadText)")
        lines.append(String(format: "ticks/s            %.2f", ticksPerSecond))
        lines.append(String(format: "ns/satellite-tick  %.1f", elapsedSeconds * 1e9 / Double(max(1, ticks * satellites))))
        lines.append(String(format: "build              %.2f s", buildSeconds))
        lines.append("snapshot           " + snapshot.what + " (medians)")
        lines.append(String(format: "peak RSS           %.1f MiB (%.0f B/satellite; world columns %d B/satellite)",
                            Double(peakRSSBytes) / 1_048_576, Double(peakRSSBytes) / Double(max(1, satellites)),
                            worldBytesPerSatellite))
        lines.append(String(format: "RSS after ticks    %.1f MiB (%.0f B/satellite, engine alone)",
                            Double(steadyRSSBytes) / 1_048_576, Double(steadyRSSBytes) / Double(max(1, satellites))))
        lines.append("phase              CPU ns/satellite-tick (serial phases: wall)")
        for phase in phaseNanoseconds {
            lines.append(phase.name.padding(toLength: 19, withPad: " ", startingAt: 0) + String(format: "%.1f", phase.ns))
        }
        return lines.joined(separator: "\n")
    }

    var json: String {
        var object: [String: Any] = [
            "scenario": scenario, "satellites": satellites, "ticks": ticks, "threads": threads ?? 0,
            "ticks_per_second": ticksPerSecond, "build_seconds": buildSeconds,
            "frame_ms_median": snapshot.frameMs, "first_sorted_answer_ms_median": snapshot.answerMs, "peak_rss_bytes": peakRSSBytes,
            "peak_rss_bytes_per_satellite": Double(peakRSSBytes) / Double(max(1, satellites)),
            "steady_rss_bytes": steadyRSSBytes,
            "steady_rss_bytes_per_satellite": Double(steadyRSSBytes) / Double(max(1, satellites)),
            "ns_per_satellite_tick": elapsedSeconds * 1e9 / Double(max(1, ticks * satellites)),
            "world_bytes_per_satellite": worldBytesPerSatellite,
        ]
        var phases: [String: Double] = [:]
        for phase in phaseNanoseconds { phases[phase.name] = phase.ns }
        object["phase_cpu_ns_per_satellite_tick"] = phases
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
              let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }
}
