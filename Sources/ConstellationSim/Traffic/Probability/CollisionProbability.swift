import Foundation

/// How a probability of collision is computed.
public enum PcMethod: String, Sendable, Hashable, CaseIterable {
    /// Foster & Estes (1992): the 2-D Gaussian integrated numerically over the
    /// hard-body disc in the encounter plane.
    case foster
    /// Chan (1997, 2008): the analytic series for the equivalent isotropic case.
    case chan
}

/// Probability of collision of a short-term encounter, with a circular hard body.
public enum CollisionProbability {
    /// Pc over the disc of radius `hardBodyRadius` (same unit as the plane).
    public static func probability(_ plane: EncounterPlane, hardBodyRadius: Double, method: PcMethod = .foster) -> Double {
        switch method {
        case .foster: return foster(plane, hardBodyRadius: hardBodyRadius)
        case .chan: return chan(plane, hardBodyRadius: hardBodyRadius)
        }
    }

    /// Pc of two objects from their inertial states and their RTN position covariances
    /// (km and km/s, covariances km²; `hardBodyRadiusKm` is the combined radius). Nil when
    /// the encounter has no plane (zero relative velocity) or a covariance is degenerate.
    public static func probability(_ a: TEMEState, rtnCovarianceKm2 covA: Matrix3,
                                   _ b: TEMEState, rtnCovarianceKm2 covB: Matrix3,
                                   hardBodyRadiusKm: Double, method: PcMethod = .foster) -> Double? {
        guard let plane = encounterPlane(a, rtnCovariance: covA, b, rtnCovariance: covB) else { return nil }
        return probability(plane, hardBodyRadius: hardBodyRadiusKm, method: method)
    }

    /// The encounter plane of two states with RTN covariances (any consistent units).
    public static func encounterPlane(_ a: TEMEState, rtnCovariance covA: Matrix3,
                                      _ b: TEMEState, rtnCovariance covB: Matrix3) -> EncounterPlane? {
        guard let frameA = RTNFrame(positionKm: a.positionKm, velocityKmPerS: a.velocityKmPerS),
              let frameB = RTNFrame(positionKm: b.positionKm, velocityKmPerS: b.velocityKmPerS) else { return nil }
        let combined = frameA.inertialCovariance(covA) + frameB.inertialCovariance(covB)
        return EncounterPlane(relativePosition: a.positionKm - b.positionKm,
                              relativeVelocity: a.velocityKmPerS - b.velocityKmPerS, combinedCovariance: combined)
    }

    // MARK: Foster

    /// Foster's 2-D integral. The outer integral runs along the major axis, with
    /// x = R sin θ so the disc's edge brings no square-root singularity; the inner one
    /// along the minor axis is exact (error functions). Adaptive Simpson to 1e-10 relative.
    public static func foster(_ plane: EncounterPlane, hardBodyRadius radius: Double) -> Double {
        guard radius > 0 else { return 0 }
        let (m1, m2, s1, s2) = (plane.missMajor, plane.missMinor, plane.sigmaMajor, plane.sigmaMinor)
        let norm = 1.0 / (s1 * (2.0 * Double.pi).squareRoot())
        func integrand(_ theta: Double) -> Double {
            let x = radius * sin(theta), h = radius * cos(theta)
            let dx = (x - m1) / s1
            let outer = norm * exp(-0.5 * dx * dx)
            guard outer > 0 else { return 0 }
            return h * outer * normalMass(from: (m2 - h) / s2, to: (m2 + h) / s2)
        }
        // 64 panels, each refined adaptively: a narrow Gaussian cannot fall between samples.
        let panels = 64
        let width = Double.pi / Double(panels)
        var total = 0.0
        var coarse = [Double]()
        coarse.reserveCapacity(panels)
        for k in 0..<panels {
            let a = -0.5 * Double.pi + Double(k) * width
            let (fa, fm, fb) = (integrand(a), integrand(a + 0.5 * width), integrand(a + width))
            coarse.append(width / 6 * (fa + 4 * fm + fb))
        }
        let scale = max(coarse.reduce(0, +), .leastNormalMagnitude)
        for k in 0..<panels {
            let a = -0.5 * Double.pi + Double(k) * width
            total += adaptiveSimpson(integrand, a, a + width, whole: coarse[k], tolerance: 1e-12 * scale, depth: 40)
        }
        return min(max(total, 0), 1)
    }

    /// Φ(b) − Φ(a) for the standard normal, without cancellation in either tail.
    static func normalMass(from a: Double, to b: Double) -> Double {
        let s = 1.0 / 2.0.squareRoot()
        if a > 0 { return 0.5 * (erfc(a * s) - erfc(b * s)) }
        if b < 0 { return 0.5 * (erfc(-b * s) - erfc(-a * s)) }
        return 1 - 0.5 * (erfc(-a * s) + erfc(b * s))
    }

    private static func adaptiveSimpson(_ f: (Double) -> Double, _ a: Double, _ b: Double, whole: Double,
                                        tolerance: Double, depth: Int) -> Double {
        let m = 0.5 * (a + b), lm = 0.5 * (a + m), rm = 0.5 * (m + b)
        let (fa, flm, fm, frm, fb) = (f(a), f(lm), f(m), f(rm), f(b))
        let left = (m - a) / 6 * (fa + 4 * flm + fm)
        let right = (b - m) / 6 * (fm + 4 * frm + fb)
        let delta = left + right - whole
        if depth <= 0 || abs(delta) <= 15 * tolerance { return left + right + delta / 15 }
        return adaptiveSimpson(f, a, m, whole: left, tolerance: 0.5 * tolerance, depth: depth - 1)
            + adaptiveSimpson(f, m, b, whole: right, tolerance: 0.5 * tolerance, depth: depth - 1)
    }

    // MARK: Chan

    /// Chan's series (Chan 2008, eq. 5.27): with u = R²/(σ₁σ₂) and v = m₁²/σ₁² + m₂²/σ₂²,
    /// Pc = Σₘ e^(−v/2) (v/2)ᵐ/m! · [1 − e^(−u/2) Σₖ≤ₘ (u/2)ᵏ/k!],
    /// summed until the Poisson weights of v/2 are exhausted.
    public static func chan(_ plane: EncounterPlane, hardBodyRadius radius: Double) -> Double {
        guard radius > 0 else { return 0 }
        let u = radius * radius / (plane.sigmaMajor * plane.sigmaMinor)
        let v = plane.missMajor * plane.missMajor / (plane.sigmaMajor * plane.sigmaMajor)
            + plane.missMinor * plane.missMinor / (plane.sigmaMinor * plane.sigmaMinor)
        let halfU = 0.5 * u, halfV = 0.5 * v
        var weightV = exp(-halfV)   // e^(−v/2)(v/2)^m/m!
        guard weightV > 0 else { return 0 }  // miss beyond ~38σ: Pc under 1e-300
        var weightU = exp(-halfU)   // e^(−u/2)(u/2)^m/m!
        var cumulativeU = weightU   // Σ_{k≤m}
        var total = 0.0
        var consumed = weightV
        var m = 0
        while m < 100_000 {
            total += weightV * max(0, 1 - cumulativeU)
            m += 1
            weightV *= halfV / Double(m)
            weightU *= halfU / Double(m)
            cumulativeU += weightU
            consumed += weightV
            if Double(m) > halfV && (weightV < 1e-18 * max(total, 1e-300) || 1 - consumed < 1e-16 || weightV == 0) { break }
        }
        return min(max(total, 0), 1)
    }
}
