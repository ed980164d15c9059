import Foundation

/// Geopotential resonance coefficients of SDP4 (the resonance part of `dsinit`):
/// one-day (geosynchronous, `resonance == 1`) and half-day (Molniya-type,
/// `resonance == 2`) orbits. All zero when `resonance == 0`. Plain numbers
/// (`Sendable`, no references) so batch lanes can carry a copy.
struct ResonanceTerms: Sendable {
    /// 0 none, 1 one-day (synchronous), 2 half-day (Molniya-type).
    var kind = 0
    /// Greenwich sidereal angle at epoch, rad.
    var gsto = 0.0
    var d2201 = 0.0, d2211 = 0.0, d3210 = 0.0, d3222 = 0.0, d4410 = 0.0
    var d4422 = 0.0, d5220 = 0.0, d5232 = 0.0, d5421 = 0.0, d5433 = 0.0
    var del1 = 0.0, del2 = 0.0, del3 = 0.0
    var xfact = 0.0, xlamo = 0.0

    /// No resonance (a placeholder for batch lanes without one).
    init() {}

    init(resonance: Int, gsto: Double, meanMotion nm: Double, eccentricity em: Double, sinI sinim: Double, cosI cosim: Double,
         theta: Double, mo: Double, nodeo: Double, argpo: Double, mdot: Double, nodedot: Double,
         xpidot: Double, dmdt: Double, domdt: Double, dnodt: Double) {
        kind = resonance
        self.gsto = gsto
        guard resonance != 0 else { return }
        let twoPi = 2.0 * Double.pi
        let rptim = 4.37526908801129966e-3  // Earth rotation, rad/min
        let aonv = pow(nm / WGS72.xke, 2.0 / 3.0)
        let emsq = em * em
        if resonance == 2 {
            let q = HalfDayResonance(em: em, emsq: emsq, sinim: sinim, cosim: cosim)
            let root22 = 1.7891679e-6, root32 = 3.7393792e-7, root44 = 7.3636953e-9
            let root52 = 1.1428639e-7, root54 = 2.1765803e-9
            let ainv2 = aonv * aonv
            var temp1 = 3.0 * nm * nm * ainv2
            var temp = temp1 * root22
            d2201 = temp * q.f220 * q.g201
            d2211 = temp * q.f221 * q.g211
            temp1 *= aonv
            temp = temp1 * root32
            d3210 = temp * q.f321 * q.g310
            d3222 = temp * q.f322 * q.g322
            temp1 *= aonv
            temp = 2.0 * temp1 * root44
            d4410 = temp * q.f441 * q.g410
            d4422 = temp * q.f442 * q.g422
            temp1 *= aonv
            temp = temp1 * root52
            d5220 = temp * q.f522 * q.g520
            d5232 = temp * q.f523 * q.g532
            temp = 2.0 * temp1 * root54
            d5421 = temp * q.f542 * q.g521
            d5433 = temp * q.f543 * q.g533
            xlamo = (mo + nodeo + nodeo - theta - theta).truncatingRemainder(dividingBy: twoPi)
            xfact = mdot + dmdt + 2.0 * (nodedot + dnodt - rptim) - nm
        } else {
            let q22 = 1.7891679e-6, q31 = 2.1460748e-6, q33 = 2.2123015e-7
            let g200 = 1.0 + emsq * (-2.5 + 0.8125 * emsq)
            let g310 = 1.0 + 2.0 * emsq
            let g300 = 1.0 + emsq * (-6.0 + 6.60937 * emsq)
            let f220 = 0.75 * (1.0 + cosim) * (1.0 + cosim)
            let f311 = 0.9375 * sinim * sinim * (1.0 + 3.0 * cosim) - 0.75 * (1.0 + cosim)
            var f330 = 1.0 + cosim
            f330 = 1.875 * f330 * f330 * f330
            let base = 3.0 * nm * nm * aonv * aonv
            del2 = 2.0 * base * f220 * g200 * q22
            del3 = 3.0 * base * f330 * g300 * q33 * aonv
            del1 = base * f311 * g310 * q31 * aonv
            xlamo = (mo + nodeo + argpo - theta).truncatingRemainder(dividingBy: twoPi)
            xfact = mdot + xpidot - rptim + dmdt + domdt + dnodt - nm
        }
    }
}

