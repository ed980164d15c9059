import Dispatch

/// A quantity of the world, as phases name the columns they read and write.
public enum WorldColumn: String, Sendable, CaseIterable {
    case orbitKind, positionKm, velocityKmS, geodetic, orbitErrorCode, propellantKg
    /// The catalog objects' SGP4 states (`WorldState.catalogObjects`), not the fleet's.
    case catalogObjectStates
    case battery, thermal, radiation, faults, modeState, mode
    case litFraction, betaDeg, environmentAbsorbedW
    case solarW, availableW, demand, utilization, schedulingLimit
    case loadW, heaterHoldingW, heaterW, heaterRequestW, powerVerdict, netPowerW, batterySOC
    case acceleratorTempC, radiatorTempC, radiatorOpenFraction
    case seuTotal, uncorrectableThisTick, seuRatePerHour
    case groundContact, minutesSinceContact, islUpMask
    case alarmSamples
    /// The route table (latency routing), outside the column store.
    case routes
    /// State outside the column store (workload, fault schedule, alarm book, aggregates).
    case workload, faultSchedule, alarmBook, aggregates
    /// The executed-manoeuvre log (`Simulation.manoeuvreLog`).
    case manoeuvreLog
}

/// One step of the tick. Phases run in `TickPipeline` order; each declares the
/// columns it reads and writes, so a reader (or a new phase) can see what depends on
/// what without reading the loops.
protocol TickPhase: Sendable {
    /// The phase's name in benchmark reports.
    static var name: String { get }
    static var reads: [WorldColumn] { get }
    static var writes: [WorldColumn] { get }
}

/// A phase that works satellite by satellite: `run` is called on disjoint ranges of
/// the fleet, possibly in parallel, and writes only those satellites' elements of the
/// columns it writes, so the result is the same for any chunking and thread count.
protocol FleetPhase: TickPhase {
    func run(_ range: Range<Int>, world: WorldState, tick: TickEnvironment)
    /// Whether satellite i reads columns of other satellites that earlier phases of the
    /// tick write (the links read their neighbours' positions and modes): such a phase
    /// waits until those phases are done for the whole fleet.
    static var readsOtherSatellites: Bool { get }
}

extension FleetPhase {
    static var readsOtherSatellites: Bool { false }
}

/// A phase that works on the whole simulation, serially and in fleet order (few items,
/// or sums that must be bit-identical for any chunking).
protocol SerialPhase: TickPhase {
    func run(_ simulation: inout Simulation, tick: TickEnvironment)
}

/// How the fleet is cut into chunks for parallel phases.
struct Chunking: Sendable {
    /// Satellites per chunk.
    var size: Int
    /// Worker threads (nil: as many as Dispatch gives, one per core).
    var threads: Int?

    /// Runs `body` over `0..<count` in chunks of `size`, in parallel when there are several.
    func forEach(count n: Int, _ body: @Sendable (Range<Int>) -> Void) {
        let size = max(1, self.size)
        let chunks = (n + size - 1) / size
        if chunks <= 1 || threads == 1 {
            for c in 0..<max(1, chunks) { body(c * size..<min(n, (c + 1) * size)) }
        } else if let threads {
            // Worker w takes chunks w, w + threads, … (the chunks, not the workers, fix the result).
            DispatchQueue.concurrentPerform(iterations: threads) { w in
                for c in stride(from: w, to: chunks, by: threads) { body(c * size..<min(n, (c + 1) * size)) }
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks) { c in body(c * size..<min(n, (c + 1) * size)) }
        }
    }
}
