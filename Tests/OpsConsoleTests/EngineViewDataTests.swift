@testable import ConstellationSim
import Foundation
import Testing

/// The engine's data for the console's views, checked against hand-derived references.
@Suite struct EngineViewDataTests {
    let simulation = Simulation(scenario: singleShellScenario).frame()

    @Test func subsolarPointAtTheJuneSolsticeNoon() {
        // 2026-06-21 12:00 UTC: declination ≈ obliquity 23.44°; equation of time ≈ −1.6 min, so
        // apparent noon at 0° comes 1.6 min late and the Sun stands at 15°·1.6/60 ≈ +0.4° east.
        let p = EngineFrame.subsolarPoint(at: JulianDate(year: 2026, month: 6, day: 21, hour: 12, minute: 0, second: 0))
        #expect(abs(p.latitudeDeg - 23.44) < 0.05)
        #expect(abs(p.longitudeDeg - 0.4) < 0.3)
    }

    @Test func densityCountsEverySatelliteWithinTheInclinationBand() {
        let counts = simulation.densityCounts(columns: 360, rows: 180)
        #expect(counts.reduce(0) { $0 + Int($1) } == 1_584)
        // 53° inclination: no satellite north of 54° or south of −54° (rows 0…35 and 144…179).
        #expect(counts[0..<(36 * 360)].allSatisfy { $0 == 0 })
        #expect(counts[(144 * 360)...].allSatisfy { $0 == 0 })
    }

    @Test func heatmapBlocksAreTheMeansOfTheirSatellites() throws {
        let map = try #require(simulation.heatmap(HeatmapRequest(shell: 0, metric: .altitude, maxColumns: 10, maxRows: 10)))
        // ceil(72/10) = 8 planes per row → 9 rows; ceil(22/10) = 3 slots per column → 8 columns (last holds 1 slot).
        #expect((map.rows, map.columns, map.planesPerRow, map.slotsPerColumn) == (9, 8, 8, 3))
        // Row 1, column 7: planes 8…15, slot 21 only; the arithmetic mean over those 8 satellites.
        let members = (8..<16).map { p in p * 22 + 21 }
        let mean = members.map { simulation.columns.altitudeKm[$0] }.reduce(0, +) / 8
        #expect(abs(map.values[1 * 8 + 7] - mean) < 1e-9)
        #expect(map.minimum > 540 && map.maximum < 580, "a 550 km circular shell over an oblate Earth")
        #expect(simulation.heatmap(HeatmapRequest(shell: 1, metric: .latitude, maxColumns: 10, maxRows: 10)) == nil)
    }

    @Test func groundTrackSpansOneOrbitEitherSide() {
        let track = simulation.groundTrack(satellite: 0, points: 241)
        #expect(track.count == 241)
        // The middle point is now.
        #expect(abs(track[120].latitudeDeg - simulation.columns.latitudeDeg[0]) < 1e-9)
        #expect(abs(track[120].longitudeDeg - simulation.columns.longitudeDeg[0]) < 1e-9)
        #expect(track.allSatisfy { abs($0.latitudeDeg) < 53.5 })
        // Two periods (2 × 5,736 s at 550 km) apart the Earth has turned 7.2921e-5 rad/s × 11,472 s = 47.9°
        // under the orbit, plus ≈ 0.6° of J2 nodal regression: the track moves ≈ 48.5° west.
        var shift = track[0].longitudeDeg - track[240].longitudeDeg
        shift = (shift + 540).truncatingRemainder(dividingBy: 360) - 180
        #expect(abs(shift - 48.5) < 2)
        // Back at the same latitude one period either side (the node of the middle point).
        #expect(abs(track[0].latitudeDeg - track[120].latitudeDeg) < 1)
        #expect(abs(track[240].latitudeDeg - track[120].latitudeDeg) < 1)
    }

