import Foundation

/// A pair of objects whose swept boxes met during one fine step: a candidate that the
/// refiner checks against the exact trajectories.
struct CandidateStep: Sendable, Hashable, Comparable {
    var a: Int32, b: Int32, step: Int32

    static func < (l: CandidateStep, r: CandidateStep) -> Bool {
        (l.a, l.b, l.step) < (r.a, r.b, r.step)
    }
}

/// The coarse sweep of one range of coarse intervals: states every coarse step from the
/// batch source, cubic Hermite interpolation between them, and per fine step a spatial
/// hash of each object's swept box (grown by half the threshold plus bounds on the
/// curve's sag and the interpolation error). Two objects that come within the threshold
/// during a fine step have overlapping boxes, so every such pair is a candidate.
struct ScreeningSweep {
    let source: any TrajectorySource
    let options: ScreeningOptions
    let groups: [UInt8]?
    let start: JulianDate
    let windowS: Double

    /// Candidates of the coarse intervals `intervals`.
    func run(intervals: Range<Int>) -> [CandidateStep] {
        let n = source.count
        let h = options.coarseStepS, s = options.fineStepS
        let finePerCoarse = Int((h / s).rounded())
        var current = TrajectoryBlock(count: n), next = TrajectoryBlock(count: n)
        var coeff = [Double](repeating: 0, count: 12 * n)  // per object: x, y, z × (c0, c1, c2, c3)
        var live = [Bool](repeating: false, count: n)
        var accel = [Double](repeating: 0, count: n)
        var posA = [Double](repeating: 0, count: 3 * n), posB = posA
        var hash = SpatialHash(cellKm: options.cellSizeKm, expectedEntries: 3 * n)
        var out: [CandidateStep] = []
        let halfThreshold = 0.5 * options.thresholdKm
        let mu = WGS72.muKm3PerS2
        guard let first = intervals.first else { return [] }
        source.fill(&current, at: start.adding(seconds: Double(first) * h))
        for k in intervals {
            let t0 = Double(k) * h
            let length = min(h, windowS - t0)
            guard length > 0 else { break }
            source.fill(&next, at: start.adding(seconds: t0 + length))
            // Hermite coefficients on τ ∈ [0, length] seconds.
            for i in 0..<n {
                live[i] = current.isValid(i) && next.isValid(i)
                guard live[i] else { continue }
                let c = current.states, d = next.states
                let p0 = SIMD3(c.xKm[i], c.yKm[i], c.zKm[i]), p1 = SIMD3(d.xKm[i], d.yKm[i], d.zKm[i])
                let v0 = SIMD3(c.vxKmPerS[i], c.vyKmPerS[i], c.vzKmPerS[i])
                let v1 = SIMD3(d.vxKmPerS[i], d.vyKmPerS[i], d.vzKmPerS[i])
                let c2 = (3 * (p1 - p0) / length - 2 * v0 - v1) / length
                let c3 = (2 * (p0 - p1) / length + v0 + v1) / (length * length)
                for axis in 0..<3 {
                    coeff[12 * i + 4 * axis] = p0[axis]
                    coeff[12 * i + 4 * axis + 1] = v0[axis]
                    coeff[12 * i + 4 * axis + 2] = c2[axis]
                    coeff[12 * i + 4 * axis + 3] = c3[axis]
                }
                let rMin = min((p0 * p0).sum(), (p1 * p1).sum()).squareRoot()
                accel[i] = 1.25 * mu / (rMin * rMin) + 1e-5
                if !(rMin < SpatialHash.maxCoordinateKm) { live[i] = false }
            }
            func position(_ i: Int, _ tau: Double, into buffer: inout [Double]) {
                for axis in 0..<3 {
                    let b = 12 * i + 4 * axis
                    buffer[3 * i + axis] = coeff[b] + tau * (coeff[b + 1] + tau * (coeff[b + 2] + tau * coeff[b + 3]))
                }
            }
            for i in 0..<n where live[i] { position(i, 0, into: &posA) }
            var j = 0
            while Double(j) * s < length - 1e-9 {
                let tauB = min(Double(j + 1) * s, length), span = tauB - Double(j) * s
                hash.clear()
                for i in 0..<n where live[i] {
                    position(i, tauB, into: &posB)
                    let a = SIMD3(posA[3 * i], posA[3 * i + 1], posA[3 * i + 2])
                    let b = SIMD3(posB[3 * i], posB[3 * i + 1], posB[3 * i + 2])
                    let grow = halfThreshold + accel[i] * span * span / 8 + options.interpolationMarginKm
                    let g = SIMD3(repeating: grow)
                    hash.insert(i, lo: pointwiseMin(a, b) - g, hi: pointwiseMax(a, b) + g)
                }
                let step = Int32(k * finePerCoarse + j)
                hash.forEachPairInCells { p, q, cellKey in
                    let (i, m) = p < q ? (p, q) : (q, p)
                    if let groups, groups[i] == groups[m] { return }
                    let gi = halfThreshold + accel[i] * span * span / 8 + options.interpolationMarginKm
                    let gm = halfThreshold + accel[m] * span * span / 8 + options.interpolationMarginKm
                    var lower = SIMD3<Double>.zero
                    for axis in 0..<3 {
                        let loI = min(posA[3 * i + axis], posB[3 * i + axis]) - gi
                        let hiI = max(posA[3 * i + axis], posB[3 * i + axis]) + gi
                        let loM = min(posA[3 * m + axis], posB[3 * m + axis]) - gm
                        let hiM = max(posA[3 * m + axis], posB[3 * m + axis]) + gm
                        if loI > hiM || loM > hiI { return }
                        lower[axis] = max(loI, loM)
                    }
                    // Report from one cell only: the one holding the intersection's lower corner.
                    guard SpatialHash.key(hash.cell(lower.x), hash.cell(lower.y), hash.cell(lower.z)) == cellKey else { return }
                    out.append(CandidateStep(a: Int32(i), b: Int32(m), step: step))
                }
                swap(&posA, &posB)
                j += 1
            }
            swap(&current, &next)
        }
        return out
    }
}
