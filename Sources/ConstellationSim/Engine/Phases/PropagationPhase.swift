/// Moves every satellite to the tick's time: the designed shell's analytic J2 orbit,
/// the orbit a manoeuvre put it on, or SGP4 from its element set (catalog satellites,
/// through the four-lane batch propagator, which equals the scalar SGP4 bit for bit), then
/// WGS-84 geodetic coordinates. A satellite whose SGP4 propagation fails keeps its last
/// good state and records the error code.
struct PropagationPhase: FleetPhase {
    static let name = "propagation"
    static let reads: [WorldColumn] = [.orbitKind]
    static let writes: [WorldColumn] = [.positionKm, .velocityKmS, .geodetic, .orbitErrorCode]

    let fleet: Fleet
    /// Orbits replaced by manoeuvres.
    let manoeuvred: [Int: J2Orbit]

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let start = fleet.catalogStart
        let catalog = (max(range.lowerBound, start) - start)..<(max(range.upperBound, start) - start)
        if !catalog.isEmpty {
            SGP4Batch.propagate(plan: fleet.catalogPlan, to: e.time, into: w.sgp4Buffers, range: catalog)
        }
        let design = fleet.propagators
        for i in range {
            let position: SIMD3<Double>, velocity: SIMD3<Double>
            switch w.orbitKind[i] {
            case .j2:
                (position, velocity) = design[i].state(atSecondsSinceEpoch: e.nowSimSeconds)
            case .manoeuvred:
                guard let orbit = manoeuvred[i] else { continue }
                (position, velocity) = orbit.state(atSimSeconds: e.nowSimSeconds)
            case .sgp4:
                let k = i - start
                guard w.sgp4Error[k] == 0 else {
                    w.orbitErrorCode[i] = w.sgp4Error[k]
                    continue
                }
                position = SIMD3(w.sgp4X[k], w.sgp4Y[k], w.sgp4Z[k])
                velocity = SIMD3(w.sgp4VX[k], w.sgp4VY[k], w.sgp4VZ[k])
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
