import Foundation

/// Small trigonometric helpers of the SGP4 hot path: they replace sin/cos/atan2 calls on
/// angles that differ from an angle whose sine and cosine are already known by a small
/// amount, by a rotation through that amount (Taylor series, exact to rounding).
enum SGP4Math {
    /// Largest |δ| handled by the series; larger steps use `sin`/`cos` directly.
    /// At 0.05 rad the first omitted terms (δ¹¹/11!, δ¹²/12!) are below 1e-22.
    static let smallAngleLimit = 0.05

    /// sin δ and cos δ for |δ| ≤ `smallAngleLimit` (δ in radians) by their Taylor series,
    /// evaluated in Estrin's form: the pairs of terms are independent, so the dependency chain
    /// is about half as long as Horner's (the lane version repeats these operations exactly).
    @inline(__always)
    static func smallSinCos(_ d: Double) -> (sin: Double, cos: Double) {
        // Coefficients ±1/n! folded at compile time: no division at run time.
        let d2 = d * d
        let d4 = d2 * d2
        let s01 = -1.0 / 6 + d2 * (1.0 / 120)
        let s23 = -1.0 / 5040 + d2 * (1.0 / 362_880)
        let s = d + (d * d2) * (s01 + d4 * (s23 + d4 * (-1.0 / 39_916_800)))
        let c01 = 1.0 / 24 + d2 * (-1.0 / 720)
        let c23 = 1.0 / 40_320 + d2 * (-1.0 / 3_628_800)
        let c = (1 - 0.5 * d2) + d4 * (c01 + d4 * (c23 + d4 * (1.0 / 479_001_600)))
        return (s, c)
    }

    /// sin(a + δ) and cos(a + δ) from sin a and cos a; `a + δ` itself (through `sinCos`)
    /// is used only when |δ| exceeds `smallAngleLimit`.
    @inline(__always)
    static func rotate(sin s: Double, cos c: Double, by d: Double,
                       angle: @autoclosure () -> Double) -> (sin: Double, cos: Double) {
        guard abs(d) <= smallAngleLimit else {
            return sinCos(angle())
        }
        let r = smallSinCos(d)
        return (s * r.cos + c * r.sin, c * r.cos - s * r.sin)
    }
}

extension SGP4Math {
    /// Largest |x| the inline `sinCos` reduces itself; beyond it glibc's sin and cos are used.
    static let reductionLimit = 1.0e5

    /// sin x and cos x together: one Cody–Waite reduction by π/2 (π/2 split in three parts,
    /// fdlibm's constants: k·part1 is exact for |k| < 2²⁰) and fdlibm's minimax kernels on
    /// [−π/4, π/4] (Sun Microsystems' __kernel_sin/__kernel_cos coefficients). Absolute
    /// error below 3e-16 over |x| ≤ 1e5, about twice as fast as two libm calls.
    @inline(__always)
    static func sinCos(_ x: Double) -> (sin: Double, cos: Double) {
        guard abs(x) <= reductionLimit else { return (Foundation.sin(x), Foundation.cos(x)) }
        // Round to nearest by adding and removing 1.5·2⁵² (exact for |q| < 2⁵¹): baseline
        // x86-64 has no SSE4.1 round instruction, and `rounded()` would be a libm call.
        let shifter = 6_755_399_441_055_744.0
        let k = (x * (2.0 / Double.pi) + shifter) - shifter
        let pio2Part1 = 1.57079632673412561417e+00
        let pio2Part2 = 6.07710050630396597660e-11
        let pio2Part3 = 2.02226624879595063154e-21
        let r = ((x - k * pio2Part1) - k * pio2Part2) - k * pio2Part3
        let z = r * r
        let z2 = z * z
        // Estrin's form (pairs of terms first), as `smallSinCos`.
        let s01 = -1.66666666666666324348e-01 + z * 8.33333333332248946124e-03
        let s23 = -1.98412698298579493134e-04 + z * 2.75573137070700676789e-06
        let s45 = -2.50507602534068634195e-08 + z * 1.58969099521155010221e-10
        let s = r + (r * z) * (s01 + z2 * (s23 + z2 * s45))
        let c01 = 4.16666666666666019037e-02 + z * -1.38888888888741095749e-03
        let c23 = 2.48015872894767294178e-05 + z * -2.75573143513906633035e-07
        let c45 = 2.08757232129817482790e-09 + z * -1.13596475577881948265e-11
        let c = (1.0 - 0.5 * z) + z2 * (c01 + z2 * (c23 + z2 * c45))
        switch Int(k) & 3 {
        case 0: return (s, c)
        case 1: return (c, -s)
        case 2: return (-s, -c)
        default: return (-c, s)
        }
    }
}

/// `WGS72`'s derived constants as literals: a computed `static let` is initialised lazily
/// and every read in the hot path goes through `swift_once`; literals are folded in.
/// `EphemerisGridTests.hotPathConstantsEqualWGS72` checks they are bit-identical.
enum SGP4HotConstants {
    /// `WGS72.xke`.
    static let xke = 0.07436691613317342
    /// 1 / xke.
    static let inverseXke = 13.446839696959309
    /// `WGS72.j3OverJ2`.
    static let j3OverJ2 = -0.002345069720011528
    /// `WGS72.kmPerSecondPerUnit`.
    static let kmPerSecondPerUnit = 7.905370510517634
}
