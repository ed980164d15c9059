import Foundation

/// SGP4 for four near-Earth satellites at once (`SIMD4<Double>`, one satellite per lane).
///
/// The scalar `SGP4Record.propagate` is one long serial chain (Kepler's Newton divisions,
/// the short-period square roots and divisions); four independent chains interleave, so
/// their latencies overlap. Each lane performs exactly the scalar path's IEEE operations in
/// the same order — same formulas (Vallado et al. 2006, near-Earth branch), same
/// sin/cos kernels, same Newton stopping rule per lane — so a lane's state is bit-identical
/// to `SGP4Record.propagate` (`SGP4NearEarthKernelTests` checks it). Branches become
/// per-lane selects; rare wide arguments drop to the scalar functions lane by lane.
enum SGP4NearEarthKernel {
    /// The TEME states of the four lanes of `g` at `t` minutes since each lane's epoch.
    /// Lanes with an SGP4 error are flagged in `failed`.
    @inline(__always)
    static func propagate(_ g: SGP4NearEarthLanes, minutesSinceEpoch t: SGP4Lanes) -> SGP4LaneStates {
        let j2 = WGS72.j2
        let one = SGP4Lanes(repeating: 1)

        // Secular gravity and atmospheric drag.
        let xmdf = g.mo + g.mdot * t
        let argpdf = g.argpo + g.argpdot * t
        let nodedf = g.nodeo + g.nodedot * t
        let t2 = t * t
        var node = nodedf + g.nodecf * t2
        var tempa = 1.0 - g.cc1 * t
        var tempe = g.bstarCc4 * t
        var templ = g.t2cof * t2
        var meanAnomaly = xmdf
        var argp = argpdf
        if !all(g.simplified) {
            let full = .!g.simplified
            let delomg = g.omgcof * t
            let delmtemp = 1.0 + g.eta * SGP4VectorMath.sinCos(xmdf).cos
            let delm = g.xmcof * (delmtemp * delmtemp * delmtemp - g.delmo)
            let temp = delomg + delm
            meanAnomaly.replace(with: xmdf + temp, where: full)
            argp.replace(with: argpdf - temp, where: full)
            let t3 = t2 * t
            let t4 = t3 * t
            tempa.replace(with: tempa - g.d2 * t2 - g.d3 * t3 - g.d4 * t4, where: full)
            tempe.replace(with: tempe + g.bstarCc5 * (SGP4VectorMath.sinCos(meanAnomaly).sin - g.sinmao), where: full)
            templ.replace(with: templ + g.t3cof * t3 + t4 * (g.t4cof + t * g.t5cof), where: full)
        }
        let am = g.semiMajorAxisBase * tempa * tempa
        let nm = SGP4HotConstants.xke / (am * am.squareRoot())
        var em = g.ecco - tempe
        var failed = .!((em .< one) .& (em .>= SGP4Lanes(repeating: -0.001)))
        em.replace(with: SGP4Lanes(repeating: 1.0e-6), where: em .< SGP4Lanes(repeating: 1.0e-6))
        let mm = meanAnomaly + g.noUnkozai * templ
        var xlm = mm + argp + node
        node = SGP4VectorMath.reduceAngle(node)
        argp = SGP4VectorMath.reduceAngle(argp)
        xlm = SGP4VectorMath.reduceAngle(xlm)
        meanAnomaly = SGP4VectorMath.reduceAngle(xlm - argp - node)
        let ep = em

        // Long-period periodics.
        let argpSinCos = SGP4VectorMath.sinCos(argp)
        let axnl = ep * argpSinCos.cos
        var temp = 1.0 / (am * (1.0 - ep * ep))
        let aynl = ep * argpSinCos.sin + temp * g.aycof
        let xl = meanAnomaly + argp + node + temp * g.xlcof * axnl

        // Kepler's equation: each lane iterates until its own step is below 1e-12 (at most
        // 10 iterations, as the scalar path), then freezes while the others go on.
        let u = SGP4VectorMath.reduceAngle(xl - node)
        var eo1 = u
        var (sineo1, coseo1) = SGP4VectorMath.sinCos(u)
        var active = .!failed
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
            let rotated = SGP4VectorMath.rotate(sin: sineo1, cos: coseo1, by: tem5, skip: .!active) { eo1[$0] }
            sineo1.replace(with: rotated.sin, where: active)
            coseo1.replace(with: rotated.cos, where: active)
        }

        // Short-period periodics.
        let ecose = axnl * coseo1 + aynl * sineo1
        let esine = axnl * sineo1 - aynl * coseo1
        let el2 = axnl * axnl + aynl * aynl
        let pl = am * (1.0 - el2)
        failed = failed .| .!(pl .>= SGP4Lanes(repeating: 0))
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

        let mrt = rl * (1.0 - 1.5 * temp2 * betal * g.con41) + 0.5 * temp1 * g.x1mth2 * cos2u
        let dsu = -0.25 * temp2 * g.x7thm1 * sin2u
        let dnode = 1.5 * temp2 * g.cosio * sin2u
        let dinc = 1.5 * temp2 * g.cosio * g.sinio * cos2u
        let mvt = rdotl - nm * temp1 * g.x1mth2 * sin2u * SGP4HotConstants.inverseXke
        let rvdot = rvdotl + nm * temp1 * (g.x1mth2 * cos2u + 1.5 * g.con41) * SGP4HotConstants.inverseXke
        failed = failed .| .!(mrt .>= one)

        // Orientation vectors: the short-period corrections as small rotations (see the scalar path).
        let (sinsu, cossu) = SGP4VectorMath.rotate(sin: sinu, cos: cosu, by: dsu, skip: failed) {
            atan2(sinu[$0], cosu[$0]) + dsu[$0]
        }
        let nodeSinCos = SGP4VectorMath.sinCos(node)
        let (snod, cnod) = SGP4VectorMath.rotate(sin: nodeSinCos.sin, cos: nodeSinCos.cos, by: dnode,
                                                 skip: failed) { node[$0] + dnode[$0] }
        let (sini, cosi) = SGP4VectorMath.rotate(sin: g.sinio, cos: g.cosio, by: dinc, skip: failed) {
            g.inclo[$0] + dinc[$0]
        }
        let xmx = -snod * cosi
        let xmy = cnod * cosi
        let ux = xmx * sinsu + cnod * cossu, uy = xmy * sinsu + snod * cossu, uz = sini * sinsu
        let vx = xmx * cossu - cnod * sinsu, vy = xmy * cossu - snod * sinsu, vz = sini * cossu
        let rScale = mrt * WGS72.equatorialRadiusKm
        let vScale = SGP4HotConstants.kmPerSecondPerUnit
        return SGP4LaneStates(x: rScale * ux, y: rScale * uy, z: rScale * uz,
                              vx: vScale * (mvt * ux + rvdot * vx), vy: vScale * (mvt * uy + rvdot * vy),
                              vz: vScale * (mvt * uz + rvdot * vz), failed: failed)
    }
}
