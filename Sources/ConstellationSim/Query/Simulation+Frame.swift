import Synchronization

/// Serial numbers of built frames (caches key on them).
private let frameSerials = Atomic<UInt64>(0)

extension Simulation {
    /// The one place the engine's state becomes a query frame. Reads only the fleet,
    /// the spacecraft states, the alarm book, the aggregates, the scenario and the clock.
    ///
    /// Identity arrays, the scenario and the propagators are shared (reference counts
    /// only). Each dynamic column is bulk-copied into `previous`'s buffer when that frame
    /// is handed back and nothing else holds it (double buffering: no allocation, one
    /// memcpy per column); otherwise a fresh buffer is made.
    public func makeFrame(runState: RunState, speed: SimulationSpeed, ticksPerSecond: Double,
                          journal: AlarmJournalWriter.Status?, replay: ReplayProgress? = nil, step: StepProgress? = nil,
                          reusing previous: consuming EngineFrame? = nil)
        -> EngineFrame {
        // The old frame is released at once, so its buffers are uniquely held and refilled in place.
        var columns = FrameColumns(), objects = CatalogObjectFrame(objects: catalogObjects)
        if var old = previous.take() {
            swap(&columns, &old.columns)
            swap(&objects, &old.catalogObjects)
        }
        objects.objects = catalogObjects
        objects.overwrite(with: world.catalogObjects)
        let f = fleet, s = world
        columns.latitudeDeg.overwrite(with: s.latitudeDeg)
        columns.longitudeDeg.overwrite(with: s.longitudeDeg)
        columns.altitudeKm.overwrite(with: s.altitudeKm)
        columns.mode.overwrite(with: s.mode)
        columns.batterySOC.overwrite(with: s.batterySOC)
        columns.netPowerW.overwrite(with: s.netPowerW)
        columns.acceleratorTempC.overwrite(with: s.acceleratorTempC)
        columns.radiatorTempC.overwrite(with: s.radiatorTempC)
        columns.utilization.overwrite(with: s.utilization)
        columns.seuTotal.overwrite(with: s.seuTotal)
        columns.linkMask.overwrite(with: s.islUpMask)
        columns.groundContact.overwrite(with: s.groundContact)
        columns.solarW.overwrite(with: s.solarW)
        columns.loadW.overwrite(with: s.loadW)
        columns.betaDeg.overwrite(with: s.betaDeg)
        // Causes live inside the mode state machines: one strided pass, no allocation when reused.
        let n = s.modeState.count
        if columns.modeCause.count != n { columns.modeCause = Array(repeating: .none, count: n) }
        let modeStates = s.modeState
        columns.modeCause.withUnsafeMutableBufferPointer { out in
            for i in 0..<n { out[i] = modeStates[i].cause }
        }
        var alarmFrame = AlarmFrame()
        alarmFrame.revision = alarms.revision
        alarmFrame.records = alarms.records
        alarmFrame.summary = alarms.summary
        alarmFrame.firstOut = alarms.firstOut
        alarmFrame.maximumShelveSeconds = alarms.maximumShelveSeconds
        let subjects = alarmSubjectIDs
        alarmFrame.kpis = alarms.kpis { subjects.indices.contains($0) ? subjects[$0] : "#\($0)" }
        let identity = FleetIdentity(ids: f.ids, groupNames: f.groupNames, shellIndex: f.shellIndex, plane: f.plane,
                                     slot: f.slot, spacecraftClass: f.spacecraftClass)
        var frame = EngineFrame(
            serial: frameSerials.wrappingAdd(1, ordering: .relaxed).newValue,
            scenarioName: scenario.name, tick: tick, simSeconds: simSeconds, time: time, dtSeconds: scenario.dtSeconds,
            runState: runState, speed: speed, ticksPerSecond: ticksPerSecond, journal: journal, replay: replay,
            aggregates: aggregates, identity: identity, columns: columns, alarms: alarmFrame, scenario: scenario,
            propagators: f.propagators, catalogRecords: f.catalogRecords, manoeuvredOrbits: manoeuvredOrbits,
            routes: routes)
        frame.step = step
        frame.catalogObjects = objects
        return frame
    }
}

extension Array where Element: BitwiseCopyable {
    /// `overwrite(with:)` from a world column: one bulk copy into this array's buffer.
    mutating func overwrite(with source: Column<Element>) {
        if count != source.count { self = Array(source) ; return }
        withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return }
            base.update(from: source.base, count: source.count)
        }
    }
}

extension Array {
    /// Makes this array hold `source`'s elements in its own buffer: one bulk copy into
    /// the existing storage when it has the right size (and is uniquely held), else a
    /// fresh copy. Never shares `source`'s storage, so the engine's next write to
    /// `source` does not copy.
    mutating func overwrite(with source: [Element]) {
        guard count == source.count else {
            self = source.withUnsafeBufferPointer { Array($0) }
            return
        }
        withUnsafeMutableBufferPointer { out in
            source.withUnsafeBufferPointer { input in _ = out.update(fromContentsOf: input) }
        }
    }
}
