import Foundation

/// Why a checkpoint cannot be restored into this simulation.
public struct CheckpointError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
}

/// The state outside the column store, encoded with the checkpoint.
private struct CheckpointRest: Codable {
    var alarms: AlarmBook
    var queuedAlarmCommands: [AlarmCommand]
    var workload: Workload
    var lastWorkloadResult: WorkloadTickResult
    var aggregates: FleetAggregates
    var faultSchedule: FaultSchedule
    var appliedInjections: [FaultInjection]
    var manoeuvredOrbits: [Int: J2Orbit]
    var manoeuvreLog: [ExecutedManoeuvre]
    var routes: RouteTable
}

extension Simulation {
    /// Format version of `checkpoint()`.
    static let checkpointVersion: UInt32 = 1
    private static let checkpointMagic = Array("ORBITOPS-CKPT".utf8)

    /// Everything that changes during a run, as bytes: the tick, every column of the
    /// world and the state outside it (alarm book, workload, fault schedule, aggregates).
    /// `restore` of these bytes into a simulation of the same scenario, then running on,
    /// gives exactly the run that was never interrupted. Not included: the alarm
    /// journal outbox (batches already handed to the journal) and phase timings.
    public func checkpoint() -> [UInt8] {
        var out = Self.checkpointMagic
        appendInteger(Self.checkpointVersion, to: &out)
        appendInteger(UInt64(world.count), to: &out)
        appendInteger(scenario.seed, to: &out)
        appendInteger(scenario.dtSeconds.bitPattern, to: &out)
        appendInteger(tick, to: &out)
        appendInteger(UInt64(world.columnBytes), to: &out)
        world.writeColumns(into: &out)
        let rest = CheckpointRest(
            alarms: alarms, queuedAlarmCommands: alarmIO.queuedCommands, workload: workload,
            lastWorkloadResult: lastWorkloadResult, aggregates: aggregates, faultSchedule: faultSchedule,
            appliedInjections: appliedInjections, manoeuvredOrbits: manoeuvredOrbits,
            manoeuvreLog: manoeuvreLog, routes: routes)
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        let data: Data
        do {
            data = try encoder.encode(rest)
        } catch {
            // Every field is a plain Codable value with no custom encoding: a failure is a bug.
            preconditionFailure("checkpoint state did not encode: \(error)")
        }
        appendInteger(UInt64(data.count), to: &out)
        out.append(contentsOf: data)
        return out
    }

    /// Replaces the run's state with `bytes` from `checkpoint()` of a simulation of the
    /// same scenario. Throws (changing nothing) for bytes of another format, fleet size,
    /// seed or tick length, or truncated bytes.
    public mutating func restore(_ bytes: [UInt8]) throws(CheckpointError) {
        var reader = ByteReader(bytes: bytes)
        guard reader.take(Self.checkpointMagic.count) == Self.checkpointMagic[...] else {
            throw CheckpointError(description: "not an OrbitOps checkpoint")
        }
        guard let version: UInt32 = reader.integer(), version == Self.checkpointVersion else {
            throw CheckpointError(description: "checkpoint format is not version \(Self.checkpointVersion)")
        }
        guard let count: UInt64 = reader.integer(), count == UInt64(world.count),
              let seed: UInt64 = reader.integer(), seed == scenario.seed,
              let dt: UInt64 = reader.integer(), dt == scenario.dtSeconds.bitPattern else {
            throw CheckpointError(description: "checkpoint of another scenario (fleet size, seed or tick length differ)")
        }
        let fresh = WorldState(count: world.count, catalogCount: world.catalogCount,
                               catalogObjectCount: world.catalogObjectCount)
        guard let savedTick: UInt64 = reader.integer(), let columnBytes: UInt64 = reader.integer(),
              columnBytes == UInt64(fresh.columnBytes), let columns = reader.take(Int(columnBytes)),
              let restLength: UInt64 = reader.integer(), let restBytes = reader.take(Int(clamping: restLength)),
              reader.isAtEnd else {
            throw CheckpointError(description: "checkpoint is truncated or has trailing bytes")
        }
        let rest: CheckpointRest
        do {
            rest = try PropertyListDecoder().decode(CheckpointRest.self, from: Data(restBytes))
        } catch {
            throw CheckpointError(description: "checkpoint state does not decode: \(error)")
        }
        guard rest.alarms.satelliteCount == world.count + scenario.routing.routes.count,
              rest.routes.routes.count == scenario.routing.routes.count else {
            throw CheckpointError(description: "checkpoint alarm book is for another fleet")
        }
        columns.withUnsafeBytes { fresh.readColumns(from: $0) }
        replaceWorld(fresh)
        tick = savedTick
        alarms = rest.alarms
        alarmIO.queuedCommands = rest.queuedAlarmCommands
        alarmIO.outbox = []
        workload = rest.workload
        lastWorkloadResult = rest.lastWorkloadResult
        aggregates = rest.aggregates
        faultSchedule = rest.faultSchedule
        appliedInjections = rest.appliedInjections
        manoeuvredOrbits = rest.manoeuvredOrbits
        manoeuvreLog = rest.manoeuvreLog
        routes = rest.routes
    }
}

private func appendInteger<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
}

/// Reads a checkpoint front to back; every read checks the length left.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func take(_ n: Int) -> ArraySlice<UInt8>? {
        guard n >= 0, n <= bytes.count - offset else { return nil }
        defer { offset += n }
        return bytes[offset..<offset + n]
    }

    mutating func integer<T: FixedWidthInteger>() -> T? {
        guard let slice = take(MemoryLayout<T>.size) else { return nil }
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: slice) }
        return T(littleEndian: value)
    }

    var isAtEnd: Bool { offset == bytes.count }
}
