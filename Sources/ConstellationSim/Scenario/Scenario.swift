/// Everything that defines one run: when it starts, how time advances, the seed,
/// and the constellation. One scenario and one seed give one history.
public struct Scenario: Sendable, Hashable {
    public var name: String
    /// UTC instant of simulation time zero.
    public var epoch: JulianDate
    /// Fixed tick length, simulated seconds.
    public var dtSeconds: Double
    /// Seed of every random draw of the run.
    public var seed: UInt64
    /// Designed Walker-delta shells, flown with the J2 propagator.
    public var shells: [WalkerShell]

    public init(name: String, epoch: JulianDate, dtSeconds: Double = 10, seed: UInt64 = 1, shells: [WalkerShell]) {
        precondition(dtSeconds > 0, "tick length must be positive")
        self.name = name
        self.epoch = epoch
        self.dtSeconds = dtSeconds
        self.seed = seed
        self.shells = shells
    }

    /// Total number of satellites.
    public var satelliteCount: Int { shells.reduce(0) { $0 + $1.total } }
}
