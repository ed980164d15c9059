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
        if cache.key != xlamo || atime == 0 || t * atime <= 0 || abs(t) < abs(atime) {
            (atime, xni, xli) = (0, no, xlamo)
        }
        var xndt = 0.0, xldot = 0.0, xnddt = 0.0, ft = 0.0
        while true {
            if kind != 2 {
                xndt = del1 * sin(xli - fasx2) + del2 * sin(2.0 * (xli - fasx4))
                    + del3 * sin(3.0 * (xli - fasx6))
                xldot = xni + xfact
                xnddt = del1 * cos(xli - fasx2) + 2.0 * del2 * cos(2.0 * (xli - fasx4))
                    + 3.0 * del3 * cos(3.0 * (xli - fasx6))
                xnddt *= xldot
            } else {
                let xomi = argpo + argpdot * atime
                let x2omi = xomi + xomi
                let x2li = xli + xli
                xndt = d2201 * sin(x2omi + xli - g22) + d2211 * sin(xli - g22)
                    + d3210 * sin(xomi + xli - g32) + d3222 * sin(-xomi + xli - g32)
                    + d4410 * sin(x2omi + x2li - g44) + d4422 * sin(x2li - g44)
                    + d5220 * sin(xomi + xli - g52) + d5232 * sin(-xomi + xli - g52)
                    + d5421 * sin(xomi + x2li - g54) + d5433 * sin(-xomi + x2li - g54)
                xldot = xni + xfact
                xnddt = d2201 * cos(x2omi + xli - g22) + d2211 * cos(xli - g22)
                    + d3210 * cos(xomi + xli - g32) + d3222 * cos(-xomi + xli - g32)
                    + d5220 * cos(xomi + xli - g52) + d5232 * cos(-xomi + xli - g52)
                    + 2.0 * (d4410 * cos(x2omi + x2li - g44) + d4422 * cos(x2li - g44)
                        + d5421 * cos(xomi + x2li - g54) + d5433 * cos(-xomi + x2li - g54))
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
