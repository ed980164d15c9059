import Foundation

/// One closest approach found by the screener.
public struct CloseApproach: Sendable, Hashable {
    /// What kind of approach it is.
    public enum Kind: String, Sendable, Hashable {
        /// The closest point of one pass.
        case encounter
        /// Relative speed below the co-orbital limit (docked, trains, formations):
        /// reported once per pair per screened window, at its minimum separation.
        case coOrbital = "co_orbital"
    }

    /// Object indices in the trajectory source, `objectA < objectB`.
    public var objectA, objectB: Int
    /// Time of closest approach (UTC).
    public var tca: JulianDate
    /// Separation at TCA, km.
    public var missKm: Double
    /// |v_B − v_A| at TCA, km/s.
    public var relativeSpeedKmPerS: Double
    /// TEME states of both objects at TCA.
    public var stateA, stateB: TEMEState
    public var kind: Kind

    /// Position of B relative to A in A's RTN frame, km (radial, in-track, cross-track).
    public var missRTNKm: SIMD3<Double> {
        guard let frame = RTNFrame(positionKm: stateA.positionKm, velocityKmPerS: stateA.velocityKmPerS) else {
            return SIMD3(repeating: .nan)
        }
        return frame.components(stateB.positionKm - stateA.positionKm)
    }
}
