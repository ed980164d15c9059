/// Who is in the fleet: every satellite's identity, as parallel arrays indexed by fleet
/// index, and the orbits it starts on. Fixed for the run; what changes (positions,
/// orbits after manoeuvres, spacecraft state) lives in the `WorldState`.
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
    /// The designed-shell satellites' orbits at the epoch: indices 0 ..< catalogStart.
    let propagators: [J2Propagator]
    /// The catalog satellites' element sets; satellite `catalogStart + k` flies record k.
    let catalogRecords: [SGP4Record]
    /// The catalog records packed for the SGP4 batch propagator (slot k = record k).
    let catalogPlan: SGP4BatchPlan
    /// Catalog element sets SGP4 refused at initialisation, with the reason.
    public let rejected: [(catalog: Int, error: SGP4Error)]
    /// Fleet index ranges of the formation clusters (`cluster:` shells), in shell order.
    public let clusterRanges: [Range<Int>]

    public var count: Int { ids.count }
    /// Fleet index of the first catalog satellite (= number of designed-shell satellites).
    public var catalogStart: Int { propagators.count }

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
                    propagators.append(J2Propagator(design.elements(plane: p, slot: k)))
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
        self.catalogPlan = SGP4BatchPlan(records)
        self.rejected = rejected
        var start = 0, clusters: [Range<Int>] = []
        for design in scenario.shells {
            if design.cluster != nil { clusters.append(start..<start + design.shell.total) }
            start += design.shell.total
        }
        clusterRanges = clusters
    }

    /// Puts the epoch orbit kinds into a new world (which satellites have a +grid is the
    /// tick context's `grids`, not a column).
    func initialize(_ world: WorldState) {
        for i in 0..<catalogStart { world.orbitKind[i] = .j2 }
        for i in catalogStart..<count { world.orbitKind[i] = .sgp4 }
    }
}
