/// Objects that are not ours (debris, other operators' satellites) read from one TLE or
/// OMM JSON file: the scenario's `catalog:` paths and the command line's `--catalog`.
/// They fly with SGP4 and carry no spacecraft model (no power, thermal or compute); not
/// to be confused with `CatalogFleet`, which flies our own satellites from element sets.
public struct CatalogObjectFile: Sendable, Hashable {
    /// The file name as given (shown in the Catalog view's source and in errors).
    public var name: String
    public var elementSets: [ElementSet]

    public init(name: String, elementSets: [ElementSet]) {
        self.name = name
        self.elementSets = elementSets
    }
}
