import Foundation

/// Finds the exact closest approaches of one pair inside a time span, on the trajectory
/// source's own single-object states (SGP4 itself for element sets): samples the range
/// rate g(t) = Δr·Δv at the fine steps, and at each sign change from closing to opening
/// solves g(t) = 0 by Newton's method (g' ≈ |Δv|² + Δr·Δa with two-body accelerations),
/// kept inside the bracket by bisection, to 10 µs.
struct ClosestApproachRefiner {
    let source: any TrajectorySource
    let start: JulianDate
    let windowS: Double
    let fineStepS: Double

    /// A local minimum of the separation: time (s from start), separation, both states.
    struct Minimum {
        var timeS: Double
        var missKm: Double
        /// True for the window's first or last instant (the separation was still falling
        /// at the end or already rising at the start): a minimum only for co-orbital pairs.
        var atWindowEdge = false
        var a, b: TEMEState
    }

    /// Minima of the separation of `a` and `b` in [firstStep, lastStep + 1] fine steps
    /// (clipped to the window), in time order.
    func minima(_ a: Int, _ b: Int, firstStep: Int, lastStep: Int) -> [Minimum] {
        var found: [Minimum] = []
        var previous: (t: Double, g: Double)?
        for step in firstStep...(lastStep + 1) {
            let t = min(Double(step) * fineStepS, windowS)
            guard let g = rangeRate(a, b, t) else { previous = nil; continue }
            if let p = previous, p.g < 0, g >= 0, let m = solve(a, b, lo: p.t, hi: t, gLo: p.g, gHi: g) {
                found.append(m)
            }
            if (step == 0 && g >= 0) || (t >= windowS && g < 0), var m = edge(a, b, t) {
                m.atWindowEdge = true
                found.append(m)
            }
            previous = (t, g)
            if t >= windowS { break }
        }
        return found
    }

    /// The separation at a window edge (the end instant itself is excluded from [t0, t1),
    /// so it is taken 1 ms before).
    private func edge(_ a: Int, _ b: Int, _ t: Double) -> Minimum? {
        let at = t >= windowS ? max(0, windowS - 1e-3) : t
        guard let (sa, sb) = states(a, b, at) else { return nil }
        let d = sb.positionKm - sa.positionKm
        return Minimum(timeS: at, missKm: (d * d).sum().squareRoot(), a: sa, b: sb)
    }

    private func states(_ a: Int, _ b: Int, _ t: Double) -> (TEMEState, TEMEState)? {
        let time = start.adding(seconds: t)
        guard let sa = source.state(of: a, at: time), let sb = source.state(of: b, at: time) else { return nil }
        return (sa, sb)
    }

    private func rangeRate(_ a: Int, _ b: Int, _ t: Double) -> Double? {
        guard let (sa, sb) = states(a, b, t) else { return nil }
        return ((sb.positionKm - sa.positionKm) * (sb.velocityKmPerS - sa.velocityKmPerS)).sum()
    }

    private func solve(_ a: Int, _ b: Int, lo: Double, hi: Double, gLo: Double, gHi: Double) -> Minimum? {
        var lo = lo, hi = hi
        var t = gHi - gLo != 0 ? lo + (hi - lo) * (-gLo) / (gHi - gLo) : 0.5 * (lo + hi)
        let mu = WGS72.muKm3PerS2
        for _ in 0..<60 {
            guard let (sa, sb) = states(a, b, t) else { return nil }
            let dr = sb.positionKm - sa.positionKm, dv = sb.velocityKmPerS - sa.velocityKmPerS
            let g = (dr * dv).sum()
            if g < 0 { lo = t } else { hi = t }
            func gravity(_ r: SIMD3<Double>) -> SIMD3<Double> {
                let r2 = (r * r).sum()
                return -mu / (r2 * r2.squareRoot()) * r
            }
            let da = gravity(sb.positionKm) - gravity(sa.positionKm)
            let slope = (dv * dv).sum() + (dr * da).sum()
            var next = slope > 0 ? t - g / slope : 0.5 * (lo + hi)
            if !(next > lo && next < hi) { next = 0.5 * (lo + hi) }
            if abs(next - t) < 1e-5 || hi - lo < 1e-5 {
                guard let (fa, fb) = states(a, b, next) else { return nil }
                let d = fb.positionKm - fa.positionKm
                return Minimum(timeS: next, missKm: (d * d).sum().squareRoot(), a: fa, b: fb)
            }
            t = next
        }
        guard let (fa, fb) = states(a, b, t) else { return nil }
        let d = fb.positionKm - fa.positionKm
        return Minimum(timeS: t, missKm: (d * d).sum().squareRoot(), a: fa, b: fb)
    }
}
