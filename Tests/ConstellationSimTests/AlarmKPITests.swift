import Testing
@testable import ConstellationSim

@Suite struct AlarmKPITests {
    private func key(_ satellite: Int, _ parameter: AlarmParameter = .seuRate) -> AlarmKey {
        AlarmKey(satellite: satellite, parameter: parameter)
    }
    private func name(_ k: AlarmKey) -> String { "S\(k.satellite):\(k.parameter.displayName)" }

    private func raise(_ acc: inout AlarmKPIAccumulator, _ k: AlarmKey, at t: Double, from: AlarmState = .normal) {
        acc.ingest(key: k, simSeconds: t, from: from, to: .unacked, cause: .activated)
    }

    @Test func ratesAndFloodWindows() {
        var acc = AlarmKPIAccumulator()
        acc.start(at: 0)
        raise(&acc, key(0), at: 0)
        raise(&acc, key(1), at: 50)
        for s in 2..<14 { raise(&acc, key(s), at: 700) }
        let k = acc.kpis(at: 1250, name: name)
        // 14 alarms; windows [0,600) [600,1200) [1200,1800) touched by 0…1250 → 3.
        #expect(k.totalAlarms == 14 && k.windowCount == 3)
        // Average 14 / 3 = 4.667; window counts 2, 12, 0 → peak 12, one window > 10 → 33.33 %.
        #expect(abs(k.averagePer10Min - 14.0 / 3.0) < 1e-12)
        #expect(k.peakPer10Min == 12 && k.floodWindows == 1)
        #expect(abs(k.floodWindowPercent - 100.0 / 3.0) < 1e-12)
        // Trailing window (650, 1250] holds the 12 alarms at 700.
        #expect(k.currentPer10Min == 12)
        #expect(k.standingAlarms == 14 && k.staleAlarms == 0)
    }

    @Test func timeToAcknowledge() {
        var acc = AlarmKPIAccumulator()
        raise(&acc, key(0), at: 0)
        acc.ingest(key: key(0), simSeconds: 30, from: .unacked, to: .acked, cause: .acknowledged)
        raise(&acc, key(1), at: 50)
        acc.ingest(key: key(1), simSeconds: 70, from: .unacked, to: .rtnUnacked, cause: .returned)
        acc.ingest(key: key(1), simSeconds: 170, from: .rtnUnacked, to: .normal, cause: .acknowledged)
        let k = acc.kpis(at: 200, name: name)
        // A: 30 − 0 = 30 s; B: 170 − 50 = 120 s → mean 75 s, max 120 s.
        #expect(k.acknowledgements == 2)
        #expect(k.meanTimeToAckSeconds == 75 && k.maxTimeToAckSeconds == 120)
        // A is acked and active → standing 1; B is normal.
        #expect(k.standingAlarms == 1)
    }

    @Test func chatteringNeedsThreeReturnsWithinAMinute() {
        var acc = AlarmKPIAccumulator()
        func cycle(_ k: AlarmKey, raise r: Double, clear c: Double) {
            raise(&acc, k, at: r, from: .rtnUnacked)
            acc.ingest(key: k, simSeconds: c, from: .unacked, to: .rtnUnacked, cause: .returned)
        }
        // Key 0: returns at 110, 140, 171 → first to third 61 s > 60 s → not chattering.
        for (r, c) in [(100.0, 110.0), (130, 140), (150, 171)] { cycle(key(0), raise: r, clear: c) }
        // Key 1: returns every 40 s (300, 340, 380, 420): any three span 80 s → not chattering.
        for c in [300.0, 340, 380, 420] { cycle(key(1), raise: c - 5, clear: c) }
        // Key 2: returns at 2000, 2030, 2059 → 59 s ≤ 60 s → chattering.
        for (r, c) in [(1990.0, 2000.0), (2020, 2030), (2050, 2059)] { cycle(key(2), raise: r, clear: c) }
        #expect(acc.kpis(at: 2100, name: name).chatteringAlarms == 1)
    }

