import ArgumentParser
import ConstellationSim
import Foundation

/// `orbitops export JOURNAL --telemetry satellites|fleet`: the telemetry archive of a
/// recorded session, with the columns of `orbitops simulate`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the telemetry archived in a journal as CSV or JSON lines (the columns of 'simulate').",
        discussion: """
            Fleet rows exist for every tick, satellite rows every --archive-every of the recording \
            (the oldest may have been dropped to keep the journal within --archive-max-mb). \
            Rows start at the first tick (simulate also writes the initial state).
            """)

    @Argument(help: "The journal file (.sqlite).")
    var journal: String

    @Option(help: "Rows to export: satellites (one row per satellite per sample) or fleet (one row of totals per tick).")
    var telemetry: TelemetryKind = .satellites

    @Option(help: "Only rows at or after this simulated time since the scenario start (e.g. 10m).")
    var from: String?

    @Option(help: "Only rows at or before this simulated time since the scenario start (e.g. 2h).")
    var to: String?

    @Option(help: "Only these satellites, comma-separated ids (e.g. P01-S01,P01-S02); satellite rows only.")
    var satellites: String?

    @Option(help: "Output format: csv or jsonl.")
    var format: TelemetryFormat = .csv

    @Option(help: "The session id to export (default: the newest).")
    var session: Int64?

    func validate() throws {
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, DurationText.seconds(value) == nil {
                throw ValidationError("\(flag) '\(value)' is not a duration: use \(DurationText.accepted)")
            }
        }
        if let from, let to, let a = DurationText.seconds(from), let b = DurationText.seconds(to), b < a {
            throw ValidationError("--to \(to) is before --from \(from): give an interval that ends after it starts")
        }
        if telemetry == .maneuvers {
            throw ValidationError("--telemetry maneuvers is not archived in the journal: use 'orbitops simulate --telemetry maneuvers'")
        }
        if satellites != nil, telemetry == .fleet {
            throw ValidationError("--satellites selects satellite rows; it cannot be used with --telemetry fleet")
        }
        if telemetry == .routes {
            throw ValidationError("--telemetry routes: the archive keeps satellite and fleet rows only; "
                                  + "route rows come from 'orbitops simulate --telemetry routes'")
        }
    }

    func run() throws {
        let loaded = try ReplayCommand.load(journal, session: session, force: true)
        let scenario = loaded.scenario
        let reader: TelemetryArchiveReader
        do {
            reader = try TelemetryArchiveReader(path: journal)
        } catch {
            throw UsageError("\(journal): no telemetry archive (journal written before recording)")
        }
        let columns = telemetry == .fleet ? HeadlessRun.fleetColumns : HeadlessRun.satelliteColumns
        var encoder = TelemetryEncoder(format: format, columns: columns) { text in
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        }
        // An interval holding no whole tick exports no rows (the header only, in CSV).
        guard let ticks = tickRange(dtSeconds: scenario.dtSeconds) else {
            try encoder.flush()
            return
        }
        func stamp(_ simSeconds: Double) -> (String, String) {
            (scenario.epoch.adding(seconds: simSeconds).iso8601, String(format: "%.0f", simSeconds))
        }
        let id = loaded.session.id
        switch telemetry {
        case .fleet:
            try reader.fleet(session: id, ticks: ticks) { _, simS, aggregates in
                let (time, sim) = stamp(simS)
                try encoder.append(HeadlessRun.fleetRow(time: time, simS: sim, aggregates))
            }
        case .routes:
            throw UsageError("--telemetry routes is not archived: use 'orbitops simulate --telemetry routes'")
        case .satellites:
            let ids = Fleet(scenario: scenario).ids
            let picked = try pick(ids)
            let stations = scenario.groundStations.map(\.name)
            try reader.satellites(session: id, ticks: ticks, only: picked) { tick, simS, satellite, values in
                let (time, sim) = stamp(simS)
                guard satellite < ids.count, let row = HeadlessRun.satelliteRow(
                    time: time, simS: sim, id: ids[satellite], values, stations: stations) else {
                    throw RuntimeFailure("\(journal): archived row of satellite \(satellite) at tick \(tick) is damaged")
                }
                try encoder.append(row)
            }
        case .maneuvers:
            break  // refused in validate()
        }
        try encoder.flush()
    }

    /// `--from`…`--to` as ticks (whole ticks inside the interval); nil when none is.
    private func tickRange(dtSeconds: Double) -> ClosedRange<UInt64>? {
        func tick(_ text: String?, rounding: FloatingPointRoundingRule) -> UInt64? {
            guard let seconds = text.flatMap(DurationText.seconds) else { return nil }
            let t = (seconds / dtSeconds).rounded(rounding)
            return t >= 1e15 ? UInt64(1e15) : UInt64(max(0, t))
        }
        let lo = tick(from, rounding: .up) ?? 0, hi = tick(to, rounding: .down) ?? UInt64(1e15)
        return lo <= hi ? lo...hi : nil
    }

    /// The fleet indices `--satellites` names (nil: all).
    private func pick(_ ids: [String]) throws -> Set<Int>? {
        guard let satellites else { return nil }
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        var picked = Set<Int>()
        for name in satellites.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let i = index[name] else {
                throw UsageError("--satellites: unknown satellite '\(name)' (ids look like \(ids.first ?? "P01-S01"))")
            }
            picked.insert(i)
        }
        return picked
    }
}
