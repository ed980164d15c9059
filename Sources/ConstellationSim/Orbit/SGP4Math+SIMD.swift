import Foundation

/// Four lanes of doubles: one satellite per lane in the batch kernels. The kernels are
/// written for any width; eight lanes (`SIMD8`) measured 2.3× slower on baseline x86-64
/// (SSE2: the eight-lane values no longer fit the sixteen registers), so four it is.
typealias SGP4Lanes = SIMD4<Double>
/// Per-lane flags of `SGP4Lanes`.
typealias SGP4LaneMask = SIMDMask<SIMD4<Int64>>
/// Per-lane bit patterns of `SGP4Lanes`.
typealias SGP4LaneBits = SIMD4<UInt64>
/// Per-lane output slots of a group (−1 for padding lanes).
typealias SGP4LaneSlots = SIMD4<Int>

/// Four-lane versions of `SGP4Math`'s helpers and `reduceAngle`. Every lane performs the
/// same IEEE operations in the same order as the scalar helper, so each lane's result is
/// bit-identical to the scalar one (baseline x86-64 and arm64 do not contract to FMA).
enum SGP4VectorMath {
    /// `SGP4Math.smallSinCos` per lane.
    @inline(__always)
    static func smallSinCos(_ d: SGP4Lanes) -> (sin: SGP4Lanes, cos: SGP4Lanes) {
        // Estrin's form, operation for operation as the scalar helper.
        let d2 = d * d
        let d4 = d2 * d2
        let s01: SGP4Lanes = -1.0 / 6 + d2 * (1.0 / 120)
        let s23: SGP4Lanes = -1.0 / 5040 + d2 * (1.0 / 362_880)
        let s: SGP4Lanes = d + (d * d2) * (s01 + d4 * (s23 + d4 * (-1.0 / 39_916_800)))
        let c01: SGP4Lanes = 1.0 / 24 + d2 * (-1.0 / 720)
        let c23: SGP4Lanes = 1.0 / 40_320 + d2 * (-1.0 / 3_628_800)
        let c: SGP4Lanes = (1 - 0.5 * d2) + d4 * (c01 + d4 * (c23 + d4 * (1.0 / 479_001_600)))
        return (s, c)
    }

    /// `SGP4Math.rotate` per lane; lanes in `skip` are left to the caller (their result is unspecified).
    /// When a lane's |δ| exceeds `SGP4Math.smallAngleLimit`, `angle()` (a + δ of every lane) goes
    /// through the four-lane `sinCos`, like the scalar path's `SGP4Math.sinCos`.
    @inline(__always)
    static func rotate(sin s: SGP4Lanes, cos c: SGP4Lanes, by d: SGP4Lanes, skip: SGP4LaneMask,
                       angle: () -> SGP4Lanes) -> (sin: SGP4Lanes, cos: SGP4Lanes) {
        let r = smallSinCos(d)
        var rs: SGP4Lanes = s * r.cos + c * r.sin
        var rc: SGP4Lanes = c * r.cos - s * r.sin
        let limit = SGP4Lanes(repeating: SGP4Math.smallAngleLimit)
        let large = .!((d .<= limit) .& (d .>= -limit)) .& .!skip
        if any(large) {
            let direct = sinCos(angle())
            rs.replace(with: direct.sin, where: large)
            rc.replace(with: direct.cos, where: large)
        }
        return (rs, rc)
    }

