import Testing
@testable import ConstellationSim

@Suite struct AlarmOverlayTests {
    let k = AlarmKey(satellite: 0, parameter: .radiatorTemp)

    @Test func timedShelveExpiresAtItsEnd() {
        var book = makeBook()
        _ = book.runTick(0, commands: [], samples: [(0, .radiatorTemp, 95)])
        // Shelved at t = 10 s for 600 s → ends at the first tick with t ≥ 610 s (tick 61).
        _ = book.runTick(1, commands: [.shelve(k, durationSeconds: 600)])
        #expect(book.runTick(60).isEmpty)
        #expect(book.state(of: k) == .shelved)
        let end = book.runTick(61)
        #expect(end.map(\.cause) == [.shelveEnded])
        #expect(end.first?.from == .shelved && end.first?.to == .unacked)
        #expect(end.first?.operatorName == nil)
    }

    @Test func shelveIsCutToTheMaximum() {
        var book = makeBook(maxShelve: 3600)
        _ = book.runTick(0, samples: [(0, .radiatorTemp, 95)])
        // 10 h requested at t = 0 s; maximum 3600 s → ends at t = 3600 s (tick 360), not later.
        _ = book.runTick(0, commands: [.shelve(k, durationSeconds: 36_000)])
        #expect(book.runTick(359).isEmpty)
        #expect(book.runTick(360).map(\.to) == [.unacked])
    }

    @Test(arguments: [0.0, -5.0, .infinity, .nan])
    func shelveWithAnImpossibleDurationIsRefused(duration: Double) {
        var book = makeBook()
        _ = book.runTick(0, samples: [(0, .radiatorTemp, 95)])
        #expect(book.runTick(1, commands: [.shelve(k, durationSeconds: duration)]).isEmpty)
        #expect(book.state(of: k) == .unacked)
    }

    @Test func oneShotShelveEndsWhenTheConditionClears() {
        var book = makeBook()
        _ = book.runTick(0, samples: [(0, .radiatorTemp, 95)])
        _ = book.runTick(1, commands: [.shelveOneShot(k, comment: "known hot spot")])
        #expect(book.runTick(2, samples: [(0, .radiatorTemp, 97)]).isEmpty)
        let cleared = book.runTick(3, samples: [(0, .radiatorTemp, 50)])
        #expect(cleared.map(\.cause) == [.shelveEnded])
        #expect(cleared.first?.to == .normal)
        // The next occurrence is annunciated again.
        #expect(book.runTick(4, samples: [(0, .radiatorTemp, 95)]).map(\.to) == [.unacked])
    }

    @Test func oneShotShelveStillEndsAtTheMaximum() {
        var book = makeBook(maxShelve: 100)
        _ = book.runTick(0, samples: [(0, .radiatorTemp, 95)])
        _ = book.runTick(0, commands: [.shelveOneShot(k)])
        #expect(book.runTick(9).isEmpty)
        // Still active at t = 100 s: the shelve ends and the alarm is annunciated.
        #expect(book.runTick(10).map(\.to) == [.unacked])
    }

    @Test func failedSatelliteSuppressesItsChildrenButNotModeChange() {
        var book = makeBook()
        let battery = AlarmKey(satellite: 0, parameter: .batterySOC)
        let mode = AlarmKey(satellite: 0, parameter: .modeChange)
        _ = book.runTick(0, samples: [(0, .batterySOC, 95), (0, .modeChange, 95)])
        book.beginTick(1, simSeconds: 10)
        book.setSuppression(.failed, satellite: 0)
        book.evaluate(satellite: 0, parameter: .radiatorTemp, value: 95)
        let t = book.endTick()
        // Battery alarm hidden, radiator activation recorded as suppressed, not annunciated.
        #expect(t.map { [$0.from, $0.to] } == [[.unacked, .suppressed], [.normal, .suppressed]])
        #expect(t.map(\.cause) == [.suppressed, .activated])
        #expect(book.state(of: battery) == .suppressed && book.state(of: mode) == .unacked)
        #expect(book.summary.suppressed == 2)
        // Ack-all leaves suppressed alarms alone.
        let acks = book.runTick(2, commands: [.acknowledgeAll()])
        #expect(acks.map(\.key) == [mode])
        // Leaving FAILED: still-active alarms are annunciated again, in alarm-id order.
        book.beginTick(3, simSeconds: 30)
        book.setSuppression(.none, satellite: 0)
        let back = book.endTick()
        #expect(back.map(\.key) == [battery, k])
        #expect(back.allSatisfy { $0.from == .suppressed && $0.to == .unacked && $0.cause == .unsuppressed })
    }

    @Test func safeSatelliteSuppressesOnlyComputeAlarms() {
        var book = makeBook()
        book.beginTick(0, simSeconds: 0)
        book.setSuppression(.safe, satellite: 2)
        book.evaluate(satellite: 2, parameter: .utilizationCollapse, value: 95)
        book.evaluate(satellite: 2, parameter: .seuRate, value: 95)
        book.evaluate(satellite: 2, parameter: .batterySOC, value: 95)
        let t = book.endTick()
        #expect(t.map(\.to) == [.suppressed, .suppressed, .unacked])
        #expect(t.map(\.key.parameter) == [.utilizationCollapse, .seuRate, .batterySOC])
    }

    @Test func suppressedAlarmThatClearsLeavesTheList() {
        var book = makeBook()
        book.beginTick(0, simSeconds: 0)
        book.setSuppression(.failed, satellite: 0)
        book.evaluate(satellite: 0, parameter: .radiatorTemp, value: 95)
        _ = book.endTick()
        let t = book.runTick(1, samples: [(0, .radiatorTemp, 50)])
        #expect(t.map { [$0.from, $0.to] } == [[.suppressed, .normal]])
        #expect(book.records.isEmpty)
    }

    @Test func shelvedAlarmsAreHiddenFromTheListUnlessAsked() {
        var book = makeBook()
        _ = book.runTick(0, samples: [(0, .radiatorTemp, 95)])
        _ = book.runTick(1, commands: [.shelve(k, durationSeconds: 60)])
        #expect(book.alarmList().isEmpty)
        #expect(book.alarmList(includeHidden: true).count == 1)
        #expect(book.summary.shelved == 1 && book.summary.unacknowledged == 0)
    }
}