/// Eccentricity and inclination functions of the half-day resonance (Hoots & Roehrich 1980).
private struct HalfDayResonance {
    var g201, g211, g310, g322, g410, g422, g520, g521, g532, g533: Double
    var f220, f221, f321, f322, f441, f442, f522, f523, f542, f543: Double

    init(em: Double, emsq: Double, sinim: Double, cosim: Double) {
        let eoc = em * emsq
        g201 = -0.306 - (em - 0.64) * 0.440
        if em <= 0.65 {
            g211 = 3.616 - 13.2470 * em + 16.2900 * emsq
            g310 = -19.302 + 117.3900 * em - 228.4190 * emsq + 156.5910 * eoc
            g322 = -18.9068 + 109.7927 * em - 214.6334 * emsq + 146.5816 * eoc
            g410 = -41.122 + 242.6940 * em - 471.0940 * emsq + 313.9530 * eoc
            g422 = -146.407 + 841.8800 * em - 1629.014 * emsq + 1083.4350 * eoc
            g520 = -532.114 + 3017.977 * em - 5740.032 * emsq + 3708.2760 * eoc
        } else {
            g211 = -72.099 + 331.819 * em - 508.738 * emsq + 266.724 * eoc
            g310 = -346.844 + 1582.851 * em - 2415.925 * emsq + 1246.113 * eoc
            g322 = -342.585 + 1554.908 * em - 2366.899 * emsq + 1215.972 * eoc
            g410 = -1052.797 + 4758.686 * em - 7193.992 * emsq + 3651.957 * eoc
            g422 = -3581.690 + 16178.110 * em - 24462.770 * emsq + 12422.520 * eoc
            if em > 0.715 {
                g520 = -5149.66 + 29936.92 * em - 54087.36 * emsq + 31324.56 * eoc
            } else {
                g520 = 1464.74 - 4664.75 * em + 3763.64 * emsq
            }
        }
        if em < 0.7 {
            g533 = -919.22770 + 4988.6100 * em - 9064.7700 * emsq + 5542.21 * eoc
            g521 = -822.71072 + 4568.6173 * em - 8491.4146 * emsq + 5337.524 * eoc
            g532 = -853.66600 + 4690.2500 * em - 8624.7700 * emsq + 5341.4 * eoc
        } else {
            g533 = -37995.780 + 161616.52 * em - 229838.20 * emsq + 109377.94 * eoc
            g521 = -51752.104 + 218913.95 * em - 309468.16 * emsq + 146349.42 * eoc
            g532 = -40023.880 + 170470.89 * em - 242699.48 * emsq + 115605.82 * eoc
        }
        let cosisq = cosim * cosim
        let sini2 = sinim * sinim
        f220 = 0.75 * (1.0 + 2.0 * cosim + cosisq)
        f221 = 1.5 * sini2
        f321 = 1.875 * sinim * (1.0 - 2.0 * cosim - 3.0 * cosisq)
        f322 = -1.875 * sinim * (1.0 + 2.0 * cosim - 3.0 * cosisq)
        f441 = 35.0 * sini2 * f220
        f442 = 39.3750 * sini2 * sini2
        f522 = 9.84375 * sinim * (sini2 * (1.0 - 2.0 * cosim - 5.0 * cosisq)
            + 0.33333333 * (-2.0 + 4.0 * cosim + 6.0 * cosisq))
        f523 = sinim * (4.92187512 * sini2 * (-2.0 - 4.0 * cosim + 10.0 * cosisq)
            + 6.56250012 * (1.0 + 2.0 * cosim - 3.0 * cosisq))
        f542 = 29.53125 * sinim * (2.0 - 8.0 * cosim + cosisq * (-12.0 + 8.0 * cosim + 10.0 * cosisq))
        f543 = 29.53125 * sinim * (-2.0 - 8.0 * cosim + cosisq * (12.0 + 8.0 * cosim - 10.0 * cosisq))
    }
}
