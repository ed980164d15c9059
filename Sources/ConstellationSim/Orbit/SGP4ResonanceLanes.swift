import Foundation

/// The resonance terms of four deep-space lanes (`ResonanceTerms`, one satellite per
/// lane) and their integrator, run on all resonant lanes at once.
///
/// Each lane performs `ResonanceTerms.integrate`'s operations in the same order, with the
/// four-lane twin of its `SGP4Math.sinCos` (only `fmod` of the sidereal angle stays per
/// lane), so the result is bit-identical to the scalar path; lanes that reach `t` freeze
/// while the others step on.
struct SGP4ResonanceLanes: Sendable {
    /// Lanes with the one-day (synchronous) and the half-day (Molniya-type) resonance.
    var oneDay, halfDay: SGP4LaneMask
    var gsto, xfact, xlamo, del1, del2, del3: SGP4Lanes
    var d2201, d2211, d3210, d3222, d4410, d4422, d5220, d5232, d5421, d5433: SGP4Lanes

    /// Lanes from four `ResonanceTerms`; lanes outside `live` are left without resonance.
    init(_ r: [ResonanceTerms], live: SGP4LaneMask) {
        precondition(r.count == SGP4Lanes.scalarCount, "one entry per lane")
        func lanes(_ f: (ResonanceTerms) -> Double) -> SGP4Lanes { SGP4Lanes(r.map(f)) }
        let kinds = SGP4LaneCodes(r.map { Int64($0.kind) })
        oneDay = (kinds .== 1) .& live
        halfDay = (kinds .== 2) .& live
        (gsto, xfact, xlamo) = (lanes { $0.gsto }, lanes { $0.xfact }, lanes { $0.xlamo })
        (del1, del2, del3) = (lanes { $0.del1 }, lanes { $0.del2 }, lanes { $0.del3 })
        (d2201, d2211, d3210, d3222) = (lanes { $0.d2201 }, lanes { $0.d2211 }, lanes { $0.d3210 }, lanes { $0.d3222 })
        (d4410, d4422, d5220, d5232) = (lanes { $0.d4410 }, lanes { $0.d4422 }, lanes { $0.d5220 }, lanes { $0.d5232 })
        (d5421, d5433) = (lanes { $0.d5421 }, lanes { $0.d5433 })
    }

    /// Lanes with any resonance.
    var resonant: SGP4LaneMask { oneDay .| halfDay }
}

extension SGP4ResonanceLanes {
    /// `ResonanceTerms.integrate` on the resonant lanes of group `g` that are in `live`: replaces their mean anomaly
    /// and mean motion; each continues from and updates `caches[slots[lane]]`.
    @inline(__always)
    static func integrate(_ g: UnsafePointer<SGP4DeepSpaceLanes>, t: SGP4Lanes, node: SGP4Lanes,
                          argumentOfPerigee argp: SGP4Lanes, meanAnomaly: inout SGP4Lanes, meanMotion: inout SGP4Lanes,
                          caches: UnsafeMutableBufferPointer<SGP4IntegratorCache>, slots: SGP4LaneSlots,
                          live: SGP4LaneMask) {
        let no = g.pointee.noUnkozai, argpo = g.pointee.argpo, argpdot = g.pointee.argpdot
        let twoPi = 2.0 * Double.pi
        let rptim = 4.37526908801129966e-3
        let fasx2 = 0.13130908, fasx4 = 2.8843198, fasx6 = 0.37448087
        let g22 = 5.7686396, g32 = 0.95240898, g44 = 1.8014998, g52 = 1.0508330, g54 = 4.4108898
        let stepp = 720.0, step2 = 259_200.0
        let resonant = g.pointee.resonance.resonant .& live
        let thetaArgument = g.pointee.resonance.gsto + t * rptim
        var theta = SGP4Lanes()
        var atime = SGP4Lanes(), xni = SGP4Lanes(), xli = SGP4Lanes(), key = SGP4Lanes(repeating: .nan)
        for lane in 0..<SGP4Lanes.scalarCount where resonant[lane] {
            theta[lane] = thetaArgument[lane].truncatingRemainder(dividingBy: twoPi)
            let c = caches[slots[lane]]
            (key[lane], atime[lane], xni[lane], xli[lane]) = (c.key, c.atime, c.xni, c.xli)
        }
        let xlamo = g.pointee.resonance.xlamo
        let restart = (key .!= xlamo) .| (atime .== 0) .| (t * atime .<= 0)
            .| (SGP4VectorMath.magnitude(t) .< SGP4VectorMath.magnitude(atime))
        atime.replace(with: 0, where: restart)
        xni.replace(with: no, where: restart)
        xli.replace(with: xlamo, where: restart)
        var delt = SGP4Lanes(repeating: -stepp)
        delt.replace(with: stepp, where: t .> 0)
        var xndt = SGP4Lanes(), xldot = SGP4Lanes(), xnddt = SGP4Lanes(), ft = SGP4Lanes()
        // A lane whose time is not finite would never arrive (the scalar path would loop for ever).
        var running = resonant .& (SGP4VectorMath.magnitude(t) .< SGP4Lanes(repeating: .infinity))
        while any(running) {
            var ndt = SGP4Lanes(), nddt = SGP4Lanes()
            let ldot = xni + g.pointee.resonance.xfact
            if any(g.pointee.resonance.oneDay .& running) {
                let a1 = SGP4VectorMath.sinCos(xli - fasx2), a2 = SGP4VectorMath.sinCos(2.0 * (xli - fasx4))
                let a3 = SGP4VectorMath.sinCos(3.0 * (xli - fasx6))
                let (del1, del2, del3) = (g.pointee.resonance.del1, g.pointee.resonance.del2, g.pointee.resonance.del3)
                ndt = del1 * a1.sin + del2 * a2.sin + del3 * a3.sin
                let sum: SGP4Lanes = del1 * a1.cos + 2.0 * del2 * a2.cos + 3.0 * del3 * a3.cos
                nddt = sum * ldot
            }
            if any(g.pointee.resonance.halfDay .& running) {
                let half = halfDayRates(g, xli: xli, xomi: argpo + argpdot * atime, phases: (g22, g32, g44, g52, g54))
                ndt.replace(with: half.xndt, where: g.pointee.resonance.halfDay)
                nddt.replace(with: half.xnddtSum * ldot, where: g.pointee.resonance.halfDay)
            }
            xndt.replace(with: ndt, where: running)
            xldot.replace(with: ldot, where: running)
            xnddt.replace(with: nddt, where: running)
            let remaining = t - atime
            let arrived = running .& (remaining .< stepp) .& (remaining .> -stepp)
            ft.replace(with: remaining, where: arrived)
            running = running .& .!arrived
            xli.replace(with: xli + (xldot * delt + xndt * step2), where: running)
            xni.replace(with: xni + (xndt * delt + xnddt * step2), where: running)
            atime.replace(with: atime + delt, where: running)
        }
        for lane in 0..<SGP4Lanes.scalarCount where resonant[lane] {
            caches[slots[lane]] = SGP4IntegratorCache(key: xlamo[lane], atime: atime[lane], xli: xli[lane], xni: xni[lane])
        }
        let nm: SGP4Lanes = xni + xndt * ft + xnddt * ft * ft * 0.5
        let xl: SGP4Lanes = xli + xldot * ft + xndt * ft * ft * 0.5
        let halfDayAnomaly: SGP4Lanes = xl - 2.0 * node + 2.0 * theta
        let oneDayAnomaly: SGP4Lanes = xl - node - argp + theta
        meanAnomaly.replace(with: halfDayAnomaly, where: g.pointee.resonance.halfDay .& resonant)
        meanAnomaly.replace(with: oneDayAnomaly, where: g.pointee.resonance.oneDay .& resonant)
        meanMotion.replace(with: no + (nm - no), where: resonant)
    }

