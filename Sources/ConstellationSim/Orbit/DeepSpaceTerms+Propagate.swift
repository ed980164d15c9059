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
    /// resonance equations from epoch to `t` minutes (the `dspace` step; see
    /// `ResonanceTerms.integrate` for the cache).
    @inline(__always)
    func applySecular(t: Double, epochMeanMotion no: Double, argpo: Double, argpdot: Double,
                      to m: inout MeanElements, cache: inout SGP4IntegratorCache) {
        m.eccentricity += dedt * t
        m.inclination += didt * t
        m.argumentOfPerigee += domdt * t
        m.node += dnodt * t
        m.meanAnomaly += dmdt * t
        guard resonant.kind != 0 else { return }
        (m.meanAnomaly, m.meanMotion) = resonant.integrate(t: t, epochMeanMotion: no, argpo: argpo, argpdot: argpdot,
                                                           node: m.node, argumentOfPerigee: m.argumentOfPerigee,
                                                           cache: &cache)
    }

    /// Adds the lunar–solar long-period periodics at `t` minutes to the osculating
    /// elements (the `dpper` step, with the Lyddane modification below 0.2 rad).
    @inline(__always)
    func applyPeriodics(t: Double, to m: inout MeanElements) {
        let zns = 1.19459e-5, zes = 0.01675, znl = 1.5835218e-4, zel = 0.05490
        // sin and cos by SGP4Math.sinCos (the batch lanes use its four-lane twin: same bits).
        var zm = zmos + zns * t
        var zf = zm + 2.0 * zes * SGP4Math.sinCos(zm).sin
        var zfSinCos = SGP4Math.sinCos(zf)
        var sinzf = zfSinCos.sin
        var f2 = 0.5 * sinzf * sinzf - 0.25
        var f3 = -0.5 * sinzf * zfSinCos.cos
        let ses = se2 * f2 + se3 * f3
        let sis = si2 * f2 + si3 * f3
        let sls = sl2 * f2 + sl3 * f3 + sl4 * sinzf
        let sghs = sgh2 * f2 + sgh3 * f3 + sgh4 * sinzf
        let shs = sh2 * f2 + sh3 * f3
        zm = zmol + znl * t
        zf = zm + 2.0 * zel * SGP4Math.sinCos(zm).sin
        zfSinCos = SGP4Math.sinCos(zf)
        sinzf = zfSinCos.sin
        f2 = 0.5 * sinzf * sinzf - 0.25
        f3 = -0.5 * sinzf * zfSinCos.cos
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
        let (sinip, cosip) = SGP4Math.sinCos(m.inclination)
        if m.inclination >= 0.2 {
            ph /= sinip
            pgh -= cosip * ph
            m.argumentOfPerigee += pgh
            m.node += ph
            m.meanAnomaly += pl
        } else {
            Self.lyddane(node: &m.node, argumentOfPerigee: &m.argumentOfPerigee, meanAnomaly: &m.meanAnomaly,
                         sinip: sinip, cosip: cosip, ph: ph, pgh: pgh, pl: pl, pinc: pinc)
        }
    }

    /// The periodics of node, argument of perigee and mean anomaly (rad) below 0.2 rad of
    /// inclination (Lyddane's modification): the node is perturbed through the direction
    /// cosines. `ph`, `pgh`, `pl`, `pinc` are the summed lunar–solar periodics (rad).
    @inline(__always)
    static func lyddane(node: inout Double, argumentOfPerigee: inout Double, meanAnomaly: inout Double,
                        sinip: Double, cosip: Double, ph: Double, pgh: Double, pl: Double, pinc: Double) {
        let twoPi = 2.0 * Double.pi
        let (sinop, cosop) = SGP4Math.sinCos(node)
        var alfdp = sinip * sinop
        var betdp = sinip * cosop
        let dalf = ph * cosop + pinc * cosip * sinop
        let dbet = -ph * sinop + pinc * cosip * cosop
        alfdp += dalf
        betdp += dbet
        node = node.truncatingRemainder(dividingBy: twoPi)
        var xls = meanAnomaly + argumentOfPerigee + cosip * node
        let dls = pl + pgh - pinc * node * sinip
        xls += dls
        let xnoh = node
        node = atan2(alfdp, betdp)
        if abs(xnoh - node) > Double.pi {
            if node < xnoh { node += twoPi } else { node -= twoPi }
        }
        meanAnomaly += pl
        argumentOfPerigee = xls - meanAnomaly - cosip * node
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

    /// True when a propagation to `t` minutes of the orbit whose resonance key is `key`
    /// continues from this cache (same orbit, same side of epoch, not before the cached
    /// step); false when it restarts from epoch.
    @inline(__always)
    package func continues(to t: Double, key: Double) -> Bool {
        key == self.key && atime != 0 && t * atime > 0 && abs(t) >= abs(atime)
    }

    /// Integrator steps (720 min each) a propagation to `t` minutes costs from this cache:
    /// the work measure of the resonance integrator, for tests that bound it.
    package func steps(to t: Double, key: Double) -> Double {
        let from = continues(to: t, key: key) ? atime : 0
        return (abs(t - from) / 720).rounded(.down)
    }

    init(key: Double, atime: Double, xli: Double, xni: Double) {
        self.key = key
        self.atime = atime
        self.xli = xli
        self.xni = xni
    }
}
