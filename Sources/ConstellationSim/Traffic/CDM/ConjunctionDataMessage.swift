import Foundation

/// A CCSDS Conjunction Data Message (CCSDS 508.0-B-1 and 508.0-B-2, KVN), reduced to
/// what a probability of collision needs: TCA, and per object its state and its RTN
/// position covariance.
public struct ConjunctionDataMessage: Sendable, Hashable {
    /// Reference frame of an object's state.
    public enum Frame: String, Sendable, Hashable {
        case eme2000 = "EME2000"
        case gcrf = "GCRF"
        case itrf = "ITRF"
    }

    /// One of the two objects.
    public struct Object: Sendable, Hashable {
        /// OBJECT_DESIGNATOR (catalog number for SATCAT objects).
        public var designator: String
        public var name: String
        public var frame: Frame
        /// Position (km) and velocity (km/s) in `frame`.
        public var positionKm: SIMD3<Double>
        public var velocityKmPerS: SIMD3<Double>
        /// Position covariance in the object's RTN frame, m².
        public var rtnCovarianceM2: Matrix3

        public init(designator: String, name: String, frame: Frame, positionKm: SIMD3<Double>,
                    velocityKmPerS: SIMD3<Double>, rtnCovarianceM2: Matrix3) {
            self.designator = designator
            self.name = name
            self.frame = frame
            self.positionKm = positionKm
            self.velocityKmPerS = velocityKmPerS
            self.rtnCovarianceM2 = rtnCovarianceM2
        }

        /// The state in an inertial frame at `tca`: EME2000/GCRF as given, ITRF rotated
        /// by GMST to the true-of-date (TEME) frame with Earth's rotation added to the
        /// velocity. Pc and RTN depend only on the two states in one inertial frame.
        public func inertialState(at tca: JulianDate) -> TEMEState {
            switch frame {
            case .eme2000, .gcrf:
                return TEMEState(positionKm: positionKm, velocityKmPerS: velocityKmPerS)
            case .itrf:
                let gmst = greenwichMeanSiderealTime(tca.day + tca.fraction)
                return TEMEState(positionKm: earthFixedToInertial(positionKm, gmst: gmst),
                                 velocityKmPerS: earthFixedToInertialVelocity(positionKm, velocityKmPerS, gmst: gmst))
            }
        }
    }

    /// CCSDS_CDM_VERS as written ("1.0" or "2.0").
    public var version: String
    public var messageID: String
    public var tca: JulianDate
    /// Combined hard-body radius when the message gives one (HBR, m).
    public var hardBodyRadiusM: Double?
    public var object1: Object
    public var object2: Object

    public init(version: String, messageID: String, tca: JulianDate, hardBodyRadiusM: Double?,
                object1: Object, object2: Object) {
        self.version = version
        self.messageID = messageID
        self.tca = tca
        self.hardBodyRadiusM = hardBodyRadiusM
        self.object1 = object1
        self.object2 = object2
    }

    /// Miss distance (m), relative speed (m/s) and the encounter plane (m, m²) from the states.
    public var geometry: (missM: Double, relativeSpeedMPerS: Double, plane: EncounterPlane?) {
        let a = object1.inertialState(at: tca), b = object2.inertialState(at: tca)
        let dr = (b.positionKm - a.positionKm) * 1000, dv = (b.velocityKmPerS - a.velocityKmPerS) * 1000
        let scaled = { (s: TEMEState) in TEMEState(positionKm: s.positionKm * 1000, velocityKmPerS: s.velocityKmPerS * 1000) }
        let plane = CollisionProbability.encounterPlane(scaled(a), rtnCovariance: object1.rtnCovarianceM2,
                                                        scaled(b), rtnCovariance: object2.rtnCovarianceM2)
        return ((dr * dr).sum().squareRoot(), (dv * dv).sum().squareRoot(), plane)
    }
}
