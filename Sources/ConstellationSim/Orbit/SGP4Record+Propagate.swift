import Foundation

extension SGP4Record {
    /// The TEME state `minutesSinceEpoch` minutes after (or before, if negative) the epoch.
    ///
    /// Allocates nothing. Errors are the standard SGP4 codes as values.
    @inline(__always)
    public func propagate(minutesSinceEpoch t: Double) throws(SGP4Error) -> TEMEState {
        var cache = SGP4IntegratorCache()
        return try propagate(minutesSinceEpoch: t, cache: &cache)
    }

    /// Like `propagate(minutesSinceEpoch:)`, continuing a resonant orbit's integrator
    /// from `cache` (one per record; the result is the same with or without it).
    @inline(__always)
    public func propagate(minutesSinceEpoch t: Double, cache: inout SGP4IntegratorCache) throws(SGP4Error) -> TEMEState {
        let xke = SGP4HotConstants.xke, j2 = WGS72.j2, j3oj2 = SGP4HotConstants.j3OverJ2

        // Secular gravity and atmospheric drag.
        let xmdf = mo + mdot * t
        let argpdf = argpo + argpdot * t
        let nodedf = nodeo + nodedot * t
        let t2 = t * t
        var m = MeanElements(eccentricity: ecco, argumentOfPerigee: argpdf, inclination: inclo,
                             meanAnomaly: xmdf, node: nodedf + nodecf * t2, meanMotion: noUnkozai)
        var tempa = 1.0 - cc1 * t
        var tempe = bstar * cc4 * t
        var templ = t2cof * t2
        if !isSimplified {
            let delomg = omgcof * t
            let xmdfSinCos = SGP4Math.sinCos(xmdf)
            let delmtemp = 1.0 + eta * xmdfSinCos.cos
            let delm = xmcof * (delmtemp * delmtemp * delmtemp - delmo)
            let temp = delomg + delm
            m.meanAnomaly = xmdf + temp
            m.argumentOfPerigee = argpdf - temp
            let t3 = t2 * t
            let t4 = t3 * t
            tempa = tempa - d2 * t2 - d3 * t3 - d4 * t4
            // sin(xmdf + temp) as a rotation of sin/cos(xmdf): the drag correction temp is tiny.
            let meanAnomalySin = SGP4Math.rotate(sin: xmdfSinCos.sin, cos: xmdfSinCos.cos, by: temp,
                                                 angle: m.meanAnomaly).sin
            tempe += bstar * cc5 * (meanAnomalySin - sinmao)
            templ = templ + t3cof * t3 + t4 * (t4cof + t * t5cof)
        }
        if let deepSpace {
            deepSpace.applySecular(t: t, epochMeanMotion: noUnkozai, argpo: argpo, argpdot: argpdot, to: &m, cache: &cache)
        }
        let am: Double
        if deepSpace == nil {
            am = semiMajorAxisBase * tempa * tempa
        } else {
            guard m.meanMotion > 0 else { throw .meanMotionNotPositive }
            let ratio = xke / m.meanMotion
            am = cbrt(ratio * ratio) * tempa * tempa
        }
        let nm = xke / (am * am.squareRoot())
        var em = m.eccentricity - tempe
        guard em < 1.0, em >= -0.001 else { throw .meanEccentricityOutOfRange }
        if em < 1.0e-6 { em = 1.0e-6 }
        let mm = m.meanAnomaly + noUnkozai * templ
        var xlm = mm + m.argumentOfPerigee + m.node
        m.node = reduceAngle(m.node)
        m.argumentOfPerigee = reduceAngle(m.argumentOfPerigee)
        xlm = reduceAngle(xlm)
        m.meanAnomaly = reduceAngle(xlm - m.argumentOfPerigee - m.node)
        m.eccentricity = em

        // Lunar–solar periodics (deep space only).
        var con41 = self.con41, x1mth2 = self.x1mth2, x7thm1 = self.x7thm1
        var aycof = self.aycof, xlcof = self.xlcof
        var sinip = sinio, cosip = cosio
        if let deepSpace {
            deepSpace.applyPeriodics(t: t, to: &m)
            if m.inclination < 0 {
                m.inclination = -m.inclination
                m.node += Double.pi
                m.argumentOfPerigee -= Double.pi
            }
            guard m.eccentricity >= 0, m.eccentricity <= 1 else { throw .perturbedEccentricityOutOfRange }
            (sinip, cosip) = SGP4Math.sinCos(m.inclination)
            aycof = -0.5 * j3oj2 * sinip
            let denominator = abs(cosip + 1.0) > 1.5e-12 ? 1.0 + cosip : 1.5e-12
            xlcof = -0.25 * j3oj2 * sinip * (3.0 + 5.0 * cosip) / denominator
            let cosisq = cosip * cosip
            con41 = 3.0 * cosisq - 1.0
            x1mth2 = 1.0 - cosisq
            x7thm1 = 7.0 * cosisq - 1.0
        }
        let ep = m.eccentricity, argpp = m.argumentOfPerigee, nodep = m.node, xincp = m.inclination

        // Long-period periodics.
        let argppSinCos = SGP4Math.sinCos(argpp)
        let axnl = ep * argppSinCos.cos
        var temp = 1.0 / (am * (1.0 - ep * ep))
        let aynl = ep * argppSinCos.sin + temp * aycof
        let xl = m.meanAnomaly + argpp + nodep + temp * xlcof * axnl

        // Kepler's equation in equinoctial form: Newton steps (capped at 0.95 rad) until the
        // step is below 1e-12, at most 10. sin/cos of each new iterate come from the previous
        // ones rotated by the step, so only the first guess costs a sin and a cos.
        let u = reduceAngle(xl - nodep)
        var eo1 = u
        var (sineo1, coseo1) = SGP4Math.sinCos(u)
        var iteration = 1
        while true {
            var tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl
            tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5
            if abs(tem5) >= 0.95 { tem5 = tem5 > 0 ? 0.95 : -0.95 }
            eo1 += tem5
            iteration += 1
            if abs(tem5) < 1.0e-12 || iteration > 10 { break }
            (sineo1, coseo1) = SGP4Math.rotate(sin: sineo1, cos: coseo1, by: tem5, angle: eo1)
        }

        // Short-period periodics.
        let ecose = axnl * coseo1 + aynl * sineo1
        let esine = axnl * sineo1 - aynl * coseo1
        let el2 = axnl * axnl + aynl * aynl
        let pl = am * (1.0 - el2)
        guard pl >= 0 else { throw .semiLatusRectumNegative }
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

        let mrt = rl * (1.0 - 1.5 * temp2 * betal * con41) + 0.5 * temp1 * x1mth2 * cos2u
        let dsu = -0.25 * temp2 * x7thm1 * sin2u
        let dnode = 1.5 * temp2 * cosip * sin2u
        let dinc = 1.5 * temp2 * cosip * sinip * cos2u
        let mvt = rdotl - nm * temp1 * x1mth2 * sin2u * SGP4HotConstants.inverseXke
        let rvdot = rvdotl + nm * temp1 * (x1mth2 * cos2u + 1.5 * con41) * SGP4HotConstants.inverseXke
        guard mrt >= 1.0 else { throw .decayed }

        // Orientation vectors. The short-period corrections of u, node and inclination are
        // small (≈ J2/p², below 1e-3 rad), so their sines and cosines are rotations of the
        // uncorrected ones: no atan2, and no sin/cos of the corrected inclination.
        // (sinu, cosu) is a unit vector for any eccentric anomaly (r = a(1 − e cos E) makes the
        // equinoctial relations exact), so it needs no normalising.
        let (sinsu, cossu) = SGP4Math.rotate(sin: sinu, cos: cosu, by: dsu,
                                             angle: atan2(sinu, cosu) + dsu)
        let nodeSinCos = SGP4Math.sinCos(nodep)
        let (snod, cnod) = SGP4Math.rotate(sin: nodeSinCos.sin, cos: nodeSinCos.cos, by: dnode, angle: nodep + dnode)
        let (sini, cosi) = SGP4Math.rotate(sin: sinip, cos: cosip, by: dinc, angle: xincp + dinc)
        let xmx = -snod * cosi
        let xmy = cnod * cosi
        let uVec = SIMD3(xmx * sinsu + cnod * cossu, xmy * sinsu + snod * cossu, sini * sinsu)
        let vVec = SIMD3(xmx * cossu - cnod * sinsu, xmy * cossu - snod * sinsu, sini * cossu)
        return TEMEState(positionKm: (mrt * WGS72.equatorialRadiusKm) * uVec,
                         velocityKmPerS: SGP4HotConstants.kmPerSecondPerUnit * (mvt * uVec + rvdot * vVec))
    }
}

/// `x` reduced towards zero into (−2π, 2π), like `fmod(x, 2π)` but by one multiply-add
/// (differs from fmod by a few ulp of x, far below SGP4's accuracy).
@inline(__always)
func reduceAngle(_ x: Double) -> Double {
    let twoPi = 2.0 * Double.pi
    let turns = x * (1.0 / twoPi)
    // Truncation through Int64 (one cvttsd2si) where it fits; `rounded(.towardZero)` is a
    // libm call on baseline x86-64.
    let whole = abs(turns) < 4.0e18 ? Double(Int64(turns)) : turns.rounded(.towardZero)
    return x - whole * twoPi
}
