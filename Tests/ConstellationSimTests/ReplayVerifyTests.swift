import Foundation
import Testing
@testable import ConstellationSim

/// `replay --verify`: a recorded drill replays identically; any edit of the command log,
/// the alarm rows or the fleet totals is caught at its tick; other versions and scenario
/// texts are refused.
@Suite struct ReplayVerifyTests {
    @Test func recordedDrillReplaysIdentically() throws {
        let path = RecordedDrill.temporaryPath("drill")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let live = try RecordedDrill.record(to: path)
        let session = try RecordedSession.read(path: path)
        #expect(session.refusal == nil)
        #expect(session.commandLog == .intact)
        #expect(session.lastTick == 360 && live.tick == 360)
        var expected = RecordedDrill.recipe
        expected.seed = 42  // the journal records the seed flown
        #expect(session.recipe == expected)
        #expect(session.recordedSHA256?.count == 64)
        #expect(try ReplayVerifier.verify(session, path: path) == .identical(ticks: 360))
        #expect(try ReplayVerifier.verify(session, path: path, untilTick: 100) == .identical(ticks: 100))
    }

    /// The SHA-256 is the standard one (FIPS 180-4 test vector "abc").
    @Test func scenarioHashIsSHA256() {
        #expect(ScenarioRecipe(yaml: "abc", source: "x").sha256
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(arguments: [
        // A time-control row changes nothing in the world: only the digest chain sees it.
        "DELETE FROM command WHERE kind = 'set_speed'",
        "UPDATE command SET command = replace(command, '\"satellite\":11', '\"satellite\":12') WHERE kind = 'inject_fault'",
        "UPDATE command SET tick = tick + 1 WHERE kind = 'manoeuvre'",
    ])
    func alteredCommandLogDoesNotVerify(sql: String) throws {
        let path = RecordedDrill.temporaryPath("tamper")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RecordedDrill.record(to: path)
        try RecordedDrill.tamper(path, sql)
        let verdict = try ReplayVerifier.verify(try RecordedSession.read(path: path), path: path)
        guard case .diverged(let d) = verdict, case .commandLogAltered = d.what else {
            Issue.record("expected a broken chain, got \(verdict)")
            return
        }
    }

    @Test func deletedLastCommandIsCaught() throws {
        let path = RecordedDrill.temporaryPath("tamper")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RecordedDrill.record(to: path)
        try RecordedDrill.tamper(path, "DELETE FROM command WHERE id = (SELECT MAX(id) FROM command)")
        let verdict = try ReplayVerifier.verify(try RecordedSession.read(path: path), path: path)
        guard case .diverged(let d) = verdict else {
            Issue.record("a log missing its last row must not verify")
            return
        }
        #expect(d.what == .commandLogRowsMissing(recorded: 15, found: 14))
    }

    @Test func editedFleetTotalIsCaughtAtItsTick() throws {
        let path = RecordedDrill.temporaryPath("tamper")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RecordedDrill.record(to: path)
        try RecordedDrill.tamper(path, "UPDATE fleet_tick SET mean_soc = mean_soc + 1e-12 WHERE tick = 200")
        let verdict = try ReplayVerifier.verify(try RecordedSession.read(path: path), path: path)
        guard case .diverged(let d) = verdict, case .fleetTotal(let column, let recorded, let replayed) = d.what else {
            Issue.record("expected a fleet divergence, got \(verdict)")
            return
        }
        #expect(d.tick == 200 && column == "mean_soc")
        #expect(recorded != replayed)
    }

    @Test func deletedAlarmTransitionIsCaught() throws {
        let path = RecordedDrill.temporaryPath("tamper")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RecordedDrill.record(to: path)
        let rows = try AlarmJournalReader(path: path).rows().filter { $0.kind == .transition }
        let victim = try #require(rows.dropFirst(rows.count / 2).first)
        try RecordedDrill.tamper(path, "DELETE FROM event WHERE kind = 'transition' AND id = (SELECT id FROM event "
                                 + "WHERE kind = 'transition' ORDER BY id LIMIT 1 OFFSET \(rows.count / 2))")
        let verdict = try ReplayVerifier.verify(try RecordedSession.read(path: path), path: path)
        guard case .diverged(let d) = verdict, case .alarmEvent = d.what else {
            Issue.record("expected an alarm-row divergence, got \(verdict)")
            return
        }
        #expect(d.tick == UInt64(victim.tick))
    }

    @Test func otherProgramVersionOrScenarioTextIsRefused() throws {
        let path = RecordedDrill.temporaryPath("refuse")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try RecordedDrill.record(to: path)
        try RecordedDrill.tamper(path, "UPDATE session SET program_version = '0.1.0+models.0'")
        #expect(try RecordedSession.read(path: path).refusal
                == .programVersion(recorded: "0.1.0+models.0", current: ProgramVersion.current))
        try RecordedDrill.tamper(path, "UPDATE session SET program_version = '\(ProgramVersion.current)', "
                                 + "scenario_text = replace(scenario_text, 'dt_s: 10', 'dt_s: 20')")
        guard case .scenarioHash? = try RecordedSession.read(path: path).refusal else {
            Issue.record("an edited scenario text must be refused")
            return
        }
    }
}
