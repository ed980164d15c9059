import Foundation

/// One satellite initialised for SGP4/SDP4: every per-satellite constant of the
/// model, computed once from an `ElementSet` (Hoots & Roehrich 1980, Spacetrack
/// Report #3; Vallado, Crawford, Hujsak & Kelso 2006, AIAA 2006-6753; WGS-72 and the
/// "improved" operation mode).
///
/// Immutable and `Sendable`; propagating allocates nothing. Deep-space constants
/// (period ≥ 225 min) live in a separate object the near-Earth path never touches.
public struct SGP4Record: Sendable {
    /// NORAD catalog number.
    public let catalogNumber: Int
    /// Epoch of the elements (UTC).
    public let epoch: JulianDate

    // Mean elements at epoch, radians; mean motion in rad/min (un-Kozai'd).
    let ecco, inclo, nodeo, argpo, mo, noUnkozai, bstar: Double
    // Secular rates, rad/min.
    let mdot, argpdot, nodedot: Double
    // Drag and secular polynomial coefficients.
    let cc1, cc4, cc5, d2, d3, d4, delmo, eta, sinmao, omgcof, xmcof, nodecf: Double
    let t2cof, t3cof, t4cof, t5cof: Double
    // Long- and short-period coefficients.
    let con41, x1mth2, x7thm1, xlcof, aycof: Double
    /// sin and cos of the epoch inclination (the near-Earth inclination never changes secularly).
    let sinio, cosio: Double
    /// (xke / n₀)^(2/3), the drag-free semi-major axis in Earth radii, for the near-Earth
    /// path whose mean motion never changes (deep space recomputes it from its own n).
    let semiMajorAxisBase: Double
    /// True when perigee is below 220 km or the orbit is deep-space: drop the higher-order drag terms.
    let isSimplified: Bool
    /// Lunar–solar and resonance terms, nil for near-Earth orbits.
    package let deepSpace: DeepSpaceTerms?

    /// True when the orbit uses the deep-space (SDP4) terms, period ≥ 225 minutes.
    public var isDeepSpace: Bool { deepSpace != nil }

