import Foundation

/// SGP4 for four near-Earth satellites at once (`SIMD4<Double>`, one satellite per lane).
///
/// The scalar `SGP4Record.propagate` is one long serial chain (Kepler's Newton divisions,
/// the short-period square roots and divisions); four independent chains interleave, so
/// their latencies overlap. Each lane performs exactly the scalar path's IEEE operations in
/// the same order — same formulas (Vallado et al. 2006, near-Earth branch), same
/// sin/cos kernels, same Newton stopping rule per lane — so a lane's state is bit-identical
/// to `SGP4Record.propagate` (`SGP4NearEarthKernelTests` checks it). Branches become
/// per-lane selects; rare wide arguments drop to the scalar functions lane by lane, and
/// errors are per-lane codes (no fallback to the scalar path).
enum SGP4NearEarthKernel {
    /// `propagate(_:minutesSinceEpoch:)` for a group held by value.
    static func propagate(_ group: SGP4NearEarthLanes, minutesSinceEpoch t: SGP4Lanes) -> SGP4LaneStates {
        withUnsafePointer(to: group) { propagate($0, minutesSinceEpoch: t) }
    }

    /// The TEME states of the four lanes of `g` at `t` minutes since each lane's epoch.
    /// Lanes with an SGP4 error carry its code (1, 4 or 6) in `codes`.
    @inline(__always)
    static func propagate(_ group: UnsafePointer<SGP4NearEarthLanes>, minutesSinceEpoch t: SGP4Lanes) -> SGP4LaneStates {
        let g = group  // fields read in place through the pointer, never copied whole
        let one = SGP4Lanes(repeating: 1)

        // Secular gravity and atmospheric drag.
        let xmdf = g.pointee.mo + g.pointee.mdot * t
        let argpdf = g.pointee.argpo + g.pointee.argpdot * t
        let nodedf = g.pointee.nodeo + g.pointee.nodedot * t
        let t2 = t * t
        var node = nodedf + g.pointee.nodecf * t2
        var tempa = 1.0 - g.pointee.cc1 * t
        var tempe = g.pointee.bstarCc4 * t
        var templ = g.pointee.t2cof * t2
        var meanAnomaly = xmdf
        var argp = argpdf
        if !all(g.pointee.simplified) {
            let full = .!g.pointee.simplified
            let delomg = g.pointee.omgcof * t
            let xmdfSinCos = SGP4VectorMath.sinCos(xmdf)
            let delmtemp = 1.0 + g.pointee.eta * xmdfSinCos.cos
            let delm = g.pointee.xmcof * (delmtemp * delmtemp * delmtemp - g.pointee.delmo)
            let temp = delomg + delm
            meanAnomaly.replace(with: xmdf + temp, where: full)
            argp.replace(with: argpdf - temp, where: full)
            let t3 = t2 * t
            let t4 = t3 * t
            tempa.replace(with: tempa - g.pointee.d2 * t2 - g.pointee.d3 * t3 - g.pointee.d4 * t4, where: full)
            // sin(xmdf + temp) as a rotation of sin/cos(xmdf), as the scalar path.
            let meanAnomalySin = SGP4VectorMath.rotate(sin: xmdfSinCos.sin, cos: xmdfSinCos.cos, by: temp,
                                                       skip: g.pointee.simplified) { meanAnomaly }.sin
            tempe.replace(with: tempe + g.pointee.bstarCc5 * (meanAnomalySin - g.pointee.sinmao), where: full)
            templ.replace(with: templ + g.pointee.t3cof * t3 + t4 * (g.pointee.t4cof + t * g.pointee.t5cof), where: full)
        }
        let am = g.pointee.semiMajorAxisBase * tempa * tempa
        let nm = SGP4HotConstants.xke / (am * am.squareRoot())
        var em = g.pointee.ecco - tempe
        var codes = SGP4LaneCodes.zero
        codes.replace(with: 1, where: .!((em .< one) .& (em .>= SGP4Lanes(repeating: -0.001))))
        em.replace(with: SGP4Lanes(repeating: 1.0e-6), where: em .< SGP4Lanes(repeating: 1.0e-6))
        let mm = meanAnomaly + g.pointee.noUnkozai * templ
        var xlm = mm + argp + node
        node = SGP4VectorMath.reduceAngle(node)
        argp = SGP4VectorMath.reduceAngle(argp)
        xlm = SGP4VectorMath.reduceAngle(xlm)
        meanAnomaly = SGP4VectorMath.reduceAngle(xlm - argp - node)
        return SGP4LaneOsculating.states(SGP4LaneElements(
            eccentricity: em, argumentOfPerigee: argp, node: node, meanAnomaly: meanAnomaly, inclination: g.pointee.inclo,
            am: am, nm: nm, sinip: g.pointee.sinio, cosip: g.pointee.cosio, aycof: g.pointee.aycof, xlcof: g.pointee.xlcof, con41: g.pointee.con41,
            x1mth2: g.pointee.x1mth2, x7thm1: g.pointee.x7thm1, codes: codes))
    }
}