    /// The half-day resonance's rate of mean motion and the sum whose product with the
    /// rate of longitude is its derivative, as `ResonanceTerms.integrate` forms them.
    @inline(__always)
    static func halfDayRates(_ g: UnsafePointer<SGP4DeepSpaceLanes>, xli: SGP4Lanes, xomi: SGP4Lanes,
                             phases: (Double, Double, Double, Double, Double)) -> (xndt: SGP4Lanes, xnddtSum: SGP4Lanes) {
        let (g22, g32, g44, g52, g54) = phases
        let x2omi = xomi + xomi
        let x2li = xli + xli
        let b1 = SGP4VectorMath.sinCos(x2omi + xli - g22), b2 = SGP4VectorMath.sinCos(xli - g22)
        let b3 = SGP4VectorMath.sinCos(xomi + xli - g32), b4 = SGP4VectorMath.sinCos(-xomi + xli - g32)
        let b5 = SGP4VectorMath.sinCos(x2omi + x2li - g44), b6 = SGP4VectorMath.sinCos(x2li - g44)
        let b7 = SGP4VectorMath.sinCos(xomi + xli - g52), b8 = SGP4VectorMath.sinCos(-xomi + xli - g52)
        let b9 = SGP4VectorMath.sinCos(xomi + x2li - g54), b10 = SGP4VectorMath.sinCos(-xomi + x2li - g54)
        var sinTerms: SGP4Lanes = g.pointee.resonance.d2201 * b1.sin + g.pointee.resonance.d2211 * b2.sin + g.pointee.resonance.d3210 * b3.sin
        sinTerms = sinTerms + g.pointee.resonance.d3222 * b4.sin + g.pointee.resonance.d4410 * b5.sin + g.pointee.resonance.d4422 * b6.sin
        var xndt: SGP4Lanes = sinTerms + g.pointee.resonance.d5220 * b7.sin + g.pointee.resonance.d5232 * b8.sin
        xndt = xndt + g.pointee.resonance.d5421 * b9.sin + g.pointee.resonance.d5433 * b10.sin
        var cosTerms: SGP4Lanes = g.pointee.resonance.d2201 * b1.cos + g.pointee.resonance.d2211 * b2.cos + g.pointee.resonance.d3210 * b3.cos
        cosTerms = cosTerms + g.pointee.resonance.d3222 * b4.cos + g.pointee.resonance.d5220 * b7.cos + g.pointee.resonance.d5232 * b8.cos
        let inner: SGP4Lanes = g.pointee.resonance.d4410 * b5.cos + g.pointee.resonance.d4422 * b6.cos + g.pointee.resonance.d5421 * b9.cos + g.pointee.resonance.d5433 * b10.cos
        return (xndt, cosTerms + 2.0 * inner)
    }
}
