import Foundation

/// The short-term encounter geometry of two objects at their closest approach: the miss
/// vector and the combined position covariance projected on the plane perpendicular to
/// the relative velocity (Foster & Estes 1992; Alfano 2005; Chan 2008, ch. 5).
///
/// Units are whatever the inputs use (km with km², or m with m²), as long as they agree.
public struct EncounterPlane: Sendable, Hashable {
    /// Miss vector along the plane's two principal axes of the combined covariance
    /// (the first has the larger variance).
    public let missMajor, missMinor: Double
    /// Standard deviations along those axes.
    public let sigmaMajor, sigmaMinor: Double

    /// The plane of relative position `r = r₁ − r₂`, relative velocity `v = v₁ − v₂` and
    /// combined inertial covariance `c = C₁ + C₂`. Nil when the relative velocity is zero
    /// (no encounter plane) or the projected covariance is not positive definite.
    public init?(relativePosition r: SIMD3<Double>, relativeVelocity v: SIMD3<Double>, combinedCovariance c: Matrix3) {
        let speed = (v * v).sum().squareRoot()
        guard speed > 0, speed.isFinite else { return nil }
        let y = v / speed
        // ẑ along r × v; when r is (nearly) along v, any unit vector perpendicular to v.
        var z = crossProduct(r, v)
        var zNorm = (z * z).sum().squareRoot()
        if !(zNorm > 1e-12 * speed * max((r * r).sum().squareRoot(), 1e-300)) {
            let axis: SIMD3<Double> = abs(y.x) < 0.9 ? SIMD3(1, 0, 0) : SIMD3(0, 1, 0)
            z = crossProduct(y, axis)
            zNorm = (z * z).sum().squareRoot()
        }
        z /= zNorm
        let x = crossProduct(y, z)
        let mx = (r * x).sum(), mz = (r * z).sum()
        let cxx = c.bilinear(x, x), czz = c.bilinear(z, z), cxz = c.bilinear(x, z)
        // Eigen-decomposition of the 2×2 covariance.
        let mean = 0.5 * (cxx + czz)
        let half = (0.25 * (cxx - czz) * (cxx - czz) + cxz * cxz).squareRoot()
        let major = mean + half, minor = mean - half
        guard minor > 0, major.isFinite else { return nil }
        let angle = 0.5 * atan2(2 * cxz, cxx - czz)
        let (ca, sa) = (cos(angle), sin(angle))
        missMajor = ca * mx + sa * mz
        missMinor = -sa * mx + ca * mz
        sigmaMajor = major.squareRoot()
        sigmaMinor = minor.squareRoot()
    }

    /// The plane given directly by principal-axis miss components and standard deviations.
    public init(missMajor: Double, missMinor: Double, sigmaMajor: Double, sigmaMinor: Double) {
        self.missMajor = missMajor
        self.missMinor = missMinor
        self.sigmaMajor = sigmaMajor
        self.sigmaMinor = sigmaMinor
    }

    /// Length of the miss vector in the plane.
    public var missDistance: Double { (missMajor * missMajor + missMinor * missMinor).squareRoot() }
}

@inline(__always)
private func crossProduct(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> SIMD3<Double> {
    SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
}
