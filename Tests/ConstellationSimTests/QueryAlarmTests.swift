import Testing
@testable import ConstellationSim

/// The alarm counts and KPIs kept as alarms change equal those rebuilt from every
/// record, and the list built from a published frame equals the book's own.
@Suite struct QueryAlarmTests {
    @Test(arguments: [21, 22, 23] as [UInt64])
    func keptSummaryKPIsAndListEqualRebuiltFromScratch(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let satellites = 40
        var book = AlarmBook(satelliteCount: satellites,
                             limits: LimitSet(all: ParameterLimits(highWarning: 90, highCritical: 100, deadband: 2)))
        var caches = QueryCaches()
        var frame = randomFrame(satellites, seed: seed)
        let parameters = AlarmParameter.allCases
        for tick in 0..<160 {
            // 1,000 s per tick, so standing alarms turn stale (24 h) within the run.
            let t = Double(tick) * 1_000
            book.beginTick(tick, simSeconds: t)
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                let key = AlarmKey(satellite: Int.random(in: 0..<satellites, using: &rng),
                                   parameter: parameters.randomElement(using: &rng) ?? .batterySOC)
                let action: AlarmCommand.Action = switch Int.random(in: 0..<8, using: &rng) {
                case 0: .acknowledgeAll()
                case 1: .shelve(key, durationSeconds: 3_000)
                case 2: .shelveOneShot(key)
                case 3: .unshelve(key)
                case 4: .removeFromService(key)
                case 5: .returnToService(key)
                case 6: .resetLatched(key)
                default: .acknowledge(key)
                }
                _ = book.apply(AlarmCommand(simSeconds: t, operatorName: "op", action: action))
            }
            for s in 0..<satellites where Int.random(in: 0..<10, using: &rng) == 0 {
                let cause: AlarmSuppression = [.none, .safe, .failed].randomElement(using: &rng) ?? .none
                book.setSuppression(cause, satellite: s)
            }
            for _ in 0..<30 {
                book.evaluate(satellite: Int.random(in: 0..<satellites, using: &rng),
                              parameter: parameters.randomElement(using: &rng) ?? .batterySOC,
                              value: Double.random(in: 80...110, using: &rng))
            }
            _ = book.endTick()

            #expect(book.summary == book.summaryByScanning(), "tick \(tick)")
            let name: (Int) -> String = { "S\($0)" }
            #expect(book.kpis(satelliteName: name) == book.kpisByScanning(satelliteName: name), "tick \(tick)")
            for (key, record) in book.records { #expect(record.shown == book.state(of: key)) }
            frame.alarms.records = book.records
            frame.alarms.revision = book.revision
            frame.alarms.firstOut = book.firstOut
            for (threshold, hidden) in [(3, false), (2, true)] {
                #expect(caches.alarmLines(frame, threshold: threshold, includeHidden: hidden)
                        == book.alarmList(groupingThreshold: threshold, includeHidden: hidden))
            }
        }
    }
}