    @Test func standingAndStaleAlarms() {
        var acc = AlarmKPIAccumulator()
        raise(&acc, key(0), at: 0)
        acc.ingest(key: key(0), simSeconds: 100, from: .unacked, to: .acked, cause: .acknowledged)
        raise(&acc, key(1), at: 10_000)
        raise(&acc, key(2), at: 0)
        acc.ingest(key: key(2), simSeconds: 50, from: .unacked, to: .rtnUnacked, cause: .returned)
        raise(&acc, key(3), at: 0)
        acc.ingest(key: key(3), simSeconds: 20, from: .unacked, to: .shelved, cause: .shelved)
        let k = acc.kpis(at: 90_000, name: name)
        // Standing: key 0 (active since 0, acked) and key 1 (since 10 000). Key 2 returned, key 3 shelved.
        // Stale (> 86 400 s): key 0 (90 000 s); key 1 only 80 000 s.
        #expect(k.standingAlarms == 2 && k.staleAlarms == 1)
    }

    @Test func topTenMostFrequentAlarms() {
        var acc = AlarmKPIAccumulator()
        // Satellite i (0…11) raises i + 1 times; satellite 12 raises 12 times (tie with 11).
        for s in 0...12 {
            let n = s == 12 ? 12 : s + 1
            for j in 0..<n {
                let t = Double(j) * 100
                raise(&acc, key(s), at: t)
                acc.ingest(key: key(s), simSeconds: t + 1, from: .unacked, to: .rtnUnacked, cause: .returned)
            }
        }
        let top = acc.kpis(at: 1200, name: name).topAlarms
        #expect(top.map(\.count) == [12, 12, 11, 10, 9, 8, 7, 6, 5, 4])
        #expect(top.prefix(3).map(\.name) == ["S11:SEU_RATE", "S12:SEU_RATE", "S10:SEU_RATE"])
    }

    @Test func bookKPIsFollowItsTransitions() {
        var book = makeBook(satellites: 2)
        let k = AlarmKey(satellite: 1, parameter: .radiatorTemp)
        _ = book.runTick(0, samples: [(1, .radiatorTemp, 95)])
        _ = book.runTick(3, commands: [.acknowledge(k)])
        _ = book.runTick(5)
        let kpis = book.kpis { "P01-S0\($0)" }
        // Raised at 0 s, acked at 30 s → one ack of 30 s; span 0…50 s is one window.
        #expect(kpis.totalAlarms == 1 && kpis.windowCount == 1 && kpis.currentPer10Min == 1)
        #expect(kpis.meanTimeToAckSeconds == 30 && kpis.standingAlarms == 1)
        #expect(kpis.topAlarms.map(\.name) == ["P01-S01:RADIATOR_TEMP"])
    }

    @Test func reportShowsTheNumbersAndTheVerdicts() {
        let kpis = AlarmKPIs(
            startSeconds: 0, endSeconds: 1800, totalAlarms: 14, windowCount: 3, averagePer10Min: 14.0 / 3.0,
            currentPer10Min: 0, peakPer10Min: 12, floodWindows: 1, floodWindowPercent: 100.0 / 3.0,
            standingAlarms: 2, staleAlarms: 1, chatteringAlarms: 0, acknowledgements: 2,
            meanTimeToAckSeconds: 75, maxTimeToAckSeconds: 5400,
            topAlarms: [AlarmFrequency(name: "P03-S07:SEU_RATE", key: AlarmKey(satellite: 0, parameter: .seuRate), count: 9)])
        let text = kpis.report()
        #expect(text.contains("alarms / 10 min  average    4.67  (over target"))
        #expect(text.contains("windows in flood            1  33.33%  (over target; target < 1%)"))
        #expect(text.contains("time to acknowledge  mean   1.2 min"))
        #expect(text.contains("max    1.50 h"))
        #expect(text.contains(" 1. P03-S07:SEU_RATE"))
    }
}
