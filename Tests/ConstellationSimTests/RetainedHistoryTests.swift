import Foundation
import Testing
@testable import ConstellationSim

/// The engine keeps every satellite's past (coarse) and the asked-for ones' every tick,
/// so moving the selection loses nothing; the coarse ring stays within its budget.
@Suite struct RetainedHistoryTests {
    @Test func selectionChangesKeepThePast() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: true)
        host.archiveEveryTick([3])
        host.start()
        host.send(.step(40))
        #expect(host.inspect { $0.tick } == 40)
        let before = host.retainedHistory.history(of: 3)
        // Down, Up: satellite 4 is selected for two ticks, then 3 again.
        host.archiveEveryTick([4])
        host.send(.step(2))
        #expect(host.inspect { $0.tick } == 42)  // (waits for the step: it runs in pump bursts)
        host.archiveEveryTick([3])
        host.send(.step(1))
        #expect(host.inspect { $0.tick } == 43)
        let after = host.retainedHistory.history(of: 3)
        // 40 ticks at full rate plus the coarse sample at tick 0; after Down, Up all of it is
        // still there, and tick 43 follows (41 and 42 were satellite 4's).
        #expect(before.count == 41)
        #expect(after.seconds == before.seconds + [430])
        #expect(after.values(.batterySOC).prefix(41) == before.values(.batterySOC)[...])
        // The satellite selected only in passing has its two full-rate ticks after its coarse samples.
        let passing = host.retainedHistory.history(of: 4)
        #expect(passing.seconds == [0, 30 * 10, 410, 420])
        // A satellite never asked for still has the coarse samples (every 30 ticks here).
        #expect(host.retainedHistory.history(of: 7).seconds == [0, 300])
    }

    @Test func historyValuesAreTheSatellitesOwn() {
        var reference = Simulation(scenario: tinyScenario)
        let host = EngineHost(simulation: reference, paused: true)
        host.archiveEveryTick([5])
        host.start()
        host.send(.step(12))
        _ = host.inspect { $0.tick }
        for _ in 0..<12 { reference.advance() }
        let history = host.retainedHistory.history(of: 5)
        #expect(history.values(.batterySOC).last == Double(Float(reference.world.batterySOC[5])))
        #expect(history.values(.acceleratorTempC).last == Double(Float(reference.world.acceleratorTempC[5])))
        #expect(history.values(.seuRatePerHour).last == Double(Float(reference.world.seuRatePerHour[5])))
    }

    /// Bytes per satellite = 2 B × 7 series × samples; the default 128 MB budget gives a
    /// million satellites 9 samples (126 B) every 9,600 s (24 h / 9 rounded up to the tick),
    /// and 15,000 satellites the full 288 (every 300 s).
    @Test(arguments: [(1_000_000, 9, UInt64(960)), (15_000, 288, UInt64(30)), (48, 288, UInt64(30))])
    func coarseRingFitsTheBudget(satellites: Int, samples: Int, everyTicks: UInt64) {
        let layout = CoarseFleetHistory.layout(satellites: satellites, dtSeconds: 10,
                                               budgetBytes: RetainedHistory.defaultBudgetBytes)
        #expect(layout.capacity == samples)
        #expect(layout.everyTicks == everyTicks)
        #expect(samples * CoarseFleetHistory.bytesPerSample * satellites <= RetainedHistory.defaultBudgetBytes)
        #expect(CoarseFleetHistory.bytesPerSample == 14)
    }

    /// Half precision keeps 11 significant bits: every value within 2⁻¹¹ relative (powers
    /// are stored in kW, so 39.5 kW is 39.5 ± 0.02).
    @Test func coarseSamplesKeepElevenBits() {
        var simulation = Simulation(scenario: tinyScenario)
        for _ in 0..<5 { simulation.advance() }
        var ring = CoarseFleetHistory(satellites: simulation.fleet.count, dtSeconds: 10, budgetBytes: 1_000_000)
        ring.record(simulation.world, tick: 0, simSeconds: 50)
        for i in 0..<simulation.fleet.count {
            let (times, values) = ring.samples(of: i)
            #expect(times == [50])
            for series in SatelliteSeries.allCases {
                let exact = series.value(simulation.world, i), kept = values[series.rawValue][0]
                #expect(abs(kept - exact) <= abs(exact) * 0.000_49 + 1e-7, "\(series) of \(i): \(kept) vs \(exact)")
            }
        }
    }

    @Test func plotTracesAreColumnMeansOverTheWindow() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: true)
        host.archiveEveryTick([2])
        host.start()
        host.send(.step(60))
        _ = host.inspect { $0.tick }
        let full = host.retainedHistory.history(of: 2)
        // 600 s of window over 6 columns: 100 s a column, 10 ticks each (ticks 1…60 at 10…600 s).
        let plot = host.retainedHistory.plot(PlotRequest(windowSeconds: 600, columns: 6), selected: 2, nowSeconds: 600)
        let soc = full.values(.batterySOC), times = full.seconds
        for column in 0..<6 {
            let lo = Double(column) * 100, hi = lo + 100
            let inColumn = zip(times, soc).filter { $0.0 >= lo && ($0.0 < hi || ($0.0 == 600 && column == 5)) }.map(\.1)
            let mean = inColumn.reduce(0, +) / Double(inColumn.count)
            #expect(abs((plot.traces(of: 2)?[SatelliteSeries.batterySOC.rawValue].values[column] ?? .nan) - mean) < 1e-12)
        }
        // The fleet's satellites per mode add up to the fleet in every column.
        let modes: [FleetSeries] = [.nominal, .degraded, .safe, .failed]
        for column in 0..<6 {
            let sum = modes.map { plot.fleetTraces[$0.rawValue].values[column] }.reduce(0, +)
            #expect(abs(sum - Double(tinyScenario.satelliteCount)) < 1e-9)
        }
    }
}

