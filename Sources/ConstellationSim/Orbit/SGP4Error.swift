/// The standard SGP4 error codes (Vallado et al. 2006), returned as values.
public enum SGP4Error: Error, Sendable, Hashable, CustomStringConvertible {
    /// Code 1: mean eccentricity out of range (e ≥ 1 or e < −0.001).
    case meanEccentricityOutOfRange
    /// Code 2: mean motion ≤ 0.
    case meanMotionNotPositive
    /// Code 3: perturbed (deep-space) eccentricity out of 0…1.
    case perturbedEccentricityOutOfRange
    /// Code 4: semi-latus rectum < 0.
    case semiLatusRectumNegative
    /// Code 6: the orbit radius fell below one Earth radius: the satellite has decayed.
    case decayed

    /// The numeric code of the reference implementation (1, 2, 3, 4, 6).
    public var code: Int {
        switch self {
        case .meanEccentricityOutOfRange: 1
        case .meanMotionNotPositive: 2
        case .perturbedEccentricityOutOfRange: 3
        case .semiLatusRectumNegative: 4
        case .decayed: 6
        }
    }

    /// The error for a numeric code, or nil for 0 and unknown codes.
    public init?(code: Int) {
        switch code {
        case 1: self = .meanEccentricityOutOfRange
        case 2: self = .meanMotionNotPositive
        case 3: self = .perturbedEccentricityOutOfRange
        case 4: self = .semiLatusRectumNegative
        case 6: self = .decayed
        default: return nil
        }
    }

    /// What the code means, in words.
    public var meaning: String {
        switch self {
        case .meanEccentricityOutOfRange: "mean eccentricity out of range 0 ≤ e < 1"
        case .meanMotionNotPositive: "mean motion is not positive"
        case .perturbedEccentricityOutOfRange: "perturbed eccentricity out of range 0 ≤ e ≤ 1"
        case .semiLatusRectumNegative: "semi-latus rectum is negative"
        case .decayed: "orbit radius below one Earth radius: satellite decayed"
        }
    }

    public var description: String { "SGP4 error \(code): \(meaning)" }
}

/// A TEME position and velocity from SGP4.
public struct TEMEState: Sendable, Hashable {
    /// Position in the TEME frame, km.
    public var positionKm: SIMD3<Double>
    /// Velocity in the TEME frame, km/s.
    public var velocityKmPerS: SIMD3<Double>

    public init(positionKm: SIMD3<Double>, velocityKmPerS: SIMD3<Double>) {
        self.positionKm = positionKm
        self.velocityKmPerS = velocityKmPerS
    }
}
