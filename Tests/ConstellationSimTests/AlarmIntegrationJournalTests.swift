import Foundation
import Testing
@testable import ConstellationSim

/// The journal writer: one `tick` row per tick with its counts, written in the same
/// transaction as the tick's events, also when the writer commits many ticks at once.
@Suite struct AlarmIntegrationJournalTests {
    @Test func everyTickIsWrittenWithItsTransitionCount() throws {
        let dir = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("j.sqlite").path
        var sim = Simulation(scenario: tinyScenario)
        sim.recordsAlarmBatches = true
        // A tiny backlog bound makes the blocking path and group commits likely.
        let writer = AlarmJournalWriter(journal: try AlarmJournal(
            path: path, startSimSeconds: 0, satelliteIDs: sim.fleet.ids), maximumBacklog: 3)
        var c = SyntheticColumns(satellites: sim.fleet.count)
        var expected: [Int] = []
        for tick in 1...40 {
            // Satellite (tick mod 12)'s SEU rate jumps to 20/h (WARNING, on-delay 0) on odd
            // ticks and back to 0 on even ones (off-delay 1: clears on the second sample).
            let s = (tick / 2) % sim.fleet.count
            c[.seuRate, s] = tick.isMultiple(of: 2) ? 0 : 450
            sim.alarmColumnsOverride = (c.samples, c.modes)
            sim.advance()
            let batches = sim.takeAlarmBatches()
            expected.append(batches.reduce(0) { $0 + $1.transitions.count })
            writer.submit(batches)
        }
        writer.flush()
        #expect(writer.status.ticksWritten == 40 && writer.status.backlog == 0 && writer.status.failure == nil)
        // Whether the tiny bound made `submit` wait depends on thread timing; what must
        // hold either way is below: every tick complete, in order, with its counts.
        try writer.close()
        let batches = try AlarmJournalReader(path: path).batches()
        #expect(batches.map(\.tick) == Array(1...40))
        #expect(batches.map(\.transitions) == expected)
        #expect(batches.allSatisfy { $0.writtenTransitions == $0.transitions })
        #expect(expected.reduce(0, +) > 0)
        #expect(try AlarmJournalReader(path: path).pragma("integrity_check") == "ok")
    }
}
