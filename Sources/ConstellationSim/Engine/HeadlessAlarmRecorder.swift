/// The alarm side of a headless run (`orbitops simulate`): writes every tick's alarm
/// batch to the journal synchronously, one transaction per tick (a SIGKILL loses at
/// most the tick in progress), and keeps the run's KPIs for `--alarm-report`.
public final class HeadlessAlarmRecorder {
    /// Where the journal goes (nil: no journal, KPIs only).
    public let journalPath: String?
    /// The KPIs of the run, once it finished.
    public private(set) var kpis: AlarmKPIs?
    /// Engine ticks written to the journal.
    public private(set) var ticksWritten = 0
    private var journal: AlarmJournal?

    /// The scenario as flown, recorded in the journal so the run can be replayed.
    public let recipe: ScenarioRecipe?

    /// Per-satellite telemetry archived in the journal (nil: none).
    public let archive: TelemetryArchivePolicy?

    public init(journalPath: String?, recipe: ScenarioRecipe? = nil, archive: TelemetryArchivePolicy? = nil) {
        self.journalPath = journalPath
        self.recipe = recipe
        self.archive = archive
    }

    /// Opens the journal for `simulation` and turns batch recording on.
    public func begin(_ simulation: inout Simulation) throws(AlarmJournalWriterError) {
        guard let journalPath else { return }
        let ids = simulation.alarmSubjectIDs
        do {
            journal = try AlarmJournal(
                path: journalPath, startSimSeconds: simulation.simSeconds, epoch: simulation.scenario.epoch,
                scenario: simulation.scenario.name, seed: simulation.scenario.seed, recipe: recipe, satelliteIDs: ids)
        } catch {
            throw AlarmJournalWriterError(message: "cannot open alarm journal '\(journalPath)': \(error)")
        }
        simulation.recordsAlarmBatches = true
        simulation.telemetryArchive = archive
    }

    /// Writes the batches of the tick(s) just run. Call after every `advance()`.
    public func afterTick(_ simulation: inout Simulation) throws(AlarmJournalWriterError) {
        guard let journal else { return }
        let batches = simulation.takeAlarmBatches()
        do {
            try journal.append(batches)
        } catch {
            throw AlarmJournalWriterError(message: "alarm journal write failed: \(error)")
        }
        ticksWritten += batches.count { $0.kind == .tick }
    }

    /// Computes the KPIs and closes the journal.
    public func finish(_ simulation: inout Simulation) throws(AlarmJournalWriterError) {
        try afterTick(&simulation)
        kpis = simulation.alarmKPIs()
        do {
            try journal?.close()
        } catch {
            throw AlarmJournalWriterError(message: "closing alarm journal failed: \(error)")
        }
        journal = nil
    }
}
