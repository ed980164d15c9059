import Foundation

/// Mean elements being advanced by SGP4 at one time, radians and radians/minute.
struct MeanElements {
    var eccentricity: Double
    var argumentOfPerigee: Double
    var inclination: Double
    var meanAnomaly: Double
    var node: Double
    var meanMotion: Double
}

extension DeepSpaceTerms {
    /// Applies the lunar–solar secular rates and, for resonant orbits, integrates the
    /// resonance equations from epoch to `t` minutes (the `dspace` step).
    ///
    /// The integrator takes 720-minute steps from epoch. `cache` keeps the last step
    /// reached (as the reference code does) so that a later time continues from it;
    /// continuing performs the same operations as restarting, so the result depends
    /// only on `t`, never on the cache.
    @inline(__always)
    func applySecular(t: Double, epochMeanMotion no: Double, argpo: Double, argpdot: Double,
                      to m: inout MeanElements, cache: inout SGP4IntegratorCache) {
        let twoPi = 2.0 * Double.pi
        let rptim = 4.37526908801129966e-3
        m.eccentricity += dedt * t
        m.inclination += didt * t
        m.argumentOfPerigee += domdt * t
        m.node += dnodt * t
        m.meanAnomaly += dmdt * t
        guard resonance != 0 else { return }
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
            if resonance != 2 {
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
        if resonance != 1 {
            m.meanAnomaly = xl - 2.0 * m.node + 2.0 * theta
        } else {
            m.meanAnomaly = xl - m.node - m.argumentOfPerigee + theta
        }
        m.meanMotion = no + (nm - no)
    }

    /// Adds the lunar–solar long-period periodics at `t` minutes to the osculating
    /// elements (the `dpper` step, with the Lyddane modification below 0.2 rad).
    @inline(__always)
    func applyPeriodics(t: Double, to m: inout MeanElements) {
        let twoPi = 2.0 * Double.pi
        let zns = 1.19459e-5, zes = 0.01675, znl = 1.5835218e-4, zel = 0.05490
        var zm = zmos + zns * t
        var zf = zm + 2.0 * zes * sin(zm)
        var sinzf = sin(zf)
        var f2 = 0.5 * sinzf * sinzf - 0.25
        var f3 = -0.5 * sinzf * cos(zf)
        let ses = se2 * f2 + se3 * f3
        let sis = si2 * f2 + si3 * f3
        let sls = sl2 * f2 + sl3 * f3 + sl4 * sinzf
        let sghs = sgh2 * f2 + sgh3 * f3 + sgh4 * sinzf
        let shs = sh2 * f2 + sh3 * f3
        zm = zmol + znl * t
        zf = zm + 2.0 * zel * sin(zm)
        sinzf = sin(zf)
        f2 = 0.5 * sinzf * sinzf - 0.25
        f3 = -0.5 * sinzf * cos(zf)
        let sel = ee2 * f2 + e3 * f3
        let sil = xi2 * f2 + xi3 * f3
        let sll = xl2 * f2 + xl3 * f3 + xl4 * sinzf
        let sghl = xgh2 * f2 + xgh3 * f3 + xgh4 * sinzf
        let shll = xh2 * f2 + xh3 * f3
        let pe = ses + sel
        let pinc = sis + sil
        let pl = sls + sll
        var pgh = sghs + sghl
        var ph = shs + shll

        m.inclination += pinc
        m.eccentricity += pe
        let sinip = sin(m.inclination), cosip = cos(m.inclination)
        if m.inclination >= 0.2 {
            ph /= sinip
            pgh -= cosip * ph
            m.argumentOfPerigee += pgh
            m.node += ph
            m.meanAnomaly += pl
        } else {
            // Lyddane: perturb the node through the direction cosines.
            let sinop = sin(m.node), cosop = cos(m.node)
            var alfdp = sinip * sinop
            var betdp = sinip * cosop
            let dalf = ph * cosop + pinc * cosip * sinop
            let dbet = -ph * sinop + pinc * cosip * cosop
            alfdp += dalf
            betdp += dbet
            m.node = m.node.truncatingRemainder(dividingBy: twoPi)
            var xls = m.meanAnomaly + m.argumentOfPerigee + cosip * m.node
            let dls = pl + pgh - pinc * m.node * sinip
            xls += dls
            let xnoh = m.node
            m.node = atan2(alfdp, betdp)
            if abs(xnoh - m.node) > Double.pi {
                if m.node < xnoh { m.node += twoPi } else { m.node -= twoPi }
            }
            m.meanAnomaly += pl
            m.argumentOfPerigee = xls - m.meanAnomaly - cosip * m.node
        }
    }
}

/// The last step of a resonant orbit's integrator, kept between propagations of one
/// record so that advancing time costs one step instead of a restart from epoch.
/// Never changes results; a cache filled by another record is detected and ignored.
public struct SGP4IntegratorCache: Sendable, Hashable {
    var key: Double
    var atime: Double
    var xli: Double
    var xni: Double

    /// An empty cache (the first propagation starts at epoch).
    public init() {
        self.init(key: .nan, atime: 0, xli: 0, xni: 0)
    }

    init(key: Double, atime: Double, xli: Double, xni: Double) {
        self.key = key
        self.atime = atime
        self.xli = xli
        self.xni = xni
    }
}
