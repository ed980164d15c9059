import Foundation

/// Rotates an Earth-fixed position into the inertial (TEME / true-of-date) frame by the
/// sidereal angle `gmst`: the inverse of `inertialToEarthFixed` (polar motion ignored).
@inline(__always)
public func earthFixedToInertial(_ r: SIMD3<Double>, gmst: Double) -> SIMD3<Double> {
    let c = cos(gmst), s = sin(gmst)
    return SIMD3(c * r.x - s * r.y, s * r.x + c * r.y, r.z)
}

/// Inertial velocity from an Earth-fixed position and velocity: add ω × r, then rotate
/// (the inverse of `inertialToEarthFixedVelocity`).
@inline(__always)
public func earthFixedToInertialVelocity(_ r: SIMD3<Double>, _ v: SIMD3<Double>, gmst: Double) -> SIMD3<Double> {
    let w = WGS84.rotationRateRadPerS
    return earthFixedToInertial(SIMD3(v.x - w * r.y, v.y + w * r.x, v.z), gmst: gmst)
}
