/// The per-satellite constants of four near-Earth `SGP4Record`s, one satellite per lane
/// (structure of arrays within a group): what `SGP4NearEarthKernel` reads. Plain
/// numbers only, no references, so the hot loop never retains or releases anything.
struct SGP4NearEarthLanes: Sendable {
    var epochDay, epochFraction: SGP4Lanes
    var mo, mdot, argpo, argpdot, nodeo, nodedot, nodecf: SGP4Lanes
    var cc1, bstarCc4, bstarCc5, t2cof, omgcof, eta, xmcof, delmo, sinmao: SGP4Lanes
    var d2, d3, d4, t3cof, t4cof, t5cof: SGP4Lanes
    var semiMajorAxisBase, ecco, noUnkozai, inclo, sinio, cosio: SGP4Lanes
    var aycof, xlcof, con41, x1mth2, x7thm1: SGP4Lanes
    /// Lanes whose record drops the higher-order drag terms (`SGP4Record.isSimplified`).
    var simplified: SGP4LaneMask

    /// Lanes from one near-Earth record per lane (`deepSpace == nil`; checked by the caller).
    init(_ r: [SGP4Record]) {
        precondition(r.count == SGP4Lanes.scalarCount, "one record per lane")
        func lanes(_ f: (SGP4Record) -> Double) -> SGP4Lanes { SGP4Lanes(r.map(f)) }
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
        bstarCc5 = lanes { $0.bstar * $0.cc5 }
        t2cof = lanes { $0.t2cof }
        omgcof = lanes { $0.omgcof }
        eta = lanes { $0.eta }
        xmcof = lanes { $0.xmcof }
        delmo = lanes { $0.delmo }
        sinmao = lanes { $0.sinmao }
        d2 = lanes { $0.d2 }
        d3 = lanes { $0.d3 }
        d4 = lanes { $0.d4 }
        t3cof = lanes { $0.t3cof }
        t4cof = lanes { $0.t4cof }
        t5cof = lanes { $0.t5cof }
        semiMajorAxisBase = lanes { $0.semiMajorAxisBase }
        ecco = lanes { $0.ecco }
        noUnkozai = lanes { $0.noUnkozai }
        inclo = lanes { $0.inclo }
        sinio = lanes { $0.sinio }
        cosio = lanes { $0.cosio }
        aycof = lanes { $0.aycof }
        xlcof = lanes { $0.xlcof }
        con41 = lanes { $0.con41 }
        x1mth2 = lanes { $0.x1mth2 }
        x7thm1 = lanes { $0.x7thm1 }
        simplified = SGP4LaneCodes(r.map { $0.isSimplified ? 1 : 0 }) .!= 0
    }
}
