/// Structure-of-arrays output of a batch propagation: one slot per record.
///
/// Allocate once (`init(count:)`) and reuse every tick; `propagate` writes in place.
public struct SGP4BatchOutput: Sendable {
    /// TEME position components, km.
    public var xKm, yKm, zKm: [Double]
    /// TEME velocity components, km/s.
    public var vxKmPerS, vyKmPerS, vzKmPerS: [Double]
    /// 0 when the slot holds a state, else the SGP4 error code (1, 2, 3, 4, 6); the
    /// position and velocity of a failed slot are NaN.
    public var errorCode: [UInt8]
    /// Per-slot integrator state of resonant orbits, carried from call to call.
    public var integratorCache: [SGP4IntegratorCache]

    public init(count: Int) {
        xKm = Array(repeating: 0, count: count)
        yKm = xKm
        zKm = xKm
        vxKmPerS = xKm
        vyKmPerS = xKm
        vzKmPerS = xKm
        errorCode = Array(repeating: 0, count: count)
        integratorCache = Array(repeating: SGP4IntegratorCache(), count: count)
    }

    public var count: Int { errorCode.count }

    /// Runs `body` with raw views of the eight arrays, for writers that split the slots
    /// into disjoint ranges (for instance over `DispatchQueue.concurrentPerform`).
    public mutating func withBuffers<R>(_ body: (SGP4BatchBuffers) throws -> R) rethrows -> R {
        try xKm.withUnsafeMutableBufferPointer { x in
        try yKm.withUnsafeMutableBufferPointer { y in
        try zKm.withUnsafeMutableBufferPointer { z in
        try vxKmPerS.withUnsafeMutableBufferPointer { vx in
        try vyKmPerS.withUnsafeMutableBufferPointer { vy in
        try vzKmPerS.withUnsafeMutableBufferPointer { vz in
        try errorCode.withUnsafeMutableBufferPointer { code in
        try integratorCache.withUnsafeMutableBufferPointer { cache in
            try body(SGP4BatchBuffers(xKm: x, yKm: y, zKm: z, vxKmPerS: vx, vyKmPerS: vy, vzKmPerS: vz,
                                      errorCode: code, integratorCache: cache))
        }}}}}}}}
    }
}
