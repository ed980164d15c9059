import Foundation

/// SDP4 (SGP4's deep-space branch, period ≥ 225 min) for four satellites at once, one
/// per lane of `SIMD4<Double>`.
///
/// Each lane performs the scalar `SGP4Record.propagate`'s IEEE operations in the same
/// order (Hoots & Roehrich 1980; Vallado et al. 2006): the lunar–solar secular rates and
/// periodics run on all four lanes with the same inline sin/cos as the scalar path; the
/// pieces that stay scalar per lane — the resonance integrator (its state carried per
/// output slot in `SGP4IntegratorCache`), Lyddane's low-inclination step (atan2, fmod) and
/// `cbrt` — call the very functions the scalar path calls. A lane that succeeds is thus
/// bit-identical to the scalar path; errors (2, 1, 3, then 4, 6) are per-lane codes.
enum SGP4DeepSpaceKernel {
    /// The TEME states of the four lanes of `g` at `t` minutes since each lane's epoch.
    /// Resonant lanes in `live` continue their integrator from `caches[slots[lane]]`; the
    /// others are not stored by the caller and leave the caches alone.
    @inline(__always)
    static func propagate(_ group: UnsafePointer<SGP4DeepSpaceLanes>, minutesSinceEpoch t: SGP4Lanes,
                          caches: UnsafeMutableBufferPointer<SGP4IntegratorCache>,
                          slots: SGP4LaneSlots, live: SGP4LaneMask) -> SGP4LaneStates {
        let g = group  // fields read in place through the pointer, never copied whole
        let xke = SGP4HotConstants.xke, j3oj2 = SGP4HotConstants.j3OverJ2
        let one = SGP4Lanes(repeating: 1)

        // Secular gravity and drag (deep-space orbits always use the simplified drag terms),
        // then the lunar–solar secular rates.
        let xmdf = g.pointee.mo + g.pointee.mdot * t
        let argpdf = g.pointee.argpo + g.pointee.argpdot * t
        let nodedf = g.pointee.nodeo + g.pointee.nodedot * t
        let t2 = t * t
        var node = nodedf + g.pointee.nodecf * t2
        let tempa = 1.0 - g.pointee.cc1 * t
        let tempe = g.pointee.bstarCc4 * t
        let templ = g.pointee.t2cof * t2
        var ecc = g.pointee.ecco + g.pointee.dedt * t
        var incl = g.pointee.inclo + g.pointee.didt * t
        var argp = argpdf + g.pointee.domdt * t
        node += g.pointee.dnodt * t
        var meanAnomaly = xmdf + g.pointee.dmdt * t
        var meanMotion = g.pointee.noUnkozai
        if any(g.pointee.resonance.resonant .& live) {
            SGP4ResonanceLanes.integrate(g, t: t, node: node, argumentOfPerigee: argp, meanAnomaly: &meanAnomaly,
                                         meanMotion: &meanMotion, caches: caches, slots: slots,
                                         live: live)
        }
        var codes = SGP4LaneCodes.zero
        codes.replace(with: 2, where: .!(meanMotion .> SGP4Lanes(repeating: 0)))
        let ratio = xke / meanMotion
        let ratioSquared = ratio * ratio
        // (xke/n)^(2/3): without resonance n is the epoch mean motion, whose cube root the
        // record already holds (the same cbrt of the same number); only resonant lanes call cbrt.
        var cubeRoot = g.pointee.semiMajorAxisBase
        let resonant = g.pointee.resonance.resonant .& live
        if any(resonant) {
            for lane in 0..<SGP4Lanes.scalarCount where resonant[lane] { cubeRoot[lane] = cbrt(ratioSquared[lane]) }
        }
        let am = cubeRoot * tempa * tempa
        let nm = xke / (am * am.squareRoot())
        var em = ecc - tempe
        codes.replace(with: 1, where: .!((em .< one) .& (em .>= SGP4Lanes(repeating: -0.001))) .& (codes .== 0))
        em.replace(with: SGP4Lanes(repeating: 1.0e-6), where: em .< SGP4Lanes(repeating: 1.0e-6))
        let mm = meanAnomaly + g.pointee.noUnkozai * templ
        var xlm = mm + argp + node
        node = SGP4VectorMath.reduceAngle(node)
        argp = SGP4VectorMath.reduceAngle(argp)
        xlm = SGP4VectorMath.reduceAngle(xlm)
        meanAnomaly = SGP4VectorMath.reduceAngle(xlm - argp - node)
        ecc = em

        // Lunar–solar periodics (`DeepSpaceTerms.applyPeriodics`).
        let p = periodics(g, t: t)
        incl += p.pinc
        ecc += p.pe
        var (sinip, cosip) = SGP4VectorMath.sinCos(incl)
        let normal = incl .>= SGP4Lanes(repeating: 0.2)
        let ph = p.ph / sinip
        let pgh = p.pgh - cosip * ph
        argp.replace(with: argp + pgh, where: normal)
        node.replace(with: node + ph, where: normal)
        meanAnomaly.replace(with: meanAnomaly + p.pl, where: normal)
        if !all(normal) {
            lyddane(where: .!normal, node: &node, argumentOfPerigee: &argp, meanAnomaly: &meanAnomaly,
                    sinip: sinip, cosip: cosip, p: p)
        }
        let negative = incl .< SGP4Lanes(repeating: 0)
        if any(negative) {
            incl.replace(with: -incl, where: negative)
            node.replace(with: node + Double.pi, where: negative)
            argp.replace(with: argp - Double.pi, where: negative)
            // The scalar path takes sin/cos of the inclination again here; unchanged lanes give
            // the same numbers as above, so only a negated inclination needs them afresh.
            (sinip, cosip) = SGP4VectorMath.sinCos(incl)
        }
        codes.replace(with: 3, where: .!((ecc .>= SGP4Lanes(repeating: 0)) .& (ecc .<= one)) .& (codes .== 0))
        let aycof = -0.5 * j3oj2 * sinip
        var denominator = 1.0 + cosip
        let cosipPlusOne = cosip + 1.0
        let tiny = SGP4Lanes(repeating: 1.5e-12)
        denominator.replace(with: tiny, where: .!((cosipPlusOne .> tiny) .| (cosipPlusOne .< -tiny)))
        let xlcofNumerator: SGP4Lanes = -0.25 * j3oj2 * sinip * (3.0 + 5.0 * cosip)
        let cosisq = cosip * cosip
        return SGP4LaneOsculating.states(SGP4LaneElements(
            eccentricity: ecc, argumentOfPerigee: argp, node: node, meanAnomaly: meanAnomaly, inclination: incl,
            am: am, nm: nm, sinip: sinip, cosip: cosip, aycof: aycof, xlcof: xlcofNumerator / denominator,
            con41: 3.0 * cosisq - 1.0, x1mth2: 1.0 - cosisq, x7thm1: 7.0 * cosisq - 1.0, codes: codes))
    }