/// `.` and `>` run as ordinary pump bursts: the header sees progress, Space interrupts,
/// and commands sent during a step wait for its end.
@Suite struct SteppingTests {
    @Test func longStepShowsProgressAndSpaceInterruptsIt() {
        let host = EngineHost(simulation: Simulation(scenario: tinyScenario), paused: true)
        host.start()
        host.send(.step(50_000_000))
        #expect(eventually {
            guard let s = host.latestSnapshot().snapshot, let step = s.step else { return false }
            return step.done > 0 && s.runState == .running && s.ticksPerSecond > 0
        }, "the header sees the step advance with a tick rate")
        host.send(.togglePause)
        let stopped = host.inspect { $0.tick }
        #expect(stopped > 0 && stopped < 50_000_000)
        Thread.sleep(forTimeInterval: 0.1)
        #expect(host.inspect { $0.tick } == stopped, "Space stopped the step")
        #expect(eventually { host.latestSnapshot().snapshot?.step == nil && host.latestSnapshot().snapshot?.runState == .paused })
    }

    @Test func commandsSentDuringAStepActAfterIt() {
        var core = HostCore(simulation: Simulation(scenario: tinyScenario), runState: .paused, speed: .max)
        _ = core.apply(.step(5), now: 0)
        #expect(core.step == StepProgress(startTick: 0, targetTick: 5, tick: 0))
        #expect(core.apply(.injectFault(satellite: 1, kind: .avionics), now: 0).applied == false)
        #expect(core.journal.count == 1, "deferred, not yet journaled")
        core.finishStep()
        #expect(core.simulation.tick == 5)
        #expect(core.journal.map(\.tick) == [1, 6])
        #expect(core.journal.last?.command == .injectFault(satellite: 1, kind: .avionics))
    }

    @Test func stepProgressFraction() {
        let p = StepProgress(startTick: 100, targetTick: 500, tick: 200)
        #expect(p.total == 400 && p.done == 100 && p.fraction == 0.25)
    }
}
