/// Who the catalog objects are (objects that are not ours, from the scenario's
/// `catalog:` files): identity and element sets as parallel arrays indexed by object
/// index, fixed for the run. Their states live in `CatalogObjectStates`; they are not
/// in the `Fleet` (no spacecraft model, no alarms, no commands).
public struct CatalogObjects: Sendable {
    /// NORAD catalog numbers (Alpha-5 decoded).
    public let catalogNumbers: [Int]
    /// Object names (TLE line 0 or OMM OBJECT_NAME; empty when the file has none).
    public let names: [String]
    /// Element-set epochs.
    public let epochs: [JulianDate]
    /// Mean inclination of the element set, degrees.
    public let inclinationDeg: [Double]
    /// Index into `fileNames` of each object's file.
    public let fileIndex: [Int32]
    public let fileNames: [String]
    /// The element sets packed for the SGP4 batch propagator (slot k = object k).
    let plan: SGP4BatchPlan
    /// Element sets SGP4 refused at initialisation, with the reason (not flown).
    public let rejected: [(catalog: Int, error: SGP4Error)]

    public var count: Int { catalogNumbers.count }

    /// Every element set of `files`, in file order; sets SGP4 cannot initialise are
    /// dropped and reported in `rejected`.
    public init(_ files: [CatalogObjectFile]) {
        var numbers: [Int] = [], names: [String] = [], epochs: [JulianDate] = [], inclinations: [Double] = []
        var fileIndex: [Int32] = [], records: [SGP4Record] = []
        var rejected: [(catalog: Int, error: SGP4Error)] = []
        for (f, file) in files.enumerated() {
            for elements in file.elementSets {
                do {
                    records.append(try SGP4Record(elements))
                } catch {
                    rejected.append((elements.catalogNumber, error))
                    continue
                }
                numbers.append(elements.catalogNumber)
                names.append(elements.name)
                epochs.append(elements.epoch)
                inclinations.append(elements.inclinationDeg)
                fileIndex.append(Int32(f))
            }
        }
        catalogNumbers = numbers
        self.names = names
        self.epochs = epochs
        inclinationDeg = inclinations
        self.fileIndex = fileIndex
        fileNames = files.map(\.name)
        plan = SGP4BatchPlan(records)
        self.rejected = rejected
    }
}
