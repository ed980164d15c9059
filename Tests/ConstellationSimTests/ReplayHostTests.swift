import Foundation
import Testing
@testable import ConstellationSim

/// The console's replay host: the recorded commands apply at their ticks whatever the
/// viewer does with pause, step and speed; the viewer cannot change the world; the
/// replay stops at its end.
@Suite struct ReplayHostTests {
    @Test func viewerPacingDoesNotChangeTheHistory() throws {
        let path = RecordedDrill.temporaryPath("replay-host")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let live = try RecordedDrill.record(to: path)
        let session = try RecordedSession.read(path: path)
        let scenario = try #require(session.recipe).scenario()
        var core = HostCore(replaying: session.commands, through: session.lastTick,
                            simulation: Simulation(scenario: scenario), runState: .paused, speed: .multiple(1))
        // Uneven steps, speed changes and refused world commands in between.
        for (i, n) in [1, 7, 59, 3, 100, 13, 400].enumerated() {
            _ = core.apply(.step(n), now: 0)
            core.finishStep()
            _ = core.apply(i.isMultiple(of: 2) ? .speedUp : .speedDown, now: 0)
            #expect(core.apply(.injectFault(satellite: 1, kind: .avionics), now: 0).applied == false)
            #expect(core.apply(.alarm(.acknowledgeAll()), now: 0).applied == false)
        }
        #expect(core.simulation.tick == session.lastTick)
        #expect(core.runState == .paused)
        #expect(core.simulation.world.firstDifference(from: live.world) == nil)
        #expect(core.simulation.alarms.summary == live.alarms.summary)
        #expect(core.replayProgress?.applied == session.commands.count)
        #expect(core.replayProgress?.last?.command == .alarm(.acknowledgeAll(comment: "end of shift")))
    }
}