    /// `DeepSpaceTerms.lyddane` on the lanes of `lanes`, operation for operation: sin/cos of
    /// the node on all lanes at once; `atan2` per lane; `fmod(node, 2π)` only where |node|
    /// ≥ 2π (below, fmod returns its argument unchanged).
    @inline(__always)
    static func lyddane(where lanes: SGP4LaneMask, node: inout SGP4Lanes, argumentOfPerigee argp: inout SGP4Lanes,
                        meanAnomaly: inout SGP4Lanes, sinip: SGP4Lanes, cosip: SGP4Lanes,
                        p: (pe: SGP4Lanes, pinc: SGP4Lanes, pl: SGP4Lanes, pgh: SGP4Lanes, ph: SGP4Lanes)) {
        let twoPi = 2.0 * Double.pi
        let (sinop, cosop) = SGP4VectorMath.sinCos(node)
        let pincCosip = p.pinc * cosip
        let dalf: SGP4Lanes = p.ph * cosop + pincCosip * sinop
        let dbet: SGP4Lanes = -p.ph * sinop + pincCosip * cosop
        let alfdp = sinip * sinop + dalf
        let betdp = sinip * cosop + dbet
        var reduced = node
        let wide = lanes .& .!(SGP4VectorMath.magnitude(node) .< SGP4Lanes(repeating: twoPi))
        if any(wide) {
            for lane in 0..<SGP4Lanes.scalarCount where wide[lane] {
                reduced[lane] = node[lane].truncatingRemainder(dividingBy: twoPi)
            }
        }
        let dls: SGP4Lanes = p.pl + p.pgh - p.pinc * reduced * sinip
        let xls: SGP4Lanes = meanAnomaly + argp + cosip * reduced + dls
        var newNode = reduced
        for lane in 0..<SGP4Lanes.scalarCount where lanes[lane] { newNode[lane] = atan2(alfdp[lane], betdp[lane]) }
        let jump = SGP4VectorMath.magnitude(reduced - newNode) .> SGP4Lanes(repeating: Double.pi)
        let below = newNode .< reduced
        newNode.replace(with: newNode + twoPi, where: jump .& below)
        newNode.replace(with: newNode - twoPi, where: jump .& .!below)
        let newAnomaly = meanAnomaly + p.pl
        argp.replace(with: xls - newAnomaly - cosip * newNode, where: lanes)
        meanAnomaly.replace(with: newAnomaly, where: lanes)
        node.replace(with: newNode, where: lanes)
    }