    /// `SGP4Math.sinCos` per lane (lanes beyond its reduction limit use `sin`/`cos` as it does).
    @inline(__always)
    static func sinCos(_ x: SGP4Lanes) -> (sin: SGP4Lanes, cos: SGP4Lanes) {
        let shifter = SGP4Lanes(repeating: 6_755_399_441_055_744.0)
        let shifted: SGP4Lanes = x * (2.0 / Double.pi) + shifter
        let k = shifted - shifter
        let r1: SGP4Lanes = x - k * 1.57079632673412561417e+00
        let r2: SGP4Lanes = r1 - k * 6.07710050630396597660e-11
        let r: SGP4Lanes = r2 - k * 2.02226624879595063154e-21
        let z = r * r
        let z2 = z * z
        // Estrin's form, operation for operation as `SGP4Math.sinCos`.
        let s01: SGP4Lanes = -1.66666666666666324348e-01 + z * 8.33333333332248946124e-03
        let s23: SGP4Lanes = -1.98412698298579493134e-04 + z * 2.75573137070700676789e-06
        let s45: SGP4Lanes = -2.50507602534068634195e-08 + z * 1.58969099521155010221e-10
        let s: SGP4Lanes = r + (r * z) * (s01 + z2 * (s23 + z2 * s45))
        let c01: SGP4Lanes = 4.16666666666666019037e-02 + z * -1.38888888888741095749e-03
        let c23: SGP4Lanes = 2.48015872894767294178e-05 + z * -2.75573143513906633035e-07
        let c45: SGP4Lanes = 2.08757232129817482790e-09 + z * -1.13596475577881948265e-11
        let c: SGP4Lanes = (1.0 - 0.5 * z) + z2 * (c01 + z2 * (c23 + z2 * c45))
        // shifted = 1.5·2⁵² + k with an ulp of 1: its low mantissa bits are k mod 4.
        let quadrant = unsafeBitCast(shifted, to: SGP4LaneBits.self) & 3
        let swap = (quadrant & 1) .!= 0
        var sinOut = s.replacing(with: c, where: swap)
        var cosOut = c.replacing(with: s, where: swap)
        sinOut.replace(with: -sinOut, where: (quadrant & 2) .!= 0)
        cosOut.replace(with: -cosOut, where: ((quadrant &+ 1) & 2) .!= 0)
        let reductionLimit = SGP4Lanes(repeating: SGP4Math.reductionLimit)
        let wide = .!((x .<= reductionLimit) .& (x .>= -reductionLimit))
        if any(wide) { wideSinCos(x, wide, &sinOut, &cosOut) }
        return (sinOut, cosOut)
    }

    /// glibc's sin and cos for the lanes of `wide` (beyond the inline reduction), out of line
    /// so that `sinCos` stays small enough to inline.
    @inline(never)
    static func wideSinCos(_ x: SGP4Lanes, _ wide: SGP4LaneMask, _ sinOut: inout SGP4Lanes, _ cosOut: inout SGP4Lanes) {
        for lane in 0..<SGP4Lanes.scalarCount where wide[lane] {
            sinOut[lane] = Foundation.sin(x[lane])
            cosOut[lane] = Foundation.cos(x[lane])
        }
    }

    /// `reduceAngle` per lane: truncation by the 1.5·2⁵² shift (exact for |turns| < 2⁵¹)
    /// corrected towards zero; wider lanes use the scalar function.
    @inline(__always)
    static func reduceAngle(_ x: SGP4Lanes) -> SGP4Lanes {
        let twoPi = 2.0 * Double.pi
        let turns = x * (1.0 / twoPi)
        let shifter = SGP4Lanes(repeating: 6_755_399_441_055_744.0)
        var whole = (turns + shifter) - shifter
        let one = SGP4Lanes(repeating: 1)
        whole.replace(with: whole - one, where: (whole .> turns) .& (turns .>= 0))
        whole.replace(with: whole + one, where: (whole .< turns) .& (turns .< 0))
        var reduced: SGP4Lanes = x - whole * twoPi
        let exactLimit = SGP4Lanes(repeating: 2.0e15)
        let wide = .!((turns .< exactLimit) .& (turns .> -exactLimit))
        if any(wide) {
            for lane in 0..<SGP4Lanes.scalarCount where wide[lane] { reduced[lane] = ConstellationSim.reduceAngle(x[lane]) }
        }
        return reduced
    }

    /// Minutes from each lane's epoch (`day` + `fraction`, as `JulianDate`) to `time`, as
    /// `SGP4Record.minutesSinceEpoch`. Takes the two epoch lanes rather than a whole group so
    /// that callers read them in place.
    @inline(__always)
    static func minutes(since day: SGP4Lanes, _ fraction: SGP4Lanes, to time: JulianDate) -> SGP4Lanes {
        ((SGP4Lanes(repeating: time.day) - day) + (SGP4Lanes(repeating: time.fraction) - fraction)) * 1440.0
    }

    /// |x| per lane (the sign bit cleared, as `abs` does).
    @inline(__always)
    static func magnitude(_ x: SGP4Lanes) -> SGP4Lanes {
        unsafeBitCast(unsafeBitCast(x, to: SGP4LaneBits.self) & 0x7FFF_FFFF_FFFF_FFFF, to: SGP4Lanes.self)
    }
}
