import Foundation

/// Small trigonometric helpers of the SGP4 hot path: they replace sin/cos/atan2 calls on
/// angles that differ from an angle whose sine and cosine are already known by a small
/// amount, by a rotation through that amount (Taylor series, exact to rounding).
enum SGP4Math {
    /// Largest |δ| handled by the series; larger steps use `sin`/`cos` directly.
    /// At 0.05 rad the first omitted terms (δ¹¹/11!, δ¹²/12!) are below 1e-22.
    static let smallAngleLimit = 0.05

    /// sin δ and cos δ for |δ| ≤ `smallAngleLimit` by their Taylor series (Horner form).
    @inline(__always)
    static func smallSinCos(_ d: Double) -> (sin: Double, cos: Double) {
        let d2 = d * d
        let s = d * (1 - d2 / 6 * (1 - d2 / 20 * (1 - d2 / 42 * (1 - d2 / 72 * (1 - d2 / 110)))))
        let c = 1 - d2 / 2 * (1 - d2 / 12 * (1 - d2 / 30 * (1 - d2 / 56 * (1 - d2 / 90 * (1 - d2 / 132)))))
        return (s, c)
    }

    /// sin(a + δ) and cos(a + δ) from sin a and cos a; `a + δ` itself is used only when
    /// |δ| exceeds `smallAngleLimit`.
    @inline(__always)
    static func rotate(sin s: Double, cos c: Double, by d: Double,
                       angle: @autoclosure () -> Double) -> (sin: Double, cos: Double) {
        guard abs(d) <= smallAngleLimit else {
            let a = angle()
            return (Foundation.sin(a), Foundation.cos(a))
        }
        let r = smallSinCos(d)
        return (s * r.cos + c * r.sin, c * r.cos - s * r.sin)
    }
}