    /// The summed solar and lunar periodics of eccentricity, inclination, mean longitude,
    /// argument of perigee and node (rad) at `t`, as `DeepSpaceTerms.applyPeriodics`.
    @inline(__always)
    static func periodics(_ g: UnsafePointer<SGP4DeepSpaceLanes>, t: SGP4Lanes)
        -> (pe: SGP4Lanes, pinc: SGP4Lanes, pl: SGP4Lanes, pgh: SGP4Lanes, ph: SGP4Lanes) {
        let zns = 1.19459e-5, zes = 0.01675, znl = 1.5835218e-4, zel = 0.05490
        var zm = g.pointee.zmos + zns * t
        var zf = zm + 2.0 * zes * SGP4VectorMath.sinCos(zm).sin
        var zfSinCos = SGP4VectorMath.sinCos(zf)
        var sinzf = zfSinCos.sin
        var f2: SGP4Lanes = 0.5 * sinzf * sinzf - 0.25
        var f3: SGP4Lanes = -0.5 * sinzf * zfSinCos.cos
        let ses = g.pointee.se2 * f2 + g.pointee.se3 * f3
        let sis = g.pointee.si2 * f2 + g.pointee.si3 * f3
        let sls = g.pointee.sl2 * f2 + g.pointee.sl3 * f3 + g.pointee.sl4 * sinzf
        let sghs = g.pointee.sgh2 * f2 + g.pointee.sgh3 * f3 + g.pointee.sgh4 * sinzf
        let shs = g.pointee.sh2 * f2 + g.pointee.sh3 * f3
        zm = g.pointee.zmol + znl * t
        zf = zm + 2.0 * zel * SGP4VectorMath.sinCos(zm).sin
        zfSinCos = SGP4VectorMath.sinCos(zf)
        sinzf = zfSinCos.sin
        f2 = 0.5 * sinzf * sinzf - 0.25
        f3 = -0.5 * sinzf * zfSinCos.cos
        let sel = g.pointee.ee2 * f2 + g.pointee.e3 * f3
        let sil = g.pointee.xi2 * f2 + g.pointee.xi3 * f3
        let sll = g.pointee.xl2 * f2 + g.pointee.xl3 * f3 + g.pointee.xl4 * sinzf
        let sghl = g.pointee.xgh2 * f2 + g.pointee.xgh3 * f3 + g.pointee.xgh4 * sinzf
        let shll = g.pointee.xh2 * f2 + g.pointee.xh3 * f3
        return (ses + sel, sis + sil, sls + sll, sghs + sghl, shs + shll)
    }
}
