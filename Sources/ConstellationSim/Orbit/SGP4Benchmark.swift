/// Single-thread SGP4 throughput, measured the way `Benchmarks/sgp4_peer.py` measures
/// the python `sgp4` package's C++ core (`SatrecArray`): every record at every time,
/// times given in minutes after the latest epoch among the records.
public enum SGP4Benchmark {
    /// The outcome of one run.
    public struct Run: Sendable, Hashable {
        /// Propagations done (records × times, failed ones included).
        public var propagations: Int
        /// Wall-clock seconds spent propagating.
        public var seconds: Double
        /// Propagations that returned an SGP4 error.
        public var failures: Int

        /// Propagations per second.
        public var rate: Double { seconds > 0 ? Double(propagations) / seconds : 0 }

        public init(propagations: Int, seconds: Double, failures: Int) {
            self.propagations = propagations
            self.seconds = seconds
            self.failures = failures
        }
    }

    /// Propagates all `records` to each of `minutes` (after the latest epoch) once,
    /// through `SGP4Batch.propagate(plan:to:into:)` with an `SGP4BatchPlan` built before the
    /// clock starts (as the peer builds its `SatrecArray`), on the calling thread. Near-Earth
    /// and deep-space sets, and those that fail on the way, all go through the lane kernels.
    /// `reference` is the instant the minutes count from (default: the latest epoch of
    /// `records`; a caller splitting one file across threads passes the file's latest epoch).
    public static func run(records: [SGP4Record], minutes: [Double], reference: JulianDate? = nil) -> Run {
        guard let reference = reference ?? records.map(\.epoch).max() else {
            return Run(propagations: 0, seconds: 0, failures: 0)
        }
        var output = SGP4BatchOutput(count: records.count)
        let plan = SGP4BatchPlan(records)
        var failures = 0
        let clock = ContinuousClock()
        let start = clock.now
        for minute in minutes {
            SGP4Batch.propagate(plan: plan, to: reference.adding(seconds: minute * 60), into: &output)
            for code in output.errorCode where code != 0 { failures += 1 }
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Run(propagations: records.count * minutes.count, seconds: seconds, failures: failures)
    }
}
