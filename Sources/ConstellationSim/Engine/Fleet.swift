import Dispatch
import Foundation

/// Every satellite's identity and state, stored as parallel contiguous arrays
/// (structure of arrays) so the tick walks plain numbers and allocates nothing.
public struct Fleet: Sendable {
    /// Operator-facing ids, `P03-S07`.
    public let ids: [String]
    /// Index into the scenario's orbit groups: its shells, then its catalogs.
    public let shellIndex: [Int32]
    /// Names of the orbit groups (shell or catalog names), indexed by `shellIndex`.
    public let groupNames: [String]
    /// 0-based plane and slot within the shell (catalog satellites: 0 and their index).
    public let plane: [Int32]
    public let slot: [Int32]
    /// Index into the scenario's spacecraft classes.
    public let spacecraftClass: [Int32]
    /// The designed-shell satellites: indices 0 ..< propagators.count.
    let propagators: [J2Propagator]
    /// The catalog satellites, which follow the shell satellites.
    let catalogRecords: [SGP4Record]
    /// SGP4 error code of each satellite's last propagation (0 = fine). A satellite
    /// in error keeps its last good state.
    public internal(set) var orbitErrorCode: [UInt8]

    /// Inertial (true-of-date) position, km, and velocity, km/s, at the current tick.
    public internal(set) var positionKm: [SIMD3<Double>]
    public internal(set) var velocityKmS: [SIMD3<Double>]
    /// WGS-84 geodetic position at the current tick.
    public internal(set) var latitudeDeg: [Double]
    public internal(set) var longitudeDeg: [Double]
    public internal(set) var altitudeKm: [Double]

    public var count: Int { ids.count }

    /// Lays out every shell of `scenario`, plane by plane, slot by slot, then every
    /// catalog satellite. Element sets SGP4 cannot initialise are dropped and
    /// reported in `rejected`.
    public init(scenario: Scenario) {
        var ids: [String] = [], shellIndex: [Int32] = [], plane: [Int32] = [], slot: [Int32] = []
        var classes: [Int32] = [], propagators: [J2Propagator] = [], records: [SGP4Record] = []
        var rejected: [(catalog: Int, error: SGP4Error)] = []
        let n = scenario.satelliteCount
        ids.reserveCapacity(n); shellIndex.reserveCapacity(n); plane.reserveCapacity(n)
        slot.reserveCapacity(n); classes.reserveCapacity(n); propagators.reserveCapacity(n)
        let prefixShells = scenario.shells.count + scenario.catalogs.count > 1
        for (s, design) in scenario.shells.enumerated() {
            let shell = design.shell
            let prefix = prefixShells ? "\(shell.name)/" : ""
            let spacecraft = Int32(scenario.spacecraftIndex(named: design.spacecraft))
            for p in 0..<shell.planes {
                for k in 0..<shell.perPlane {
                    ids.append(prefix + shell.satelliteID(plane: p, slot: k))
                    shellIndex.append(Int32(s))
                    plane.append(Int32(p))
                    slot.append(Int32(k))
                    classes.append(spacecraft)
                    propagators.append(J2Propagator(shell.elements(plane: p, slot: k)))
                }
            }
        }
        for (c, catalog) in scenario.catalogs.enumerated() {
            let spacecraft = Int32(scenario.spacecraftIndex(named: catalog.spacecraft))
            for (k, elements) in catalog.elementSets.enumerated() {
                do {
                    records.append(try SGP4Record(elements))
                } catch {
                    rejected.append((elements.catalogNumber, error))
                    continue
                }
                ids.append(String(elements.catalogNumber))
                shellIndex.append(Int32(scenario.shells.count + c))
                plane.append(0)
                slot.append(Int32(k))
                classes.append(spacecraft)
            }
        }
        self.ids = ids
        self.shellIndex = shellIndex
        self.groupNames = scenario.shells.map(\.shell.name) + scenario.catalogs.map(\.name)
        self.plane = plane
        self.slot = slot
        self.spacecraftClass = classes
        self.propagators = propagators
        self.catalogRecords = records
        self.rejected = rejected
        let count = ids.count
        orbitErrorCode = Array(repeating: 0, count: count)
        positionKm = Array(repeating: .zero, count: count)
        velocityKmS = Array(repeating: .zero, count: count)
        latitudeDeg = Array(repeating: 0, count: count)
        longitudeDeg = Array(repeating: 0, count: count)
        altitudeKm = Array(repeating: 0, count: count)
    }

    /// Catalog element sets SGP4 refused at initialisation, with the reason.
    public let rejected: [(catalog: Int, error: SGP4Error)]

    /// Moves every satellite to `secondsSinceEpoch`, whose sidereal angle is `gmst`.
    /// Large fleets are split into chunks across cores; each satellite's state
    /// depends only on the time, so the result is the same for any chunking.
    mutating func propagate(toSecondsSinceEpoch t: Double, time: JulianDate, gmst: Double) {
        propagateCatalog(to: time, gmst: gmst)
        let n = propagators.count
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

extension Fleet {
    /// Moves the catalog satellites with SGP4 (serially: catalogs are small).
    fileprivate mutating func propagateCatalog(to time: JulianDate, gmst: Double) {
        let offset = propagators.count
        for (k, record) in catalogRecords.enumerated() {
            let i = offset + k
            do {
                let state = try record.propagate(to: time)
                positionKm[i] = state.positionKm
                velocityKmS[i] = state.velocityKmPerS
                let geodetic = Geodetic(earthFixed: inertialToEarthFixed(state.positionKm, gmst: gmst))
                latitudeDeg[i] = geodetic.latitudeDeg
                longitudeDeg[i] = geodetic.longitudeDeg
                altitudeKm[i] = geodetic.altitudeKm
                orbitErrorCode[i] = 0
            } catch {
                orbitErrorCode[i] = UInt8(error.code)
            }
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
