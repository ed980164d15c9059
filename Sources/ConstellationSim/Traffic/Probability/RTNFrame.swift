import Foundation

/// The radial / in-track / cross-track frame of an orbiting object (CCSDS CDM "RTN"):
/// R along the position, N along the orbit normal r × v, T = N × R (in the direction of
/// motion for a near-circular orbit).
public struct RTNFrame: Sendable, Hashable {
    /// Unit vectors in the inertial frame of the state that defined them.
    public let radial, inTrack, crossTrack: SIMD3<Double>

    /// The frame of the state (position, velocity); nil when they are parallel or zero.
    public init?(positionKm r: SIMD3<Double>, velocityKmPerS v: SIMD3<Double>) {
        let rNorm = (r * r).sum().squareRoot()
        let h = SIMD3(r.y * v.z - r.z * v.y, r.z * v.x - r.x * v.z, r.x * v.y - r.y * v.x)
        let hNorm = (h * h).sum().squareRoot()
        guard rNorm > 0, hNorm > 0, rNorm.isFinite, hNorm.isFinite else { return nil }
        radial = r / rNorm
        crossTrack = h / hNorm
        let n = crossTrack, u = radial
        inTrack = SIMD3(n.y * u.z - n.z * u.y, n.z * u.x - n.x * u.z, n.x * u.y - n.y * u.x)
    }

    /// Components of the inertial vector `vector` along R, T, N.
    public func components(_ vector: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3((radial * vector).sum(), (inTrack * vector).sum(), (crossTrack * vector).sum())
    }

    /// The inertial vector with components `rtn` along R, T, N.
    public func inertial(_ rtn: SIMD3<Double>) -> SIMD3<Double> {
        radial * rtn.x + inTrack * rtn.y + crossTrack * rtn.z
    }

    /// An RTN covariance (3×3, row-major, symmetric) rotated into the inertial frame: C = Mᵀ C_rtn M.
    public func inertialCovariance(_ rtn: Matrix3) -> Matrix3 {
        let m = Matrix3(rows: radial, inTrack, crossTrack)
        return m.transposed * rtn * m
    }
}

/// A small 3×3 matrix of doubles (row-major), enough for covariances.
public struct Matrix3: Sendable, Hashable {
    /// Rows.
    public var r0, r1, r2: SIMD3<Double>

    public init(rows r0: SIMD3<Double>, _ r1: SIMD3<Double>, _ r2: SIMD3<Double>) {
        self.r0 = r0
        self.r1 = r1
        self.r2 = r2
    }

    /// A diagonal matrix.
    public init(diagonal d: SIMD3<Double>) {
        self.init(rows: SIMD3(d.x, 0, 0), SIMD3(0, d.y, 0), SIMD3(0, 0, d.z))
    }

    /// A symmetric matrix from its lower triangle, in the CDM order
    /// (xx; yx, yy; zx, zy, zz).
    public init(lower xx: Double, _ yx: Double, _ yy: Double, _ zx: Double, _ zy: Double, _ zz: Double) {
        self.init(rows: SIMD3(xx, yx, zx), SIMD3(yx, yy, zy), SIMD3(zx, zy, zz))
    }

    public static let zero = Matrix3(diagonal: .zero)

    public subscript(row: Int, column: Int) -> Double {
        switch row {
        case 0: return r0[column]
        case 1: return r1[column]
        default: return r2[column]
        }
    }

    public var transposed: Matrix3 {
        Matrix3(rows: SIMD3(r0.x, r1.x, r2.x), SIMD3(r0.y, r1.y, r2.y), SIMD3(r0.z, r1.z, r2.z))
    }

    public static func + (a: Matrix3, b: Matrix3) -> Matrix3 { Matrix3(rows: a.r0 + b.r0, a.r1 + b.r1, a.r2 + b.r2) }

    public static func * (a: Matrix3, s: Double) -> Matrix3 { Matrix3(rows: a.r0 * s, a.r1 * s, a.r2 * s) }

    public static func * (a: Matrix3, v: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3((a.r0 * v).sum(), (a.r1 * v).sum(), (a.r2 * v).sum())
    }

    public static func * (a: Matrix3, b: Matrix3) -> Matrix3 {
        let bt = b.transposed
        return Matrix3(rows: SIMD3((a.r0 * bt.r0).sum(), (a.r0 * bt.r1).sum(), (a.r0 * bt.r2).sum()),
                       SIMD3((a.r1 * bt.r0).sum(), (a.r1 * bt.r1).sum(), (a.r1 * bt.r2).sum()),
                       SIMD3((a.r2 * bt.r0).sum(), (a.r2 * bt.r1).sum(), (a.r2 * bt.r2).sum()))
    }

    /// uᵀ M v.
    public func bilinear(_ u: SIMD3<Double>, _ v: SIMD3<Double>) -> Double { (u * (self * v)).sum() }
}