    /// Initialises the model for `elements`.
    ///
    /// Throws the error SGP4 itself reports at epoch (for instance `.perturbedEccentricityOutOfRange`
    /// for an absurd mean motion), or `.meanEccentricityOutOfRange` / `.meanMotionNotPositive`
    /// for elements out of their domain.
    public init(_ elements: ElementSet) throws(SGP4Error) {
        guard elements.eccentricity >= 0, elements.eccentricity < 1 else { throw .meanEccentricityOutOfRange }
        guard elements.meanMotionRevPerDay > 0 else { throw .meanMotionNotPositive }
        let twoPi = 2.0 * Double.pi
        let xke = WGS72.xke, j2 = WGS72.j2, j4 = WGS72.j4, j3oj2 = WGS72.j3OverJ2
        let re = WGS72.equatorialRadiusKm
        catalogNumber = elements.catalogNumber
        epoch = elements.epoch
        let noKozai = elements.meanMotionRevPerDay * twoPi / 1440.0
        ecco = elements.eccentricity
        inclo = radians(elements.inclinationDeg)
        nodeo = radians(elements.rightAscensionDeg)
        argpo = radians(elements.argumentOfPerigeeDeg)
        mo = radians(elements.meanAnomalyDeg)
        bstar = elements.bstar

        // initl: recover the original mean motion and semi-major axis (Brouwer).
        let eccsq = ecco * ecco
        let omeosq = 1.0 - eccsq
        let rteosq = omeosq.squareRoot()
        let cosio = cos(inclo)
        let cosio2 = cosio * cosio
        let ak = pow(xke / noKozai, 2.0 / 3.0)
        let d1 = 0.75 * j2 * (3.0 * cosio2 - 1.0) / (rteosq * omeosq)
        var del = d1 / (ak * ak)
        let adel = ak * (1.0 - del * del - del * (1.0 / 3.0 + 134.0 * del * del / 81.0))
        del = d1 / (adel * adel)
        let no = noKozai / (1.0 + del)
        noUnkozai = no
        let ao = pow(xke / no, 2.0 / 3.0)
        let ratio = xke / no
        semiMajorAxisBase = cbrt(ratio * ratio)
        sinio = sin(inclo)
        self.cosio = cosio
        let po = ao * omeosq
        let con42 = 1.0 - 5.0 * cosio2
        con41 = -con42 - cosio2 - cosio2
        let posq = po * po
        let rp = ao * (1.0 - ecco)

        // sgp4init: atmospheric density parameters by perigee height.
        let ss = 78.0 / re + 1.0
        var isimp = rp < 220.0 / re + 1.0
        var sfour = ss
        var qzms24 = pow((120.0 - 78.0) / re, 4)
        let perigeeKm = (rp - 1.0) * re
        if perigeeKm < 156.0 {
            sfour = perigeeKm < 98.0 ? 20.0 : perigeeKm - 78.0
            qzms24 = pow((120.0 - sfour) / re, 4)
            sfour = sfour / re + 1.0
        }
        let pinvsq = 1.0 / posq
        let tsi = 1.0 / (ao - sfour)
        eta = ao * ecco * tsi
        let etasq = eta * eta
        let eeta = ecco * eta
        let psisq = abs(1.0 - etasq)
        let coef = qzms24 * pow(tsi, 4)
        let coef1 = coef / pow(psisq, 3.5)
        let cc2 = coef1 * no * (ao * (1.0 + 1.5 * etasq + eeta * (4.0 + etasq))
            + 0.375 * j2 * tsi / psisq * con41 * (8.0 + 3.0 * etasq * (8.0 + etasq)))
        cc1 = bstar * cc2
        let cc3 = ecco > 1.0e-4 ? -2.0 * coef * tsi * j3oj2 * no * sinio / ecco : 0.0
        x1mth2 = 1.0 - cosio2
        cc4 = 2.0 * no * coef1 * ao * omeosq * (eta * (2.0 + 0.5 * etasq) + ecco * (0.5 + 2.0 * etasq)
            - j2 * tsi / (ao * psisq) * (-3.0 * con41 * (1.0 - 2.0 * eeta + etasq * (1.5 - 0.5 * eeta))
                + 0.75 * x1mth2 * (2.0 * etasq - eeta * (1.0 + etasq)) * cos(2.0 * argpo)))
        cc5 = 2.0 * coef1 * ao * omeosq * (1.0 + 2.75 * (etasq + eeta) + eeta * etasq)
        let cosio4 = cosio2 * cosio2
        let temp1 = 1.5 * j2 * pinvsq * no
        let temp2 = 0.5 * temp1 * j2 * pinvsq
        let temp3 = -0.46875 * j4 * pinvsq * pinvsq * no
        mdot = no + 0.5 * temp1 * rteosq * con41 + 0.0625 * temp2 * rteosq * (13.0 - 78.0 * cosio2 + 137.0 * cosio4)
        argpdot = -0.5 * temp1 * con42 + 0.0625 * temp2 * (7.0 - 114.0 * cosio2 + 395.0 * cosio4)
            + temp3 * (3.0 - 36.0 * cosio2 + 49.0 * cosio4)
        let xhdot1 = -temp1 * cosio
        nodedot = xhdot1 + (0.5 * temp2 * (4.0 - 19.0 * cosio2) + 2.0 * temp3 * (3.0 - 7.0 * cosio2)) * cosio
        let xpidot = argpdot + nodedot
        omgcof = bstar * cc3 * cos(argpo)
        xmcof = ecco > 1.0e-4 ? -(2.0 / 3.0) * coef * bstar / eeta : 0.0
        nodecf = 3.5 * omeosq * xhdot1 * cc1
        t2cof = 1.5 * cc1
        let denominator = abs(cosio + 1.0) > 1.5e-12 ? 1.0 + cosio : 1.5e-12
        xlcof = -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / denominator
        aycof = -0.5 * j3oj2 * sinio
        let delmotemp = 1.0 + eta * cos(mo)
        delmo = delmotemp * delmotemp * delmotemp
        sinmao = sin(mo)
        x7thm1 = 7.0 * cosio2 - 1.0

        if twoPi / no >= 225.0 {
            isimp = true
            // The reference forms the epoch as one Julian-date double (resolution ≈ 4.7e-10 day)
            // before taking days since 1950 Jan 0; the lunar–solar angles inherit that rounding,
            // so it is kept here to reproduce the reference to 2e-7 km.
            let epochJD = elements.epoch.day + elements.epoch.fraction
            let epochDays1950 = epochJD - 2_433_281.5
            let gsto = greenwichMeanSiderealTime(epochJD)
            deepSpace = DeepSpaceTerms(epochDays1950: epochDays1950, eccentricity: ecco, argumentOfPerigee: argpo,
                                       inclination: inclo, node: nodeo, meanAnomaly: mo, meanMotion: no,
                                       mdot: mdot, nodedot: nodedot, xpidot: xpidot, gsto: gsto)
        } else {
            deepSpace = nil
        }
        isSimplified = isimp
        if !isimp {
            let cc1sq = cc1 * cc1
            d2 = 4.0 * ao * tsi * cc1sq
            let temp = d2 * tsi * cc1 / 3.0
            d3 = (17.0 * ao + sfour) * temp
            d4 = 0.5 * temp * ao * tsi * (221.0 * ao + 31.0 * sfour) * cc1
            t3cof = d2 + 2.0 * cc1sq
            t4cof = 0.25 * (3.0 * d3 + cc1 * (12.0 * d2 + 10.0 * cc1sq))
            t5cof = 0.2 * (3.0 * d4 + 12.0 * cc1 * d3 + 6.0 * d2 * d2 + 15.0 * cc1sq * (2.0 * d2 + cc1sq))
        } else {
            (d2, d3, d4, t3cof, t4cof, t5cof) = (0, 0, 0, 0, 0, 0)
        }
        // The reference implementation propagates to epoch to report errors at once.
        _ = try propagate(minutesSinceEpoch: 0)
    }
}
