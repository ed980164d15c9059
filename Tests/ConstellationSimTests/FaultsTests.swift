import Foundation
import Testing
@testable import ConstellationSim

@Suite struct FaultsTests {
    @Test func effectsByHand() {
        let p = FaultParameters()   // 50 battery strings, 50 array strings, 4 loops, 8 boards
        var f = FaultState()
        for _ in 0..<5 { f.apply(.batteryCell, parameters: p) }
        for _ in 0..<10 { f.apply(.arrayString, parameters: p) }
        f.apply(.radiatorLoop, parameters: p)
        for _ in 0..<3 { f.apply(.acceleratorBoard, parameters: p) }
        #expect(f.batteryCapacityFraction(p) == 45.0 / 50)   // 0.9
        #expect(f.arrayAreaFraction(p) == 40.0 / 50)         // 0.8
        #expect(f.radiatorFraction(p) == 0.75)
        #expect(f.acceleratorFraction(p) == 5.0 / 8)         // 0.625
        #expect(f.lastFault == .acceleratorBoard)
    }

    @Test func laserTerminalFailuresPickTheirDirection() {
        let p = FaultParameters()
        var f = FaultState()
        f.apply(.laserTerminal, unit: LaserDirection.left.rawValue, parameters: p)
        #expect(!f.laserTerminalWorks(.left) && f.laserTerminalWorks(.fore))
        f.apply(.laserTerminal, parameters: p)   // first healthy: fore
        #expect(!f.laserTerminalWorks(.fore))
        #expect(f.failedLaserTerminals == 0b0101)
        let again = f.apply(.laserTerminal, unit: LaserDirection.left.rawValue, parameters: p)
        #expect(!again)
    }

    @Test func unitsRunOut() {
        let p = FaultParameters()
        var f = FaultState()
        for _ in 0..<4 {
            let changed = f.apply(.radiatorLoop, parameters: p)
            #expect(changed)
        }
        let fifth = f.apply(.radiatorLoop, parameters: p)
        #expect(!fifth)
        #expect(f.radiatorFraction(p) == 0)
    }

    @Test func failureProbabilityIsOneMinusExp() {
        // dt 10 s, MTBF 50,000 h = 1.8e8 s: x = 10/1.8e8 = 5.5555556e-8, p = 1 − e^(−x) ≈ x − x²/2 = 5.5555554e-8; at 2x: 1.11111105e-7.
        let p = FaultParameters()
        #expect(abs(p.failureProbability(.acceleratorBoard, dtS: 10) / 5.555_555_40e-8 - 1) < 1e-8)
        #expect(abs(p.failureProbability(.acceleratorBoard, dtS: 10, hazardMultiplier: 2) / 1.111_111_05e-7 - 1) < 1e-8)
    }

    @Test func meanTimeToFailureMatchesMTBF() {
        // MTBF 1 h, dt 60 s: per-tick probability q = 1 − e^(−1/60) = 0.0165285. The tick of
        // the first failure is geometric with mean 1/q = 60.5014 ticks, i.e. 3630.1 s
        // (= MTBF + dt/2 to first order); SD sqrt(1 − q)/q = 60.00 ticks. 4,000 satellites:
        // SE 0.949 ticks. Bound: 5σ.
        var p = FaultParameters()
        for kind in FaultKind.allCases where kind != .acceleratorBoard { setMTBF(&p, kind, .infinity) }
        p.acceleratorBoardMTBFHours = 1
        let rng = CounterRandom(seed: 77)
        let n = 4_000
        var ticksSum = 0
        for s in 0..<n {
            var f = FaultState()
            var tick: UInt64 = 0
            while true {
                tick += 1
                let failed = f.stepRandomFailures(dtS: 60, parameters: p, hazards: FaultHazards(p), random: rng, satellite: s, tick: tick)
                if failed.contains(FaultKind.acceleratorBoard.bit) { break }
            }
            #expect(f.failedAcceleratorBoards == 1 && f.failedBatteryStrings == 0 && f.failedLaserTerminals == 0)
            ticksSum += Int(tick)
        }
        let q = -expm1(-1.0 / 60)
        #expect(abs(Double(ticksSum) / Double(n) - 1 / q) < 5 * ((1 - q).squareRoot() / q) / Double(n).squareRoot())
    }

