/// Moves every satellite to the tick's time: the analytic J2 orbit (designed shells and
/// any satellite that has manoeuvred) or SGP4 from its element set (catalog
/// satellites), then WGS-84 geodetic coordinates. A satellite whose SGP4 propagation
/// fails keeps its last good state and records the error code.
struct PropagationPhase: FleetPhase {
    static let name = "propagation"
    static let reads: [WorldColumn] = [.orbitKind]
    static let writes: [WorldColumn] = [.positionKm, .velocityKmS, .geodetic, .orbitErrorCode]

    /// The designed shells' orbits (fleet index i < `sgp4Start`).
    let designOrbits: [J2Propagator]
    /// SGP4 records of the catalog satellites, fleet index `sgp4Start + k` for record k.
    let sgp4Records: [SGP4Record]
    let sgp4Start: Int
    /// Orbits replaced by manoeuvres.
    let manoeuvred: [Int: J2Orbit]

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        for i in range {
            let position: SIMD3<Double>, velocity: SIMD3<Double>
            switch w.orbitKind[i] {
            case .j2:
                (position, velocity) = designOrbits[i].state(atSecondsSinceEpoch: e.nowSimSeconds)
            case .manoeuvred:
                guard let orbit = manoeuvred[i] else { continue }
                (position, velocity) = orbit.state(atSimSeconds: e.nowSimSeconds)
            case .sgp4:
                do {
                    let state = try sgp4Records[i - sgp4Start].propagate(to: e.time)
                    (position, velocity) = (state.positionKm, state.velocityKmPerS)
                } catch {
                    w.orbitErrorCode[i] = UInt8(clamping: error.code)
                    continue
                }
            }
            w.positionKm[i] = position
            w.velocityKmS[i] = velocity
            w.orbitErrorCode[i] = 0
            let geodetic = Geodetic(earthFixed: inertialToEarthFixed(position, e.rotation))
            w.latitudeDeg[i] = geodetic.latitudeDeg
            w.longitudeDeg[i] = geodetic.longitudeDeg
            w.altitudeKm[i] = geodetic.altitudeKm
        }
    }
}
