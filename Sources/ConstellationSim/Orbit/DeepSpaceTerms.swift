import Foundation

/// Per-satellite constants of SDP4, the deep-space part of SGP4 (orbital period
/// ≥ 225 min): lunar–solar secular and periodic terms, and the 12 h / 24 h
/// geopotential resonance terms.
///
/// Built once from the mean elements (the `dscom` and `dsinit` steps of Hoots &
/// Roehrich 1980 as revised by Vallado et al. 2006) and immutable afterwards; a
/// near-Earth `SGP4Record` holds none of it. Angles in radians, rates per minute.
package final class DeepSpaceTerms: Sendable {
    /// Resonance: 0 none, 1 one-day (synchronous), 2 half-day (Molniya-type).
    var resonance: Int { resonant.kind }
    // Lunar–solar periodic coefficients (solar s*, lunar x*/e*).
    let e3, ee2, se2, se3, sgh2, sgh3, sgh4, sh2, sh3, si2, si3, sl2, sl3, sl4: Double
    let xgh2, xgh3, xgh4, xh2, xh3, xi2, xi3, xl2, xl3, xl4: Double
    /// Mean anomalies of Moon and Sun at epoch, rad.
    let zmol, zmos: Double
    // Secular rates from lunar–solar gravity, per minute.
    let dedt, didt, dmdt, dnodt, domdt: Double
    /// Resonance terms and their integrator (plain numbers, so batches can copy them).
    let resonant: ResonanceTerms

    init(epochDays1950 epoch: Double, eccentricity ecco: Double, argumentOfPerigee argpo: Double,
         inclination inclo: Double, node nodeo: Double, meanAnomaly mo: Double,
         meanMotion noUnkozai: Double, mdot: Double, nodedot: Double, xpidot: Double, gsto: Double) {
        let twoPi = 2.0 * Double.pi
        // --- dscom: lunar and solar geometry at epoch ---
        let zes = 0.01675, zel = 0.05490
        let c1ss = 2.9864797e-6, c1l = 4.7968065e-7
        let zsinis = 0.39785416, zcosis = 0.91744867
        let zcosgs = 0.1945905, zsings = -0.98088458
        let nm = noUnkozai, em = ecco
        let snodm = sin(nodeo), cnodm = cos(nodeo)
        let sinomm = sin(argpo), cosomm = cos(argpo)
        let sinim = sin(inclo), cosim = cos(inclo)
        let emsq = em * em
        let betasq = 1.0 - emsq
        let rtemsq = betasq.squareRoot()
        let day = epoch + 18261.5
        let xnodce = (4.5236020 - 9.2422029e-4 * day).truncatingRemainder(dividingBy: twoPi)
        let stem = sin(xnodce), ctem = cos(xnodce)
        let zcosil = 0.91375164 - 0.03568096 * ctem
        let zsinil = (1.0 - zcosil * zcosil).squareRoot()
        let zsinhl = 0.089683511 * stem / zsinil
        let zcoshl = (1.0 - zsinhl * zsinhl).squareRoot()
        let gam = 5.8351514 + 0.0019443680 * day
        var zx = 0.39785416 * stem / zsinil
        let zy = zcoshl * ctem + 0.91744867 * zsinhl * stem
        zx = atan2(zx, zy)
        zx = gam + zx - xnodce
        let zcosgl = cos(zx), zsingl = sin(zx)

        // Two passes: the Sun (solar constants), then the Moon.
        let sun = LunarSolarTerms(zcosg: zcosgs, zsing: zsings, zcosi: zcosis, zsini: zsinis,
                                  zcosh: cnodm, zsinh: snodm, cc: c1ss, xnoi: 1.0 / nm,
                                  cosim: cosim, sinim: sinim, cosomm: cosomm, sinomm: sinomm,
                                  em: em, emsq: emsq, betasq: betasq, rtemsq: rtemsq)
        let moon = LunarSolarTerms(zcosg: zcosgl, zsing: zsingl, zcosi: zcosil, zsini: zsinil,
                                   zcosh: zcoshl * cnodm + zsinhl * snodm,
                                   zsinh: snodm * zcoshl - cnodm * zsinhl, cc: c1l, xnoi: 1.0 / nm,
                                   cosim: cosim, sinim: sinim, cosomm: cosomm, sinomm: sinomm,
                                   em: em, emsq: emsq, betasq: betasq, rtemsq: rtemsq)
        zmol = (4.7199672 + 0.22997150 * day - gam).truncatingRemainder(dividingBy: twoPi)
        zmos = (6.2565837 + 0.017201977 * day).truncatingRemainder(dividingBy: twoPi)

        se2 = 2.0 * sun.s1 * sun.s6
        se3 = 2.0 * sun.s1 * sun.s7
        si2 = 2.0 * sun.s2 * sun.z12
        si3 = 2.0 * sun.s2 * (sun.z13 - sun.z11)
        sl2 = -2.0 * sun.s3 * sun.z2
        sl3 = -2.0 * sun.s3 * (sun.z3 - sun.z1)
        sl4 = -2.0 * sun.s3 * (-21.0 - 9.0 * emsq) * zes
        sgh2 = 2.0 * sun.s4 * sun.z32
        sgh3 = 2.0 * sun.s4 * (sun.z33 - sun.z31)
        sgh4 = -18.0 * sun.s4 * zes
        sh2 = -2.0 * sun.s2 * sun.z22
        sh3 = -2.0 * sun.s2 * (sun.z23 - sun.z21)

        ee2 = 2.0 * moon.s1 * moon.s6
        e3 = 2.0 * moon.s1 * moon.s7
        xi2 = 2.0 * moon.s2 * moon.z12
        xi3 = 2.0 * moon.s2 * (moon.z13 - moon.z11)
        xl2 = -2.0 * moon.s3 * moon.z2
        xl3 = -2.0 * moon.s3 * (moon.z3 - moon.z1)
        xl4 = -2.0 * moon.s3 * (-21.0 - 9.0 * emsq) * zel
        xgh2 = 2.0 * moon.s4 * moon.z32
        xgh3 = 2.0 * moon.s4 * (moon.z33 - moon.z31)
        xgh4 = -18.0 * moon.s4 * zel
        xh2 = -2.0 * moon.s2 * moon.z22
        xh3 = -2.0 * moon.s2 * (moon.z23 - moon.z21)

        // --- dsinit: secular rates and resonance terms ---
        let znl = 1.5835218e-4, zns = 1.19459e-5
        let ses = sun.s1 * zns * sun.s5
        let sis = sun.s2 * zns * (sun.z11 + sun.z13)
        let sls = -zns * sun.s3 * (sun.z1 + sun.z3 - 14.0 - 6.0 * emsq)
        let sghs = sun.s4 * zns * (sun.z31 + sun.z33 - 6.0)
        var shs = -zns * sun.s2 * (sun.z21 + sun.z23)
        let nearEquatorial = inclo < 5.2359877e-2 || inclo > Double.pi - 5.2359877e-2
        if nearEquatorial { shs = 0 }
        if sinim != 0 { shs /= sinim }
        let sgs = sghs - cosim * shs
        dedt = ses + moon.s1 * znl * moon.s5
        didt = sis + moon.s2 * znl * (moon.z11 + moon.z13)
        dmdt = sls - znl * moon.s3 * (moon.z1 + moon.z3 - 14.0 - 6.0 * emsq)
        let sghl = moon.s4 * znl * (moon.z31 + moon.z33 - 6.0)
        var shll = -znl * moon.s2 * (moon.z21 + moon.z23)
        if nearEquatorial { shll = 0 }
        var domdt = sgs + sghl
        var dnodt = shs
        if sinim != 0 {
            domdt -= cosim / sinim * shll
            dnodt += shll / sinim
        }
        self.domdt = domdt
        self.dnodt = dnodt

        var resonance = 0
        if nm < 0.0052359877 && nm > 0.0034906585 { resonance = 1 }
        if nm >= 8.26e-3 && nm <= 9.24e-3 && em >= 0.5 { resonance = 2 }
        let theta = gsto.truncatingRemainder(dividingBy: twoPi)
        resonant = ResonanceTerms(resonance: resonance, gsto: gsto, meanMotion: nm, eccentricity: ecco,
                                      sinI: sinim, cosI: cosim, theta: theta, mo: mo, nodeo: nodeo,
                                      argpo: argpo, mdot: mdot, nodedot: nodedot, xpidot: xpidot,
                                      dmdt: dmdt, domdt: domdt, dnodt: dnodt)
    }
}
