import Testing
@testable import ConstellationSim

/// The query service answers the newest frame with the newest request, keeps the
/// selected satellite's history from every frame, and hands superseded frames back.
@Suite struct QueryServiceTests {
    @Test func answersTheNewestFrameAndRequest() {
        let service = QueryService()
        #expect(service.latestSnapshot().snapshot == nil)
        service.setView(ViewRequest(firstRow: 0, rowCount: 5, selected: 2))
        for k in 0..<6 {
            var frame = randomFrame(500, seed: 31, serial: UInt64(100 + k))
            frame.tick = UInt64(k)
            service.submit(frame)
        }
        let sort = RowSort(key: .radiatorTemp, descending: true)
        service.setView(ViewRequest(firstRow: 10, rowCount: 5, selected: 2, sort: sort))
        service.waitUntilIdle()
        let snapshot = service.latestSnapshot().snapshot
        #expect(snapshot?.tick == 5)
        var reference = randomFrame(500, seed: 31)
        reference.tick = 5
        #expect(snapshot?.rows.map(\.index) == Array(referenceOrder(reference, sort)[10..<15]))
        // Without the engine's retained history there is no history to show.
        #expect(snapshot?.history == nil)
    }

    @Test func supersededFramesComeBackForReuse() {
        let service = QueryService()
        service.setView(ViewRequest(rowCount: 3))
        service.submit(randomFrame(50, seed: 32, serial: 1))
        service.waitUntilIdle()
        #expect(service.takeSpareFrame()?.serial == nil, "the only frame is still the answer's")
        service.submit(randomFrame(50, seed: 33, serial: 2))
        service.waitUntilIdle()
        #expect(service.takeSpareFrame()?.serial == 1)
        #expect(service.takeSpareFrame()?.serial == nil)
    }

    @Test func frameBuilderReusesBuffersAndCopiesEveryColumn() {
        var sim = Simulation(scenario: SimulationFixtures.busy())
        let first = sim.frame()
        let firstSerial = first.serial
        let buffer = first.columns.latitudeDeg.withUnsafeBufferPointer { $0.baseAddress }
        sim.advance(ticks: 3)
        // Handed back as the only holder: its buffers are refilled in place, not reallocated.
        let second = sim.makeFrame(runState: .running, speed: .max, ticksPerSecond: 2, journal: nil,
                                   reusing: consume first)
        #expect(second.columns.latitudeDeg.withUnsafeBufferPointer { $0.baseAddress } == buffer)
        #expect(second.serial > firstSerial && second.tick == 3)
        #expect(second.columns.latitudeDeg == sim.world.latitudeDeg.array)
        #expect(second.columns.batterySOC == sim.world.batterySOC.array)
        #expect(second.columns.acceleratorTempC == sim.world.acceleratorTempC.array)
        #expect(second.columns.modeCause == sim.world.modeState.map(\.cause))
        #expect(second.columns.linkMask == sim.world.islUpMask.array)
        #expect(second.alarms.summary == sim.alarms.summary)
        #expect(second.runState == .running && second.ticksPerSecond == 2)
    }
}