    @Test func hostPublishesTheRequestedViewData() {
        let host = EngineHost(simulation: Simulation(scenario: singleShellScenario), paused: true)
        host.setView(ViewRequest(firstRow: 0, rowCount: 5, selected: 7, map: MapRequest(columns: 40, rows: 20),
                                 heatmap: HeatmapRequest(shell: 0, metric: .latitude, maxColumns: 22, maxRows: 72)))
        host.archiveEveryTick([7])  // the console's selection: kept every tick
        host.start()
        host.send(.step(1))
        #expect(eventually { host.latestSnapshot().snapshot?.tick == 1 })
        let snapshot = host.latestSnapshot().snapshot
        #expect(snapshot?.map?.counts.count == 800)
        #expect(snapshot?.heatmap?.values.count == 72 * 22)
        #expect(snapshot?.history?.satellite == 7)
        #expect(snapshot?.history?.seconds == [0, 10])
        #expect(snapshot?.shellNames == ["shell-550"])
    }
}

@Suite struct RowOrderTests {
    let simulation = Simulation(scenario: singleShellScenario).frame()

    @Test func altitudeOrderStartsAtTheLowestAndEndsAtTheHighest() {
        let order = simulation.rowOrder(RowSort(key: .altitude))
        let altitudes = simulation.columns.altitudeKm
        // Reference: a linear scan for the extremes (first index among equals).
        let lowest = altitudes.indices.min { altitudes[$0] < altitudes[$1] }
        let highest = altitudes.indices.max { altitudes[$0] < altitudes[$1] }
        #expect(order.first == lowest)
        #expect(Set(order).count == simulation.count)
        #expect(zip(order, order.dropFirst()).allSatisfy { altitudes[$0] <= altitudes[$1] })
        let descending = simulation.rowOrder(RowSort(key: .altitude, descending: true))
        #expect(altitudes[descending[0]] == altitudes[highest ?? 0])
    }

    @Test func sortedSnapshotCarriesTheWindowInOrder() {
        let view = ViewRequest(firstRow: 10, rowCount: 5, selected: 0, sort: RowSort(key: .latitude, descending: true))
        let window = simulation.snapshot(for: view)
        let order = simulation.rowOrder(RowSort(key: .latitude, descending: true))
        #expect(window.firstRow == 10)
        #expect(window.rows.map(\.index) == Array(order[10..<15]))
        #expect(simulation.snapshot(for: ViewRequest(firstRow: 10, rowCount: 5)).rows.map(\.index) == Array(10..<15))
    }
}

@Suite struct HeatmapSpacecraftMetricTests {
    /// Battery, temperature and utilization cells are the means of their satellites'
    /// telemetry; the alarms metric counts each satellite's alarms that are not NORMAL.
    @Test func spacecraftMetricsAverageTheirBlocks() throws {
        var sim = Simulation(scenario: singleShellScenario)
        sim.advance(ticks: 200)
        let s = sim.world
        let frame = sim.frame()
        // 72 planes × 22 slots into at most 11 × 36 cells: 2 slots per column, 2 planes per row.
        let battery = try #require(frame.heatmap(HeatmapRequest(shell: 0, metric: .battery, maxColumns: 11, maxRows: 36)))
        #expect(battery.slotsPerColumn == 2 && battery.planesPerRow == 2)
        // Cell (row 0, column 0) holds planes 0–1, slots 0–1: satellites 0, 1, 22, 23.
        let members = [0, 1, 22, 23]
        let expected = members.map { s.batterySOC[$0] }.reduce(0, +) / 4  // fractions inside
        #expect(abs(battery.values[0] - expected) < 1e-9)
        let util = try #require(frame.heatmap(HeatmapRequest(shell: 0, metric: .utilization, maxColumns: 22, maxRows: 72)))
        #expect(abs(util.values[5] - s.utilization[5]) < 1e-12)
        let accel = try #require(frame.heatmap(HeatmapRequest(shell: 0, metric: .acceleratorTemp, maxColumns: 22, maxRows: 72)))
        #expect(accel.values[7] == s.acceleratorTempC[7])
        let alarms = try #require(frame.heatmap(HeatmapRequest(shell: 0, metric: .alarms, maxColumns: 22, maxRows: 72),
                                                 alarmCounts: frame.alarmCountsPerSatellite()))
        #expect(alarms.values.reduce(0, +) == Double(sim.alarms.records.count))
    }
}
