import Testing
@testable import ConstellationSim

@Suite struct AlarmFloodTests {
    @Test func floodBeginsAboveTenAndEndsBelowFiveInTenMinutes() {
        // One new alarm every 10 s from t = 0 to t = 100 (11 alarms), checked every 10 s.
        var flood = AlarmFloodDetector()
        var began: Double?, ended: Double?
        for step in 0...120 {
            let t = Double(step) * 10
            if t <= 100 { flood.record(count: 1, at: t) }
            switch flood.advance(to: t) {
            case true?: began = t
            case false?: ended = t
            case nil: break
            }
        }
        // 11th alarm at t = 100 → 11 > 10 in (−500, 100] → flood begins at 100 (at t = 90: exactly 10, no flood).
        #expect(began == 100)
        // Window (t − 600, t]: alarms at 60…100 (5) remain for t in [650, 660); at t = 660 the one at
        // 60 leaves → 4 < 5 → flood ends at 660.
        #expect(ended == 660)
        #expect(!flood.isFlooding && flood.countInWindow == 0)
    }

    @Test func tenAlarmsAreNotAFlood() {
        var flood = AlarmFloodDetector()
        flood.record(count: 10, at: 0)
        #expect(flood.advance(to: 0) == nil && !flood.isFlooding)
    }

    @Test func floodEndsOnlyBelowFiveNotAtFive() {
        var flood = AlarmFloodDetector()
        flood.record(count: 6, at: 0)
        flood.record(count: 5, at: 300)
        #expect(flood.advance(to: 300) == true)
        // At t = 600 the 6 at t = 0 leave; 5 remain → still flooding (ends only below 5).
        #expect(flood.advance(to: 600) == nil && flood.isFlooding)
        #expect(flood.advance(to: 900) == false)
    }

    @Test func manySatellitesRaisingTheSameAlarmFormOneGroupLine() {
        var book = makeBook(satellites: 400)
        let samples = (0..<312).map { (satellite: $0, parameter: AlarmParameter.seuRate, value: 95.0) }
        let raised = book.runTick(0, samples: samples)
        #expect(raised.count == 312)
        #expect(book.flood.isFlooding)
        #expect(book.summary.isFlooding && book.summary.unacknowledged == 312)
        let list = book.alarmList()
        #expect(list.count == 1)
        guard case .group(let group)? = list.first else {
            Issue.record("expected a group line")
            return
        }
        #expect(group.title == "SEU_RATE WARNING ×312 satellites")
        #expect(group.members.count == 312 && group.unacknowledgedCount == 312)
        // All raised in the same instant: the first-out is the lowest satellite index.
        #expect(group.members.filter(\.isFirstOut).map(\.key.satellite) == [0])

        let acks = book.runTick(1, commands: [.acknowledgeGroup(.seuRate, .warning, comment: "SAA pass")])
        #expect(acks.count == 312)
        #expect(acks.allSatisfy { $0.from == .unacked && $0.to == .acked && $0.comment == "SAA pass" })
        #expect(acks.map(\.key.satellite) == Array(0..<312))
        guard case .group(let after)? = book.alarmList().first else { return }
        #expect(after.unacknowledgedCount == 0)
    }

    @Test func groupAckLeavesOtherGroupsAlone() {
        var book = makeBook(satellites: 10)
        let seu = (0..<5).map { (satellite: $0, parameter: AlarmParameter.seuRate, value: 95.0) }
        let hot = (0..<4).map { (satellite: $0, parameter: AlarmParameter.radiatorTemp, value: 105.0) }
        _ = book.runTick(0, samples: seu + hot)
        let acks = book.runTick(1, commands: [.acknowledgeGroup(.seuRate, .warning)])
        #expect(acks.count == 5)
        // Lines: unacked radiator CRITICAL group first, then the acked SEU group.
        let titles = book.alarmList().compactMap { line -> String? in
            if case .group(let g) = line { return g.title }
            return nil
        }
        #expect(titles == ["RADIATOR_TEMP CRITICAL ×4 satellites", "SEU_RATE WARNING ×5 satellites"])
    }

    @Test func listSortsUnackedFirstThenSeverityThenNewest() {
        var book = makeBook(satellites: 4)
        _ = book.runTick(0, samples: [(0, .radiatorTemp, 105)])  // critical, t 0
        _ = book.runTick(1, samples: [(1, .radiatorTemp, 95)])  // warning, t 10
        _ = book.runTick(2, samples: [(2, .radiatorTemp, 95)])  // warning, t 20
        _ = book.runTick(3, commands: [.acknowledge(AlarmKey(satellite: 0, parameter: .radiatorTemp))])
        _ = book.runTick(4, samples: [(3, .radiatorTemp, 95)])  // warning, t 40
        _ = book.runTick(5, commands: [.acknowledge(AlarmKey(satellite: 3, parameter: .radiatorTemp))])
        // Only 3 warnings and one critical: threshold 5 keeps them as single lines.
        let order = book.alarmList(groupingThreshold: 5).compactMap { line -> Int? in
            if case .alarm(let e) = line { return e.key.satellite }
            return nil
        }
        // Unacked: sat 2 (t 20) before sat 1 (t 10); then acked: critical sat 0, then warning sat 3.
        #expect(order == [2, 1, 0, 3])
    }

    @Test func firstOutIsTheFirstAlarmOfABurst() {
        var book = makeBook(satellites: 20)
        book.burstGapSeconds = 300
        _ = book.runTick(0, samples: [(5, .radiatorTemp, 95)])
        _ = book.runTick(1, samples: (0..<10).map { ($0, .seuRate, 95) })
        #expect(book.firstOut == AlarmKey(satellite: 5, parameter: .radiatorTemp))
        // Quiet for more than 300 s, then two alarms in one instant: the more severe is first-out.
        _ = book.runTick(40, samples: [(3, .busPowerMargin, 95), (9, .busPowerMargin, 105)])
        #expect(book.firstOut == AlarmKey(satellite: 9, parameter: .busPowerMargin))
        #expect(book.entry(AlarmKey(satellite: 9, parameter: .busPowerMargin))?.isFirstOut == true)
    }

    @Test func ackAllAcknowledgesEveryVisibleAlarmInIdOrder() {
        var book = makeBook(satellites: 3)
        _ = book.runTick(0, samples: [(2, .seuRate, 95), (0, .radiatorTemp, 95), (1, .linkLoss, 95)])
        _ = book.runTick(1, samples: [(1, .linkLoss, 50)])  // → RTN_UNACKED
        let acks = book.runTick(2, commands: [.acknowledgeAll(comment: "shift start")])
        #expect(acks.map(\.key.id) == [
            AlarmKey(satellite: 0, parameter: .radiatorTemp).id,
            AlarmKey(satellite: 1, parameter: .linkLoss).id,
            AlarmKey(satellite: 2, parameter: .seuRate).id,
        ])
        #expect(acks.map(\.to) == [.acked, .normal, .acked])
        #expect(book.summary.unacknowledged == 0 && book.summary.active == 2)
    }
}
