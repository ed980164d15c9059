import Testing
@testable import ConstellationSim

@Suite struct AlarmLimitTests {
    /// Feeds samples to a tracker and returns the committed level after each.
    private func levels(_ values: [Double], _ limits: ParameterLimits) -> [Int8] {
        var tracker = LimitTracker()
        return values.map { v in
            _ = tracker.update(value: v, limits: limits)
            return tracker.level
        }
    }

    @Test func highLimitRaisesAtTheLevelItself() {
        // value >= 90 raises warning, >= 100 critical: 89.999 is normal, 90 warning, 100 critical.
        #expect(levels([89.999], testLimits) == [0])
        #expect(levels([90], testLimits) == [1])
        #expect(levels([100], testLimits) == [2])
    }

    @Test func highDeadbandHoldsUntilPastTheLimitByTheDeadband() {
        // Raised at 90; with deadband 2 it stays while value >= 88 and clears below 88.
        #expect(levels([90, 89, 88, 87.9], testLimits) == [1, 1, 1, 0])
        // Critical at 100 lowers to warning only below 98.
        #expect(levels([100, 98, 97.9], testLimits) == [2, 2, 1])
    }

    @Test func lowDeadbandMirrorsTheHighSide() {
        let soc = ParameterLimits(lowWarning: 30, lowCritical: 20, deadband: 2)
        // <= 30 warning; clears only above 32. <= 20 critical; back to warning only above 22.
        #expect(levels([30.1, 30, 32, 32.1], soc) == [0, -1, -1, 0])
        #expect(levels([20, 22, 22.5, 33], soc) == [-2, -2, -1, 0])
    }

    @Test func onDelayNeedsTheConditionOnNFurtherTicks() {
        let limits = ParameterLimits(highWarning: 90, onDelayTicks: 2)
        // First sample over at tick 0; on-delay 2 → raised at tick 2 (3 consecutive samples).
        #expect(levels([95, 95, 95], limits) == [0, 0, 1])
        // An interruption restarts the count: raised 3 samples after the last normal one.
        #expect(levels([95, 95, 50, 95, 95, 95], limits) == [0, 0, 0, 0, 0, 1])
    }

    @Test func offDelayNeedsTheClearOnNFurtherTicks() {
        let limits = ParameterLimits(highWarning: 90, offDelayTicks: 2)
        #expect(levels([95, 50, 50, 50], limits) == [1, 1, 1, 0])
        // A sample back over the limit restarts the off-delay.
        #expect(levels([95, 50, 50, 95, 50, 50, 50], limits) == [1, 1, 1, 1, 1, 1, 0])
    }

    @Test func onDelayOverMixedLevelsRaisesTheLesserLevelFirst() {
        let limits = ParameterLimits(highWarning: 90, highCritical: 100, onDelayTicks: 1)
        // 105 then 95: both over the warning limit for 2 samples → warning at the second;
        // critical then needs its own 2 samples over 100.
        #expect(levels([105, 95, 105, 105], limits) == [0, 1, 1, 2])
    }

    @Test func notANumberChangesNothing() {
        #expect(levels([95, .nan, .nan], testLimits) == [1, 1, 1])
    }

    @Test func defaultLimitsFollowTheSpecification() {
        let d = LimitSet.default
        #expect(d[.batterySOC].lowWarning == 30 && d[.batterySOC].lowCritical == 20)
        #expect(d[.acceleratorTemp].highWarning == 90 && d[.acceleratorTemp].highCritical == 100)
        #expect(d[.radiatorTemp].highWarning == 80 && d[.radiatorTemp].highCritical == 90)
        // Battery at 19 % with on-delay 1: low critical on the second sample.
        #expect(levels([19, 19], d[.batterySOC]) == [0, -2])
        #expect(d[.batterySOC].severity(ofLevel: -2) == .critical)
    }

    @Test func overridingOneParameterKeepsTheOthers() {
        let hot = LimitSet.default.overriding(.acceleratorTemp, with: ParameterLimits(highWarning: 95, highCritical: 105))
        #expect(hot[.acceleratorTemp].highWarning == 95)
        #expect(hot[.radiatorTemp] == LimitSet.default[.radiatorTemp])
    }

    @Test func perClassLimitsApplyToTheirSatellites() {
        var book = makeBook(satellites: 3)
        book.setLimits(LimitSet(all: ParameterLimits(highWarning: 50)), forSatellites: [2])
        let t = book.runTick(0, samples: [(0, .radiatorTemp, 60), (2, .radiatorTemp, 60)])
        // 60 is normal under the default class (90) but over 50 for satellite 2.
        #expect(t.map(\.key) == [AlarmKey(satellite: 2, parameter: .radiatorTemp)])
        #expect(t.first?.limit == 50)
    }

    @Test(arguments: AlarmParameter.allCases)
    func displayNamesRoundTrip(parameter: AlarmParameter) {
        #expect(AlarmParameter(displayName: parameter.displayName) == parameter)
        #expect(!parameter.unit.isEmpty)
    }

    @Test func severitiesAreOrdered() {
        #expect(AlarmSeverity.allCases.map(\.displayName) == ["WATCH", "WARNING", "DISTRESS", "CRITICAL", "SEVERE"])
        #expect(AlarmSeverity.watch < .warning && .warning < .distress && .distress < .critical && .critical < .severe)
    }
}

@Suite struct AlarmColumnEvaluationTests {
    @Test func columnEvaluationMatchesPerSatelliteEvaluation() {
        // Satellites 1 and 3 are over the 90 limit; 0 and 2 normal; NaN means no sample.
        let values: [Double] = [50, 95, .nan, 105]
        var book = makeBook(satellites: 4)
        book.beginTick(0, simSeconds: 0)
        book.evaluate(parameter: .radiatorTemp, values: values)
        let t = book.endTick()
        #expect(t.map(\.key.satellite) == [1, 3])
        #expect(t.map(\.severity) == [.warning, .critical])
    }
}
