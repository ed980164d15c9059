import Foundation

/// A formation cluster (the Project Suncatcher design): `members` satellites flying
/// around a circular reference orbit, placed by offsets in its Hill (radial, in-track,
/// cross-track; RIC/LVLH) frame.
///
/// Relative-motion design: the Clohessy–Wiltshire (Hill) equations about a circular
/// orbit of mean motion n have the bounded solution
///
///     x(t) = ρ/2 · sin(nt + α),  y(t) = ρ · cos(nt + α),  z(t) = (√3/2) ρ · sin(nt + α)
///
/// (x radial, y in-track, z cross-track). Its distance to the origin is ρ at every t, and
/// it lies in the fixed plane spanned by e₁ = (1/2, 0, √3/2) and e₂ = (0, 1, 0): the
/// relative orbit is a circle of radius ρ in that plane, run once per orbit. So a whole
/// planar pattern laid out in the (e₁, e₂) plane turns rigidly once per orbit, and every
/// pairwise distance stays what it was at the epoch (to first order in ρ/a). A member at
/// pattern coordinates (p, q) — position p e₁ + q e₂ — starts with
///
///     x₀ = p/2,  y₀ = q,  z₀ = (√3/2) p,  ẋ₀ = n q/2,  ẏ₀ = −n p,  ż₀ = (√3/2) n q
///
/// which meets the no-drift condition ẏ₀ = −2 n x₀. Each member's inertial state is
/// turned into elements and its semi-major axis set to the reference's (equal periods, so
/// no secular in-track drift); the members then fly the engine's J2 model. J2 is not in
/// the Hill equations: the small differential nodal and along-track drift of members with
/// different inclinations shears the pattern by tens of metres per day at 650 km (see the
/// README), which is what the MIN_SEPARATION alarm watches.
///
/// The pattern is a square grid of `spacingM` centred on the reference orbit (the member
/// at the centre flies it): 81 members make a 9 × 9 grid; at 150 m spacing the farthest
/// member is 849 m from the centre.
public struct ClusterFormation: Sendable, Hashable {
    public var members: Int
    /// Distance between grid neighbours, m.
    public var spacingM: Double

    public init(members: Int, spacingM: Double) {
        precondition(members >= 1 && spacingM > 0, "a cluster needs members and a positive spacing")
        self.members = members
        self.spacingM = spacingM
    }

    /// Grid columns (and rows): ⌈√members⌉.
    public var columns: Int {
        var c = 1
        while c * c < members { c += 1 }
        return c
    }

    /// Pattern coordinates (p, q) of member `k`, m: row-major on the grid, centred.
    public func patternOffsetM(_ k: Int) -> (p: Double, q: Double) {
        let c = columns
        let rows = (members + c - 1) / c
        let row = k / c, column = k % c
        return ((Double(row) - Double(rows - 1) / 2) * spacingM, (Double(column) - Double(c - 1) / 2) * spacingM)
    }

    /// Hill-frame position (m) and velocity (m/s) of member `k` at the epoch, about a
    /// reference orbit of mean motion `n` (rad/s): (radial, in-track, cross-track).
    public func hillState(_ k: Int, meanMotionRadPerS n: Double) -> (positionM: SIMD3<Double>, velocityMS: SIMD3<Double>) {
        let (p, q) = patternOffsetM(k)
        let s3 = 3.0.squareRoot() / 2
        return (SIMD3(p / 2, q, s3 * p), SIMD3(n * q / 2, -n * p, s3 * n * q))
    }

    /// The mean elements of member `k` about the circular `reference` (e = 0): its
    /// inertial state (reference state plus the Hill offset, with the frame's rotation
    /// n × ρ added to the velocity) as two-body elements, with the reference's semi-major
    /// axis. Nil only for a degenerate state (never for offsets far below the radius).
    public func memberElements(_ k: Int, reference: OrbitalElements) -> OrbitalElements? {
        let a = reference.semiMajorAxisKm
        let n = reference.keplerianMeanMotionRadPerS
        let u = reference.argumentOfPerigeeRad + reference.meanAnomalyRad
        let (cO, sO) = (cos(reference.raanRad), sin(reference.raanRad))
        let (ci, si) = (cos(reference.inclinationRad), sin(reference.inclinationRad))
        let (cu, su) = (cos(u), sin(u))
        let radial = SIMD3(cO * cu - sO * su * ci, sO * cu + cO * su * ci, su * si)
        let normal = SIMD3(sO * si, -cO * si, ci)
        let inTrack = cross(normal, radial)
        let r = radial * a, v = inTrack * (n * a)
        let (rho, rhoDot) = hillState(k, meanMotionRadPerS: n)
        let offsetKm = (radial * rho.x + inTrack * rho.y + normal * rho.z) / 1000
        let rateKmS = (radial * rhoDot.x + inTrack * rhoDot.y + normal * rhoDot.z) / 1000
        let velocityKmS = v + rateKmS + cross(normal * n, offsetKm)
        guard var elements = OrbitalElements(positionKm: r + offsetKm, velocityKmS: velocityKmS) else { return nil }
        elements.semiMajorAxisKm = a
        return elements
    }
}

private func cross(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> SIMD3<Double> {
    SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
}
