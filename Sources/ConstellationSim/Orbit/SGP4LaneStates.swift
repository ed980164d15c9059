/// Per-lane SGP4 error codes (0 = fine, else 1, 2, 3, 4 or 6 as `SGP4Error.code`).
typealias SGP4LaneCodes = SIMD4<Int64>

/// Four lanes' mean elements at one time, after the secular (and, in deep space, the
/// lunar–solar) terms: what `SGP4LaneOsculating` turns into TEME states. Angles in
/// radians, semi-major axis in Earth radii, mean motion in rad/min.
struct SGP4LaneElements {
    var eccentricity, argumentOfPerigee, node, meanAnomaly, inclination: SGP4Lanes
    /// Semi-major axis (Earth radii) and mean motion (rad/min) with drag applied.
    var am, nm: SGP4Lanes
    /// sin and cos of `inclination`, and the inclination-dependent coefficients.
    var sinip, cosip, aycof, xlcof, con41, x1mth2, x7thm1: SGP4Lanes
    /// First SGP4 error met by each lane so far (0 = none).
    var codes: SGP4LaneCodes

    /// Records `code` in the lanes of `bad` that have no earlier error (the scalar path
    /// stops at its first error, so only the first one counts).
    @inline(__always)
    mutating func flag(_ code: Int64, where bad: SGP4LaneMask) {
        codes.replace(with: SGP4LaneCodes(repeating: code), where: bad .& (codes .== 0))
    }

    /// Lanes that have hit an error.
    @inline(__always)
    var failed: SGP4LaneMask { codes .!= 0 }
}

/// One group's result: TEME position (km) and velocity (km/s) per lane, and each lane's
/// SGP4 error code (0 = fine; the numbers of a failed lane are meaningless).
struct SGP4LaneStates {
    var x, y, z, vx, vy, vz: SGP4Lanes
    var codes: SGP4LaneCodes

    /// Lanes that hit an SGP4 error.
    var failed: SGP4LaneMask { codes .!= 0 }
}
