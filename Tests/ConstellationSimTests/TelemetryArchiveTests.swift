import Foundation
import GRDB
import Testing
@testable import ConstellationSim

/// The per-satellite archive keeps whole samples at its interval and never more rows
/// than its bound on a long run; the file stops growing from the archive once full.
@Suite struct TelemetryArchiveTests {
    private func run(ticks: Int, policy: TelemetryArchivePolicy, path: String) throws {
        let scenario = try RecordedDrill.recipe.scenario()
        var simulation = Simulation(scenario: scenario)
        let journal = try AlarmJournal(path: path, startSimSeconds: 0, satelliteIDs: simulation.fleet.ids)
        simulation.recordsAlarmBatches = true
        simulation.telemetryArchive = policy
        for _ in 0..<ticks {
            simulation.advance()
            try journal.append(simulation.takeAlarmBatches())
        }
        try journal.close()
    }

    private func fileBytes(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
            return total + ((attributes?[.size] as? Int) ?? 0)
        }
    }

    @Test func sizeBoundHoldsOnALongRun() throws {
        let path = RecordedDrill.temporaryPath("archive")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // 48 satellites every 2 ticks, at most 10 samples (480 rows): 2,000 ticks would be 48,000 rows.
        let policy = TelemetryArchivePolicy(everyTicks: 2, maximumRows: 480)
        try run(ticks: 2000, policy: policy, path: path)
        let database = try DatabaseQueue(path: path)
        defer { try? database.close() }
        let (count, samples, oldest, newest) = try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM satellite_sample") ?? -1,
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT tick) FROM satellite_sample") ?? -1,
             try Int.fetchOne(db, sql: "SELECT MIN(tick) FROM satellite_sample") ?? -1,
             try Int.fetchOne(db, sql: "SELECT MAX(tick) FROM satellite_sample") ?? -1)
        }
        #expect(count <= 480 && count % 48 == 0)
        #expect(samples == count / 48)
        #expect(newest == 2000 && oldest == 2000 - 2 * (samples - 1))
        let fleetRows = try database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM fleet_tick") }
        #expect(fleetRows == 2000)
    }

    /// Past the bound, the archive reuses its pages: 4,000 more ticks add only the fleet
    /// and alarm rows, far less than the 96,000 satellite rows they would have archived.
    @Test func fileStopsGrowingFromTheArchiveOnceFull() throws {
        let short = RecordedDrill.temporaryPath("archive-short"), long = RecordedDrill.temporaryPath("archive-long")
        defer {
            try? FileManager.default.removeItem(atPath: short)
            try? FileManager.default.removeItem(atPath: long)
        }
        let policy = TelemetryArchivePolicy(everyTicks: 2, maximumBytes: 200_000)
        try run(ticks: 2000, policy: policy, path: short)
        try run(ticks: 6000, policy: policy, path: long)
        let growth = fileBytes(long) - fileBytes(short)
        #expect(growth < 96_000 * 20, "grew \(growth) B")
        #expect(fileBytes(long) < 200_000 + 6000 * 400, "\(fileBytes(long)) B")
    }
}

/// The console's selected satellite is archived every tick, the rest of the fleet at the
/// archive's interval, and `export` reads both with `simulate`'s columns.
@Suite struct FullRateArchiveTests {
    @Test func selectedSatelliteIsArchivedEveryTickBesidesTheSamples() throws {
        let path = RecordedDrill.temporaryPath("archive-full-rate")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let scenario = try RecordedDrill.recipe.scenario()
        var simulation = Simulation(scenario: scenario)
        let journal = try AlarmJournal(path: path, startSimSeconds: 0, satelliteIDs: simulation.fleet.ids)
        simulation.recordsAlarmBatches = true
        simulation.telemetryArchive = TelemetryArchivePolicy(everyTicks: 5, maximumRows: 100_000)
        simulation.archivedEveryTick = [7]
        var expected: [UInt64: [Double]] = [:], other: [UInt64: [Double]] = [:]
        for _ in 0..<20 {
            simulation.advance()
            expected[simulation.tick] = SatelliteSamples.row(simulation.world, 7)
            other[simulation.tick] = SatelliteSamples.row(simulation.world, 8)
            try journal.append(simulation.takeAlarmBatches())
        }
        let session = journal.sessionID
        try journal.close()
        let reader = try TelemetryArchiveReader(path: path)
        var selected: [UInt64: [Double]] = [:], neighbour: [UInt64: [Double]] = [:]
        try reader.satellites(session: session, ticks: 0...100, only: [7, 8]) { tick, _, satellite, values in
            if satellite == 7 { selected[tick] = values } else { neighbour[tick] = values }
        }
        #expect(selected == expected)
        #expect(neighbour == other.filter { $0.key % 5 == 0 })
        #expect(neighbour.keys.sorted() == [5, 10, 15, 20])
    }

    /// The console hands over the selected satellite and the pinned ones (ascending, each
    /// once): all three have a row every tick, the rest of the fleet only at the interval.
    @Test func pinnedAndSelectedSatellitesAreArchivedEveryTick() throws {
        let path = RecordedDrill.temporaryPath("archive-pinned")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let scenario = try RecordedDrill.recipe.scenario()
        var simulation = Simulation(scenario: scenario)
        let journal = try AlarmJournal(path: path, startSimSeconds: 0, satelliteIDs: simulation.fleet.ids)
        simulation.recordsAlarmBatches = true
        simulation.telemetryArchive = TelemetryArchivePolicy(everyTicks: 4, maximumRows: 100_000)
        let fullRate = [3, 7, 12]  // pinned 3 and 12, selected 7
        simulation.archivedEveryTick = fullRate
        var expected: [Int: [UInt64: [Double]]] = [:]
        for _ in 0..<12 {
            simulation.advance()
            for satellite in fullRate + [8] {
                expected[satellite, default: [:]][simulation.tick] = SatelliteSamples.row(simulation.world, satellite)
            }
            try journal.append(simulation.takeAlarmBatches())
        }
        let session = journal.sessionID
        try journal.close()
        let reader = try TelemetryArchiveReader(path: path)
        var archived: [Int: [UInt64: [Double]]] = [:], rowsPerTick: [UInt64: Int] = [:]
        try reader.satellites(session: session, ticks: 0...100, only: nil) { tick, _, satellite, values in
            archived[satellite, default: [:]][tick] = values
            rowsPerTick[tick, default: 0] += 1
        }
        for satellite in fullRate {
            #expect(archived[satellite] == expected[satellite], "satellite \(satellite) every tick")
            #expect(archived[satellite]?.count == 12)
        }
        #expect(archived[8] == expected[8]?.filter { $0.key % 4 == 0 })
        #expect(archived[8]?.keys.sorted() == [4, 8, 12])
        let fleet = simulation.fleet.ids.count
        #expect(rowsPerTick == Dictionary(uniqueKeysWithValues: (1...12).map { ($0, $0 % 4 == 0 ? fleet : 3) }))
    }
}
