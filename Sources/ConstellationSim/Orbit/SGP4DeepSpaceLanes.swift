/// The per-satellite constants of four deep-space (SDP4, period ≥ 225 min) `SGP4Record`s,
/// one satellite per lane: what `SGP4DeepSpaceKernel` reads. Plain numbers only (the
/// resonance terms are copied out of the records' `DeepSpaceTerms`), so the hot loop
/// never retains or releases anything.
struct SGP4DeepSpaceLanes: Sendable {
    var epochDay, epochFraction: SGP4Lanes
    // Mean elements at epoch and secular rates (as `SGP4Record`).
    var mo, mdot, argpo, argpdot, nodeo, nodedot, nodecf: SGP4Lanes
    var cc1, bstarCc4, t2cof, ecco, inclo, noUnkozai: SGP4Lanes
    /// (xke / n₀)^(2/3), Earth radii: the drag-free semi-major axis while n stays n₀.
    var semiMajorAxisBase: SGP4Lanes
    // Lunar–solar secular rates, per minute.
    var dedt, didt, domdt, dnodt, dmdt: SGP4Lanes
    // Lunar–solar periodic coefficients and the Sun's and Moon's mean anomalies at epoch.
    var zmos, zmol: SGP4Lanes
    var se2, se3, si2, si3, sl2, sl3, sl4, sgh2, sgh3, sgh4, sh2, sh3: SGP4Lanes
    var ee2, e3, xi2, xi3, xl2, xl3, xl4, xgh2, xgh3, xgh4, xh2, xh3: SGP4Lanes
    /// Resonance terms of the lanes (none on padding lanes).
    var resonance: SGP4ResonanceLanes

    /// Lanes from one deep-space record per lane; lanes outside `live` are padding (their results
    /// are computed but never stored, so they skip the resonance integrator).
    /// Returns nil when a record is near-Earth.
    init?(_ r: [SGP4Record], live: SGP4LaneMask) {
        let terms = r.compactMap(\.deepSpace)
        guard r.count == SGP4Lanes.scalarCount, terms.count == r.count else { return nil }
        func lanes(_ f: (SGP4Record) -> Double) -> SGP4Lanes { SGP4Lanes(r.map(f)) }
        func deep(_ f: (DeepSpaceTerms) -> Double) -> SGP4Lanes { SGP4Lanes(terms.map(f)) }
        epochDay = lanes { $0.epoch.day }
        epochFraction = lanes { $0.epoch.fraction }
        mo = lanes { $0.mo }
        mdot = lanes { $0.mdot }
        argpo = lanes { $0.argpo }
        argpdot = lanes { $0.argpdot }
        nodeo = lanes { $0.nodeo }
        nodedot = lanes { $0.nodedot }
        nodecf = lanes { $0.nodecf }
        cc1 = lanes { $0.cc1 }
        // The scalar path evaluates `bstar * cc4 * t` left to right: the product is the same.
        bstarCc4 = lanes { $0.bstar * $0.cc4 }
        t2cof = lanes { $0.t2cof }
        ecco = lanes { $0.ecco }
        inclo = lanes { $0.inclo }
        noUnkozai = lanes { $0.noUnkozai }
        semiMajorAxisBase = lanes { $0.semiMajorAxisBase }
        dedt = deep { $0.dedt }
        didt = deep { $0.didt }
        domdt = deep { $0.domdt }
        dnodt = deep { $0.dnodt }
        dmdt = deep { $0.dmdt }
        zmos = deep { $0.zmos }
        zmol = deep { $0.zmol }
        (se2, se3, si2, si3) = (deep { $0.se2 }, deep { $0.se3 }, deep { $0.si2 }, deep { $0.si3 })
        (sl2, sl3, sl4) = (deep { $0.sl2 }, deep { $0.sl3 }, deep { $0.sl4 })
        (sgh2, sgh3, sgh4, sh2, sh3) = (deep { $0.sgh2 }, deep { $0.sgh3 }, deep { $0.sgh4 }, deep { $0.sh2 },
                                        deep { $0.sh3 })
        (ee2, e3, xi2, xi3) = (deep { $0.ee2 }, deep { $0.e3 }, deep { $0.xi2 }, deep { $0.xi3 })
        (xl2, xl3, xl4) = (deep { $0.xl2 }, deep { $0.xl3 }, deep { $0.xl4 })
        (xgh2, xgh3, xgh4, xh2, xh3) = (deep { $0.xgh2 }, deep { $0.xgh3 }, deep { $0.xgh4 }, deep { $0.xh2 },
                                        deep { $0.xh3 })
        resonance = SGP4ResonanceLanes(terms.map(\.resonant), live: live)
    }
}
