import Foundation

extension ResonanceTerms {
    /// Integrates the resonance equations from epoch to `t` minutes (the resonant part of
    /// the `dspace` step) and returns the resonant mean anomaly (rad) and mean motion
    /// (rad/min), given the node and argument of perigee already advanced to `t` (rad).
    ///
    /// The integrator takes 720-minute steps from epoch. `cache` keeps the last step
    /// reached (as the reference code does) so that a later time continues from it;
    /// continuing performs the same operations as restarting, so the result depends
    /// only on `t`, never on the cache. Call only when `kind != 0`. The scalar path and
    /// every batch lane call this one function, so both give the same bits.
    @inline(__always)
    func integrate(t: Double, epochMeanMotion no: Double, argpo: Double, argpdot: Double,
                   node: Double, argumentOfPerigee: Double,
                   cache: inout SGP4IntegratorCache) -> (meanAnomaly: Double, meanMotion: Double) {
        let twoPi = 2.0 * Double.pi
        let rptim = 4.37526908801129966e-3
        let theta = (gsto + t * rptim).truncatingRemainder(dividingBy: twoPi)
        let fasx2 = 0.13130908, fasx4 = 2.8843198, fasx6 = 0.37448087
        let g22 = 5.7686396, g32 = 0.95240898, g44 = 1.8014998, g52 = 1.0508330, g54 = 4.4108898
        let stepp = 720.0, step2 = 259_200.0
        let delt = t > 0 ? stepp : -stepp
        var atime = cache.atime, xni = cache.xni, xli = cache.xli
        if !cache.continues(to: t, key: xlamo) {
            (atime, xni, xli) = (0, no, xlamo)
        }
        var xndt = 0.0, xldot = 0.0, xnddt = 0.0, ft = 0.0
        while true {
            // sin and cos by SGP4Math.sinCos: one polynomial pair per angle instead of two libm calls.
            if kind != 2 {
                let a1 = SGP4Math.sinCos(xli - fasx2), a2 = SGP4Math.sinCos(2.0 * (xli - fasx4))
                let a3 = SGP4Math.sinCos(3.0 * (xli - fasx6))
                xndt = del1 * a1.sin + del2 * a2.sin + del3 * a3.sin
                xldot = xni + xfact
                xnddt = del1 * a1.cos + 2.0 * del2 * a2.cos + 3.0 * del3 * a3.cos
                xnddt *= xldot
            } else {
                let xomi = argpo + argpdot * atime
                let x2omi = xomi + xomi
                let x2li = xli + xli
                let b1 = SGP4Math.sinCos(x2omi + xli - g22), b2 = SGP4Math.sinCos(xli - g22)
                let b3 = SGP4Math.sinCos(xomi + xli - g32), b4 = SGP4Math.sinCos(-xomi + xli - g32)
                let b5 = SGP4Math.sinCos(x2omi + x2li - g44), b6 = SGP4Math.sinCos(x2li - g44)
                let b7 = SGP4Math.sinCos(xomi + xli - g52), b8 = SGP4Math.sinCos(-xomi + xli - g52)
                let b9 = SGP4Math.sinCos(xomi + x2li - g54), b10 = SGP4Math.sinCos(-xomi + x2li - g54)
                let sinTerms = d2201 * b1.sin + d2211 * b2.sin + d3210 * b3.sin + d3222 * b4.sin
                    + d4410 * b5.sin + d4422 * b6.sin
                xndt = sinTerms + d5220 * b7.sin + d5232 * b8.sin + d5421 * b9.sin + d5433 * b10.sin
                xldot = xni + xfact
                let cosTerms = d2201 * b1.cos + d2211 * b2.cos + d3210 * b3.cos + d3222 * b4.cos
                    + d5220 * b7.cos + d5232 * b8.cos
                xnddt = cosTerms + 2.0 * (d4410 * b5.cos + d4422 * b6.cos + d5421 * b9.cos + d5433 * b10.cos)
                xnddt *= xldot
            }
            if abs(t - atime) < stepp {
                ft = t - atime
                break
            }
            xli += xldot * delt + xndt * step2
            xni += xndt * delt + xnddt * step2
            atime += delt
        }
        cache = SGP4IntegratorCache(key: xlamo, atime: atime, xli: xli, xni: xni)
        let nm = xni + xndt * ft + xnddt * ft * ft * 0.5
        let xl = xli + xldot * ft + xndt * ft * ft * 0.5
        let meanAnomaly = kind != 1 ? xl - 2.0 * node + 2.0 * theta : xl - node - argumentOfPerigee + theta
        return (meanAnomaly, no + (nm - no))
    }
}
