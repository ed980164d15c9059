import Foundation

/// A headless study: runs a scenario for a duration and hands satellite rows to
/// an encoder every `every` seconds. The same `Simulation` the console flies.
public struct HeadlessRun {
    public let scenario: Scenario
    public let durationS: Double
    public let everyS: Double
    /// ALARMS: journal and KPIs of the run (nil: alarms are not recorded).
    public var alarmRecorder: HeadlessAlarmRecorder?

    /// Columns of satellite telemetry rows.
    public static let satelliteColumns = ["time_utc", "sim_s", "sat", "lat_deg", "lon_deg", "alt_km"]

    /// Fails with a message naming the flag when the interval does not fit the tick.
    public init(scenario: Scenario, durationS: Double, everyS: Double) throws(HeadlessRunError) {
        let dt = scenario.dtSeconds
        guard durationS > 0 else { throw .invalid("--duration must be greater than zero") }
        guard everyS > 0 else { throw .invalid("--every must be greater than zero") }
        let ratio = everyS / dt
        guard abs(ratio - ratio.rounded()) < 1e-9, ratio.rounded() >= 1 else {
            throw .invalid("--every \(DurationText.format(everyS)) is not a whole multiple of the scenario tick "
                + "(dt = \(DurationText.format(dt))); use e.g. --every \(DurationText.format(dt * max(1, ratio.rounded())))")
        }
        self.scenario = scenario
        self.durationS = durationS
        self.everyS = everyS
    }

    /// Ticks between two samples.
    public var ticksPerSample: Int { Int((everyS / scenario.dtSeconds).rounded()) }
    /// Total ticks run.
    public var totalTicks: Int { Int((durationS / scenario.dtSeconds).rounded(.down)) }

    /// Runs the study. `progress` receives the fraction done after each sample.
    public func run(into encoder: inout TelemetryEncoder, progress: (Double) -> Void = { _ in }) throws {
        var simulation = Simulation(scenario: scenario)
        try alarmRecorder?.begin(&simulation)  // ALARMS
        let total = totalTicks
        while true {
            try writeSample(simulation, into: &encoder)
            progress(total == 0 ? 1 : Double(simulation.tick) / Double(total))
            let remaining = total - Int(simulation.tick)
            if remaining < ticksPerSample { break }
            for _ in 0..<ticksPerSample {
                simulation.advance()
                try alarmRecorder?.afterTick(&simulation)  // ALARMS: one transaction per tick
            }
        }
        try encoder.flush()
        try alarmRecorder?.finish(&simulation)  // ALARMS
    }

    private func writeSample(_ simulation: Simulation, into encoder: inout TelemetryEncoder) throws {
        let time = simulation.time.iso8601
        let simS = String(format: "%.0f", simulation.simSeconds)
        let fleet = simulation.fleet
        for i in 0..<fleet.count {
            try encoder.append([
                .text(time), .number(simS), .text(fleet.ids[i]),
                .number(String(format: "%.5f", fleet.latitudeDeg[i])),
                .number(String(format: "%.5f", fleet.longitudeDeg[i])),
                .number(String(format: "%.3f", fleet.altitudeKm[i])),
            ])
        }
    }
}

/// A headless run that cannot start, with a message for the user.
public enum HeadlessRunError: Error, CustomStringConvertible {
    case invalid(String)
    public var description: String {
        switch self { case .invalid(let message): return message }
    }
}
