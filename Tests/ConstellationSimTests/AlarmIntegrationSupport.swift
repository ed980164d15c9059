import Foundation
@testable import ConstellationSim

/// Synthetic alarm telemetry for the tiny scenario (12 satellites): every column NaN
/// (no sample) but the values set, modes NOMINAL unless set.
struct SyntheticColumns {
    var samples: [[Double]]
    var modes: [OperatingMode]

    init(satellites: Int) {
        samples = Array(repeating: Array(repeating: .nan, count: satellites), count: AlarmParameter.count)
        modes = Array(repeating: .nominal, count: satellites)
    }

    subscript(parameter: AlarmParameter, satellite: Int) -> Double {
        get { samples[Int(parameter.rawValue)][satellite] }
        set { samples[Int(parameter.rawValue)][satellite] = newValue }
    }
}

extension Simulation {
    /// Runs one tick whose alarm step reads `columns`; returns the tick's transitions.
    mutating func advance(with columns: SyntheticColumns) -> [AlarmTransition] {
        alarmColumnsOverride = (columns.samples, columns.modes)
        let wasRecording = recordsAlarmBatches
        recordsAlarmBatches = true
        _ = takeAlarmBatches()
        advance()
        let batches = takeAlarmBatches()
        recordsAlarmBatches = wasRecording
        return batches.last?.transitions ?? []
    }
}

/// A fresh temporary directory.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-alarmint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