    @Test func randomLaserFailuresSpreadOverDirections() {
        // With a 1-minute MTBF at dt 60 s (q = 0.632) many satellites fail a terminal on tick 1;
        // each of the four directions should take a quarter: binomial SE sqrt(0.25·0.75/k).
        var p = FaultParameters()
        for kind in FaultKind.allCases where kind != .laserTerminal { setMTBF(&p, kind, .infinity) }
        p.laserTerminalMTBFHours = 1.0 / 60
        var counts = [0, 0, 0, 0], k = 0
        for s in 0..<8_000 {
            var f = FaultState()
            let failed = f.stepRandomFailures(dtS: 60, parameters: p, hazards: FaultHazards(p), random: CounterRandom(seed: 3), satellite: s, tick: 1)
            if !failed.isEmpty {
                k += 1
                counts[f.failedLaserTerminals.trailingZeroBitCount] += 1
            }
        }
        #expect(abs(Double(k) / 8_000 - (1 - exp(-1))) < 5 * (0.2325 / 8_000).squareRoot())
        for c in counts { #expect(abs(Double(c) / Double(k) - 0.25) < 5 * (0.1875 / Double(k)).squareRoot()) }
    }

    @Test func scheduleReleasesInjectionsInTimeOrder() {
        var schedule = FaultSchedule([
            FaultInjection(atSimSeconds: 120, satellite: 2, kind: .acceleratorBoard),
            FaultInjection(atSimSeconds: 30, satellite: 1, kind: .laserTerminal, unit: 3),
            FaultInjection(atSimSeconds: 30, satellite: 5, kind: .batteryCell),
        ])
        var due = schedule.nextDue(before: 30)
        #expect(due == nil)
        due = schedule.nextDue(before: 40)
        #expect(due?.satellite == 1)
        schedule.add(FaultInjection(atSimSeconds: 35, satellite: 9, kind: .avionics))   // interactive
        due = schedule.nextDue(before: 40)
        #expect(due?.satellite == 5)
        due = schedule.nextDue(before: 40)
        #expect(due?.satellite == 9)
        due = schedule.nextDue(before: 40)
        #expect(due == nil)
        due = schedule.nextDue(before: 130)
        #expect(due?.kind == .acceleratorBoard)
    }

    private func setMTBF(_ p: inout FaultParameters, _ kind: FaultKind, _ hours: Double) {
        switch kind {
        case .batteryCell: p.batteryCellMTBFHours = hours
        case .arrayString: p.arrayStringMTBFHours = hours
        case .radiatorLoop: p.radiatorLoopMTBFHours = hours
        case .laserTerminal: p.laserTerminalMTBFHours = hours
        case .acceleratorBoard: p.acceleratorBoardMTBFHours = hours
        case .avionics: p.avionicsMTBFHours = hours
        }
    }
}

@Suite struct FaultJointSamplingTests {
    @Test func kindsFailIndependently() {
        // Battery p = 0.5, laser p = 0.3, avionics p = 0.2 per 60 s tick (MTBF = dt / −ln(1 − p)),
        // the others never. The 8 joint outcomes must have the product probabilities
        // (e.g. all three 0.5·0.3·0.2 = 0.03, none 0.5·0.7·0.8 = 0.28); 5σ binomial bands.
        var p = FaultParameters()
        p.arrayStringMTBFHours = .infinity; p.radiatorLoopMTBFHours = .infinity; p.acceleratorBoardMTBFHours = .infinity
        let probs = [0.5, 0.3, 0.2]
        p.batteryCellMTBFHours = 60 / -log(1 - probs[0]) / 3600
        p.laserTerminalMTBFHours = 60 / -log(1 - probs[1]) / 3600
        p.avionicsMTBFHours = 60 / -log(1 - probs[2]) / 3600
        let kinds: [FaultKind] = [.batteryCell, .laserTerminal, .avionics]
        var counts = [Int](repeating: 0, count: 8)
        let n = 40_000
        for s in 0..<n {
            var f = FaultState()
            let failed = f.stepRandomFailures(dtS: 60, parameters: p, hazards: FaultHazards(p), random: CounterRandom(seed: 8), satellite: s, tick: 1)
            var outcome = 0
            for (i, k) in kinds.enumerated() where failed.contains(k.bit) { outcome |= 1 << i }
            counts[outcome] += 1
        }
        for outcome in 0..<8 {
            var expected = 1.0
            for i in 0..<3 { expected *= outcome & (1 << i) != 0 ? probs[i] : 1 - probs[i] }
            #expect(abs(Double(counts[outcome]) / Double(n) - expected) < 5 * (expected * (1 - expected) / Double(n)).squareRoot())
        }
    }
}
