/// The geometry coefficients of one perturbing body (Sun or Moon) on the orbit, the
/// `z`, `s` and `x` quantities of the `dscom` step (Hoots & Roehrich 1980, SDP4).
struct LunarSolarTerms {
    var s1, s2, s3, s4, s5, s6, s7: Double
    var z1, z2, z3, z11, z12, z13, z21, z22, z23, z31, z32, z33: Double

    /// - Parameters: direction cosines of the body's orbit (`zcosg`…`zsinh`), its
    ///   strength `cc`, the inverse mean motion `xnoi`, and the satellite's
    ///   inclination, argument of perigee and eccentricity terms.
    init(zcosg: Double, zsing: Double, zcosi: Double, zsini: Double, zcosh: Double, zsinh: Double,
         cc: Double, xnoi: Double, cosim: Double, sinim: Double, cosomm: Double, sinomm: Double,
         em: Double, emsq: Double, betasq: Double, rtemsq: Double) {
        let a1 = zcosg * zcosh + zsing * zcosi * zsinh
        let a3 = -zsing * zcosh + zcosg * zcosi * zsinh
        let a7 = -zcosg * zsinh + zsing * zcosi * zcosh
        let a8 = zsing * zsini
        let a9 = zsing * zsinh + zcosg * zcosi * zcosh
        let a10 = zcosg * zsini
        let a2 = cosim * a7 + sinim * a8
        let a4 = cosim * a9 + sinim * a10
        let a5 = -sinim * a7 + cosim * a8
        let a6 = -sinim * a9 + cosim * a10

        let x1 = a1 * cosomm + a2 * sinomm
        let x2 = a3 * cosomm + a4 * sinomm
        let x3 = -a1 * sinomm + a2 * cosomm
        let x4 = -a3 * sinomm + a4 * cosomm
        let x5 = a5 * sinomm
        let x6 = a6 * sinomm
        let x7 = a5 * cosomm
        let x8 = a6 * cosomm

        z31 = 12.0 * x1 * x1 - 3.0 * x3 * x3
        z32 = 24.0 * x1 * x2 - 6.0 * x3 * x4
        z33 = 12.0 * x2 * x2 - 3.0 * x4 * x4
        var z1 = 3.0 * (a1 * a1 + a2 * a2) + z31 * emsq
        var z2 = 6.0 * (a1 * a3 + a2 * a4) + z32 * emsq
        var z3 = 3.0 * (a3 * a3 + a4 * a4) + z33 * emsq
        z11 = -6.0 * a1 * a5 + emsq * (-24.0 * x1 * x7 - 6.0 * x3 * x5)
        z12 = -6.0 * (a1 * a6 + a3 * a5)
            + emsq * (-24.0 * (x2 * x7 + x1 * x8) - 6.0 * (x3 * x6 + x4 * x5))
        z13 = -6.0 * a3 * a6 + emsq * (-24.0 * x2 * x8 - 6.0 * x4 * x6)
        z21 = 6.0 * a2 * a5 + emsq * (24.0 * x1 * x5 - 6.0 * x3 * x7)
        z22 = 6.0 * (a4 * a5 + a2 * a6)
            + emsq * (24.0 * (x2 * x5 + x1 * x6) - 6.0 * (x4 * x7 + x3 * x8))
        z23 = 6.0 * a4 * a6 + emsq * (24.0 * x2 * x6 - 6.0 * x4 * x8)
        z1 = z1 + z1 + betasq * z31
        z2 = z2 + z2 + betasq * z32
        z3 = z3 + z3 + betasq * z33
        self.z1 = z1
        self.z2 = z2
        self.z3 = z3

        s3 = cc * xnoi
        s2 = -0.5 * s3 / rtemsq
        s4 = s3 * rtemsq
        s1 = -15.0 * em * s4
        s5 = x1 * x3 + x2 * x4
        s6 = x2 * x3 + x1 * x4
        s7 = x2 * x4 - x1 * x3
    }
}
