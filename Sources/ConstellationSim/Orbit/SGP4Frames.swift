/// Earth-fixed and geodetic views of SGP4's TEME states, through the engine's GMST
/// rotation (Vallado et al. 2006: TEME → pseudo-Earth-fixed by GMST; polar motion and
/// UT1 − UTC ignored, a few metres).
public struct EarthFixedState: Sendable, Hashable {
    /// Earth-fixed position, km.
    public var positionKm: SIMD3<Double>
    /// Earth-fixed velocity (relative to the rotating Earth), km/s.
    public var velocityKmPerS: SIMD3<Double>
}

extension TEMEState {
    /// This state rotated into the Earth-fixed frame at the UTC instant `time`.
    public func earthFixed(at time: JulianDate) -> EarthFixedState {
        let gmst = greenwichMeanSiderealTime(time.day + time.fraction)
        return EarthFixedState(positionKm: inertialToEarthFixed(positionKm, gmst: gmst),
                               velocityKmPerS: inertialToEarthFixedVelocity(positionKm, velocityKmPerS, gmst: gmst))
    }

    /// WGS-84 latitude, longitude and altitude of this state at the UTC instant `time`.
    public func geodetic(at time: JulianDate) -> Geodetic {
        Geodetic(earthFixed: earthFixed(at: time).positionKm)
    }
}

extension SGP4Record {
    /// Minutes from the epoch to `time` (negative before the epoch).
    @inline(__always)
    public func minutesSinceEpoch(_ time: JulianDate) -> Double {
        ((time.day - epoch.day) + (time.fraction - epoch.fraction)) * 1440.0
    }

    /// The TEME state at the UTC instant `time`.
    public func propagate(to time: JulianDate) throws(SGP4Error) -> TEMEState {
        try propagate(minutesSinceEpoch: minutesSinceEpoch(time))
    }
}
