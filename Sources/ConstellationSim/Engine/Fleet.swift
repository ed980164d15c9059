import Dispatch
import Foundation

/// Every satellite's identity and state, stored as parallel contiguous arrays
/// (structure of arrays) so the tick walks plain numbers and allocates nothing.
public struct Fleet: Sendable {
    /// Operator-facing ids, `P03-S07`.
    public let ids: [String]
    /// Index into the scenario's shells.
    public let shellIndex: [Int32]
    /// 0-based plane and slot within the shell.
    public let plane: [Int32]
    public let slot: [Int32]
    let propagators: [J2Propagator]

    /// Inertial (true-of-date) position, km, and velocity, km/s, at the current tick.
    public internal(set) var positionKm: [SIMD3<Double>]
    public internal(set) var velocityKmS: [SIMD3<Double>]
    /// WGS-84 geodetic position at the current tick.
    public internal(set) var latitudeDeg: [Double]
    public internal(set) var longitudeDeg: [Double]
    public internal(set) var altitudeKm: [Double]

    public var count: Int { ids.count }

    /// Lays out every shell of `scenario`, plane by plane, slot by slot.
    public init(scenario: Scenario) {
        var ids: [String] = [], shellIndex: [Int32] = [], plane: [Int32] = [], slot: [Int32] = []
        var propagators: [J2Propagator] = []
        let n = scenario.satelliteCount
        ids.reserveCapacity(n); shellIndex.reserveCapacity(n); plane.reserveCapacity(n)
        slot.reserveCapacity(n); propagators.reserveCapacity(n)
        for (s, shell) in scenario.shells.enumerated() {
            let prefix = scenario.shells.count > 1 ? "\(shell.name)/" : ""
            for p in 0..<shell.planes {
                for k in 0..<shell.perPlane {
                    ids.append(prefix + shell.satelliteID(plane: p, slot: k))
                    shellIndex.append(Int32(s))
                    plane.append(Int32(p))
                    slot.append(Int32(k))
                    propagators.append(J2Propagator(shell.elements(plane: p, slot: k)))
                }
            }
        }
        self.ids = ids
        self.shellIndex = shellIndex
        self.plane = plane
        self.slot = slot
        self.propagators = propagators
        positionKm = Array(repeating: .zero, count: n)
        velocityKmS = Array(repeating: .zero, count: n)
        latitudeDeg = Array(repeating: 0, count: n)
        longitudeDeg = Array(repeating: 0, count: n)
        altitudeKm = Array(repeating: 0, count: n)
    }

    /// Moves every satellite to `secondsSinceEpoch`, whose sidereal angle is `gmst`.
    /// Large fleets are split into chunks across cores; each satellite's state
    /// depends only on the time, so the result is the same for any chunking.
    mutating func propagate(toSecondsSinceEpoch t: Double, gmst: Double) {
        let n = count
        let chunkSize = 16_384
        let chunks = (n + chunkSize - 1) / chunkSize
        propagators.withUnsafeBufferPointer { props in
            positionKm.withUnsafeMutableBufferPointer { pos in
            velocityKmS.withUnsafeMutableBufferPointer { vel in
            latitudeDeg.withUnsafeMutableBufferPointer { lat in
            longitudeDeg.withUnsafeMutableBufferPointer { lon in
            altitudeKm.withUnsafeMutableBufferPointer { alt in
                let out = PropagationOutput(props: props, pos: pos, vel: vel, lat: lat, lon: lon, alt: alt)
                if chunks <= 1 {
                    out.run(0..<n, t: t, gmst: gmst)
                } else {
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        out.run(c * chunkSize..<min(n, (c + 1) * chunkSize), t: t, gmst: gmst)
                    }
                }
            }}}}}
        }
    }
}

/// The fleet's state buffers for one propagation pass. Each chunk of the pass
/// writes a disjoint index range, which is what makes sharing them across
/// `concurrentPerform` workers sound; the buffers outlive the pass.
private struct PropagationOutput: @unchecked Sendable {
    let props: UnsafeBufferPointer<J2Propagator>
    let pos: UnsafeMutableBufferPointer<SIMD3<Double>>
    let vel: UnsafeMutableBufferPointer<SIMD3<Double>>
    let lat: UnsafeMutableBufferPointer<Double>
    let lon: UnsafeMutableBufferPointer<Double>
    let alt: UnsafeMutableBufferPointer<Double>

    func run(_ range: Range<Int>, t: Double, gmst: Double) {
        for i in range {
            let state = props[i].state(atSecondsSinceEpoch: t)
            pos[i] = state.position
            vel[i] = state.velocity
            let geodetic = Geodetic(earthFixed: inertialToEarthFixed(state.position, gmst: gmst))
            lat[i] = geodetic.latitudeDeg
            lon[i] = geodetic.longitudeDeg
            alt[i] = geodetic.altitudeKm
        }
    }
}
