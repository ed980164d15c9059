/// An impulsive velocity change of one satellite.
public struct Manoeuvre: Sendable, Hashable, Codable {
    /// The frame `deltaVMS` is given in.
    public enum Frame: String, Sendable, Hashable, Codable {
        /// Inertial (true-of-date, the frame of `WorldState.positionKm`).
        case inertial
        /// Radial (away from Earth), in-track (along the velocity's horizontal part),
        /// cross-track (along the orbit normal r × v).
        case radialInTrackCrossTrack
    }

    public var satellite: Int
    /// The velocity change, m/s, in `frame`.
    public var deltaVMS: SIMD3<Double>
    public var frame: Frame
    /// The object the burn avoids (a catalog number or satellite id), when it is an
    /// avoidance manoeuvre; nil otherwise. Filled by the avoidance planner.
    public var conjunctionWith: String?
    /// Collision probability of that conjunction before and (predicted) after the burn.
    public var pcBefore: Double?
    public var pcAfter: Double?

    public init(satellite: Int, deltaVMS: SIMD3<Double>, frame: Frame = .radialInTrackCrossTrack,
                conjunctionWith: String? = nil, pcBefore: Double? = nil, pcAfter: Double? = nil) {
        self.satellite = satellite
        self.deltaVMS = deltaVMS
        self.frame = frame
        self.conjunctionWith = conjunctionWith
        self.pcBefore = pcBefore
        self.pcAfter = pcAfter
    }

    /// Magnitude of the velocity change, m/s.
    public var deltaVMagnitudeMS: Double { (deltaVMS * deltaVMS).sum().squareRoot() }
}

/// A manoeuvre the engine executed: when, the burn, and the propellant it cost.
public struct ExecutedManoeuvre: Sendable, Hashable, Codable {
    /// Simulated seconds since the epoch at which the burn acted.
    public var simSeconds: Double
    public var manoeuvre: Manoeuvre
    /// Propellant spent, kg, and left after the burn, kg.
    public var propellantSpentKg: Double
    public var propellantLeftKg: Double
}

/// Why a manoeuvre was refused.
public enum ManoeuvreRefusal: Error, Sendable, Hashable {
    case unknownSatellite(Int)
    /// Not a finite velocity change.
    case invalidDeltaV
    /// The orbit after the burn would not be a bound ellipse (or the satellite's state is
    /// not one now).
    case unboundOrbit
    /// The burn needs more propellant than is left on board, kg.
    case insufficientPropellant(neededKg: Double, availableKg: Double)
}

extension Simulation {
    /// Applies an impulsive burn now, between two ticks, at the time of the last completed
    /// tick: the satellite's orbit is replaced at this instant (its position is continuous)
    /// and the next tick flies the new orbit. A designed-shell satellite keeps its J2
    /// model with the burn's two-body element change added (`J2Orbit.applyingImpulse`); a
    /// catalog (SGP4) satellite moves to the J2 model from its osculating state with the
    /// burn applied. Deterministic: the same burn at the same tick gives the same orbit.
    ///
    /// The burn spends propellant by Tsiolkovsky (`PropulsionParameters`); a burn that
    /// needs more than is left is refused and changes nothing. Executed burns are
    /// appended to `manoeuvreLog`.
    public mutating func apply(_ burn: Manoeuvre) throws(ManoeuvreRefusal) {
        let i = burn.satellite
        guard world.count > i, i >= 0 else { throw .unknownSatellite(i) }
        guard burn.deltaVMS.x.isFinite, burn.deltaVMS.y.isFinite, burn.deltaVMS.z.isFinite else { throw .invalidDeltaV }
        let r = world.positionKm[i], v = world.velocityKmS[i]
        let deltaVKmS: SIMD3<Double>
        switch burn.frame {
        case .inertial:
            deltaVKmS = burn.deltaVMS / 1000
        case .radialInTrackCrossTrack:
            guard let axes = RTNAxes(positionKm: r, velocityKmS: v) else { throw .unboundOrbit }
            deltaVKmS = axes.toInertial(burn.deltaVMS / 1000)
        }
        let orbit: J2Orbit?
        if let current = j2Orbit(of: i) {
            orbit = current.applyingImpulse(deltaVKmS: deltaVKmS, atSimSeconds: simSeconds)
        } else {
            orbit = J2Orbit(positionKm: r, velocityKmS: v + deltaVKmS, atSimSeconds: simSeconds)
        }
        guard let orbit else { throw .unboundOrbit }
        let propulsion = context.classModels[Int(fleet.spacecraftClass[i])].propulsion
        let left = world.propellantKg[i]
        let needed = propulsion.propellantSpentKg(deltaVMS: burn.deltaVMagnitudeMS, propellantLeftKg: left)
        guard needed <= left else { throw .insufficientPropellant(neededKg: needed, availableKg: left) }
        makeWorldUnique()
        world.orbitKind[i] = .manoeuvred
        manoeuvredOrbits[i] = orbit
        world.propellantKg[i] = max(0, left - needed)
        manoeuvreLog.append(ExecutedManoeuvre(simSeconds: simSeconds, manoeuvre: burn, propellantSpentKg: needed,
                                              propellantLeftKg: world.propellantKg[i]))
    }
}

/// The radial / in-track / cross-track axes of a state: R = r/|r|, N = (r × v)/|r × v|,
/// T = N × R.
struct RTNAxes {
    let radial, inTrack, crossTrack: SIMD3<Double>

    init?(positionKm r: SIMD3<Double>, velocityKmS v: SIMD3<Double>) {
        let h = SIMD3(r.y * v.z - r.z * v.y, r.z * v.x - r.x * v.z, r.x * v.y - r.y * v.x)
        let rn = (r * r).sum().squareRoot(), hn = (h * h).sum().squareRoot()
        guard rn > 0, hn > 0 else { return nil }
        radial = r / rn
        crossTrack = h / hn
        let n = crossTrack, u = radial
        inTrack = SIMD3(n.y * u.z - n.z * u.y, n.z * u.x - n.x * u.z, n.x * u.y - n.y * u.x)
    }

    func toInertial(_ rtn: SIMD3<Double>) -> SIMD3<Double> {
        radial * rtn.x + inTrack * rtn.y + crossTrack * rtn.z
    }
}
