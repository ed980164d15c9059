import Foundation

/// Where the screener gets trajectories: TEME position and velocity of object `i` at a
/// UTC instant, one object at a time (exact, for refinement) or all at once (batch, for
/// the coarse sweep). Implementations must be safe to call from several threads at once,
/// each thread with its own `TrajectoryBlock`.
public protocol TrajectorySource: Sendable {
    /// Number of objects; indices run 0..<count.
    var count: Int { get }
    /// Writes the state of every object at `time` into `block` (`block.count == count`);
    /// an object without a state (decayed, propagation error) gets a nonzero error code.
    func fill(_ block: inout TrajectoryBlock, at time: JulianDate)
    /// The state of object `index` at `time`, nil when it has none.
    func state(of index: Int, at time: JulianDate) -> TEMEState?
}

/// States of every object at one instant, structure of arrays (the SGP4 batch output,
/// reused so SGP4 writes it in place).
public struct TrajectoryBlock: Sendable {
    /// Positions (km), velocities (km/s), error codes (0 = valid).
    public var states: SGP4BatchOutput

    public init(count: Int) { states = SGP4BatchOutput(count: count) }

    public var count: Int { states.count }

    /// True when slot `i` holds a state.
    @inline(__always) public func isValid(_ i: Int) -> Bool { states.errorCode[i] == 0 }
}

/// Element sets flown with SGP4: the batch form uses `SGP4BatchPlan` (four objects per
/// SIMD group), the single form `SGP4Record.propagate`. Both agree bit for bit.
public struct SGP4TrajectorySource: TrajectorySource {
    public let records: [SGP4Record]
    public let plan: SGP4BatchPlan

    public init(records: [SGP4Record]) {
        self.records = records
        plan = SGP4BatchPlan(records)
    }

    public var count: Int { records.count }

    public func fill(_ block: inout TrajectoryBlock, at time: JulianDate) {
        SGP4Batch.propagate(plan: plan, to: time, into: &block.states)
    }

    public func state(of index: Int, at time: JulianDate) -> TEMEState? {
        try? records[index].propagate(to: time)
    }
}

/// Any trajectory given as a function (a J2 fleet, an ephemeris, a test's straight lines).
/// The batch form calls the function once per object.
public struct ClosureTrajectorySource: TrajectorySource {
    public let count: Int
    private let body: @Sendable (Int, JulianDate) -> TEMEState?

    /// `state(i, t)` gives object `i`'s TEME state at `t`, or nil.
    public init(count: Int, state: @escaping @Sendable (Int, JulianDate) -> TEMEState?) {
        self.count = count
        body = state
    }

    public func fill(_ block: inout TrajectoryBlock, at time: JulianDate) {
        for i in 0..<count {
            if let s = body(i, time) {
                block.states.xKm[i] = s.positionKm.x
                block.states.yKm[i] = s.positionKm.y
                block.states.zKm[i] = s.positionKm.z
                block.states.vxKmPerS[i] = s.velocityKmPerS.x
                block.states.vyKmPerS[i] = s.velocityKmPerS.y
                block.states.vzKmPerS[i] = s.velocityKmPerS.z
                block.states.errorCode[i] = 0
            } else {
                block.states.errorCode[i] = 1
            }
        }
    }

    public func state(of index: Int, at time: JulianDate) -> TEMEState? { body(index, time) }
}
