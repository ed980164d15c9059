/// The states of the catalog objects at the current tick, as SGP4 leaves them: TEME
/// position (km) and velocity (km/s), the error code of the latest propagation, and the
/// deep-space integrator cache. One column per quantity, indexed by object index; part
/// of the world's column store, so checkpoints, copies and rewinds carry it.
///
/// An object whose propagation fails keeps no good state: its error code is non-zero and
/// its position is what SGP4 left (views skip it).
public struct CatalogObjectStates: Sendable {
    public let count: Int
    let x, y, z, vx, vy, vz: Column<Double>
    let errorCode: Column<UInt8>
    let integrator: Column<SGP4IntegratorCache>

    /// TEME position of object `k`, km.
    public func positionKm(_ k: Int) -> SIMD3<Double> { SIMD3(x[k], y[k], z[k]) }
    /// TEME velocity of object `k`, km/s.
    public func velocityKmS(_ k: Int) -> SIMD3<Double> { SIMD3(vx[k], vy[k], vz[k]) }
    /// SGP4 error code of the latest propagation of object `k` (0 = fine).
    public func error(_ k: Int) -> UInt8 { errorCode[k] }

    /// The columns as the batch propagator's buffers.
    var buffers: SGP4BatchBuffers {
        func buffer<T>(_ c: Column<T>) -> UnsafeMutableBufferPointer<T> { UnsafeMutableBufferPointer(start: c.base, count: c.count) }
        return SGP4BatchBuffers(xKm: buffer(x), yKm: buffer(y), zKm: buffer(z), vxKmPerS: buffer(vx), vyKmPerS: buffer(vy),
                                vzKmPerS: buffer(vz), errorCode: buffer(errorCode), integratorCache: buffer(integrator))
    }
}
