import Foundation

/// The second half of SGP4 for four lanes: long-period periodics, Kepler's equation,
/// short-period periodics and the orientation vectors, from `SGP4LaneElements` to TEME
/// states. Shared by the near-Earth and deep-space lane kernels.
///
/// Each lane performs exactly the scalar `SGP4Record.propagate`'s IEEE operations in the
/// same order, so a lane that succeeds is bit-identical to the scalar path. Errors become
/// per-lane codes (4 semi-latus rectum < 0, 6 decayed) instead of a fallback.
enum SGP4LaneOsculating {
    @inline(__always)
    static func states(_ e: SGP4LaneElements) -> SGP4LaneStates {
        let j2 = WGS72.j2
        let one = SGP4Lanes(repeating: 1)
        var codes = e.codes
        let ep = e.eccentricity, argp = e.argumentOfPerigee, node = e.node, am = e.am, nm = e.nm

        // Long-period periodics. The node's sine and cosine (needed only for the orientation
        // vectors) are started here, next to the perigee's: the two independent polynomial
        // chains overlap instead of each waiting out its own latency.
        let argpSinCos = SGP4VectorMath.sinCos(argp)
        let nodeSinCos = SGP4VectorMath.sinCos(node)
        let axnl = ep * argpSinCos.cos
        var temp = 1.0 / (am * (1.0 - ep * ep))
        let aynl = ep * argpSinCos.sin + temp * e.aycof
        let xl = e.meanAnomaly + argp + node + temp * e.xlcof * axnl

        // Kepler's equation: each lane iterates until its own step is below 1e-12 (at most
        // 10 iterations, as the scalar path), then freezes while the others go on.
        let u = SGP4VectorMath.reduceAngle(xl - node)
        var eo1 = u
        var (sineo1, coseo1) = SGP4VectorMath.sinCos(u)
        var active = codes .== 0
        var iteration = 1
        while true {
            var tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl
            tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5
            let limit = SGP4Lanes(repeating: 0.95)
            tem5.replace(with: limit, where: tem5 .>= limit)
            tem5.replace(with: -limit, where: tem5 .<= -limit)
            eo1.replace(with: eo1 + tem5, where: active)
            iteration += 1
            if iteration > 10 { break }
            let tolerance = SGP4Lanes(repeating: 1.0e-12)
            active = active .& .!((tem5 .< tolerance) .& (tem5 .> -tolerance))
            if !any(active) { break }
            let rotated = SGP4VectorMath.rotate(sin: sineo1, cos: coseo1, by: tem5, skip: .!active) { eo1 }
            sineo1.replace(with: rotated.sin, where: active)
            coseo1.replace(with: rotated.cos, where: active)
        }

        // Short-period periodics.
        let ecose = axnl * coseo1 + aynl * sineo1
        let esine = axnl * sineo1 - aynl * coseo1
        let el2 = axnl * axnl + aynl * aynl
        let pl = am * (1.0 - el2)
        codes.replace(with: SGP4LaneCodes(repeating: 4), where: .!(pl .>= SGP4Lanes(repeating: 0)) .& (codes .== 0))
        let rl = am * (1.0 - ecose)
        let invRl = 1.0 / rl
        let rdotl = am.squareRoot() * esine * invRl
        let rvdotl = pl.squareRoot() * invRl
        let amOverRl = am * invRl
        let betal = (1.0 - el2).squareRoot()
        temp = esine / (1.0 + betal)
        let sinu = amOverRl * (sineo1 - aynl - axnl * temp)
        let cosu = amOverRl * (coseo1 - axnl + aynl * temp)
        let sin2u = (cosu + cosu) * sinu
        let cos2u = 1.0 - 2.0 * sinu * sinu
        temp = 1.0 / pl
        let temp1 = 0.5 * j2 * temp
        let temp2 = temp1 * temp

        let mrt = rl * (1.0 - 1.5 * temp2 * betal * e.con41) + 0.5 * temp1 * e.x1mth2 * cos2u
        let dsu = -0.25 * temp2 * e.x7thm1 * sin2u
        let dnode = 1.5 * temp2 * e.cosip * sin2u
        let dinc = 1.5 * temp2 * e.cosip * e.sinip * cos2u
        let mvt = rdotl - nm * temp1 * e.x1mth2 * sin2u * SGP4HotConstants.inverseXke
        let rvdot = rvdotl + nm * temp1 * (e.x1mth2 * cos2u + 1.5 * e.con41) * SGP4HotConstants.inverseXke
        codes.replace(with: SGP4LaneCodes(repeating: 6), where: .!(mrt .>= one) .& (codes .== 0))
        let failed = codes .!= 0

        // Orientation vectors: the short-period corrections as small rotations (see the scalar path).
        let (sinsu, cossu) = SGP4VectorMath.rotate(sin: sinu, cos: cosu, by: dsu, skip: failed) {
            var angle = SGP4Lanes()
            for lane in 0..<SGP4Lanes.scalarCount { angle[lane] = atan2(sinu[lane], cosu[lane]) }
            return angle + dsu
        }
        let (snod, cnod) = SGP4VectorMath.rotate(sin: nodeSinCos.sin, cos: nodeSinCos.cos, by: dnode,
                                                 skip: failed) { node + dnode }
        let (sini, cosi) = SGP4VectorMath.rotate(sin: e.sinip, cos: e.cosip, by: dinc, skip: failed) {
            e.inclination + dinc
        }
        let xmx = -snod * cosi
        let xmy = cnod * cosi
        let ux = xmx * sinsu + cnod * cossu, uy = xmy * sinsu + snod * cossu, uz = sini * sinsu
        let vx = xmx * cossu - cnod * sinsu, vy = xmy * cossu - snod * sinsu, vz = sini * cossu
        let rScale = mrt * WGS72.equatorialRadiusKm
        let vScale = SGP4HotConstants.kmPerSecondPerUnit
        let velocityX: SGP4Lanes = vScale * (mvt * ux + rvdot * vx)
        let velocityY: SGP4Lanes = vScale * (mvt * uy + rvdot * vy)
        let velocityZ: SGP4Lanes = vScale * (mvt * uz + rvdot * vz)
        return SGP4LaneStates(x: rScale * ux, y: rScale * uy, z: rScale * uz,
                              vx: velocityX, vy: velocityY, vz: velocityZ, codes: codes)
    }
}
