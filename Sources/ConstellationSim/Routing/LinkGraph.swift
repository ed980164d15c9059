/// The laser mesh of one routing step as a compact adjacency (CSR): the neighbours of
/// node v are `targets[offsets[v]..<offsets[v + 1]]` with their link lengths in
/// `lengthsKm`. Nodes are fleet indices; each undirected link is stored both ways.
/// Memory: 4 B per node plus 12 B per direction (24 B per link).
public struct LinkGraph: Sendable {
    public private(set) var offsets: [Int32]
    public private(set) var targets: [Int32]
    public private(set) var lengthsKm: [Double]

    /// Nodes.
    public var nodeCount: Int { offsets.count - 1 }
    /// Undirected links.
    public var linkCount: Int { targets.count / 2 }

    /// An empty graph of `nodes` nodes.
    public init(nodes: Int) {
        offsets = [Int32](repeating: 0, count: nodes + 1)
        targets = []
        lengthsKm = []
    }

    /// A graph from undirected links `(a, b, km)`, a ≠ b, each listed once.
    public init(nodes: Int, links: [(Int, Int, Double)]) {
        var degree = [Int32](repeating: 0, count: nodes + 1)
        for (a, b, _) in links {
            degree[a + 1] += 1
            degree[b + 1] += 1
        }
        for v in 0..<nodes { degree[v + 1] += degree[v] }
        var fill = degree
        var targets = [Int32](repeating: 0, count: links.count * 2)
        var lengths = [Double](repeating: 0, count: links.count * 2)
        for (a, b, km) in links {
            targets[Int(fill[a])] = Int32(b); lengths[Int(fill[a])] = km; fill[a] += 1
            targets[Int(fill[b])] = Int32(a); lengths[Int(fill[b])] = km; fill[b] += 1
        }
        offsets = degree
        self.targets = targets
        self.lengthsKm = lengths
    }

    /// Rebuilds the graph in place (reusing its buffers) from the +grid links that are up:
    /// `upMask(i)` holds the links of satellite i as `LaserDirection` bits, as the link
    /// phase decided them; a link is in the graph when it is up at both ends.
    /// `neighbour(i, direction)` names the satellite at the other end.
    mutating func rebuild(
        nodes: Int, positionsKm: UnsafeBufferPointer<SIMD3<Double>>, upMask: UnsafeBufferPointer<UInt8>,
        neighbour: (Int, LaserDirection) -> Int?
    ) {
        if offsets.count != nodes + 1 { offsets = [Int32](repeating: 0, count: nodes + 1) }
        targets.removeAll(keepingCapacity: true)
        lengthsKm.removeAll(keepingCapacity: true)
        offsets[0] = 0
        for i in 0..<nodes {
            let mask = upMask[i]
            if mask != 0 {
                for direction in LaserDirection.allCases where mask & (1 << UInt8(direction.rawValue)) != 0 {
                    guard let j = neighbour(i, direction), j != i,
                          upMask[j] & (1 << UInt8(direction.opposite.rawValue)) != 0 else { continue }
                    let d = positionsKm[i] - positionsKm[j]
                    targets.append(Int32(j))
                    lengthsKm.append((d * d).sum().squareRoot())
                }
            }
            offsets[i + 1] = Int32(targets.count)
        }
    }

    /// Bytes held by the adjacency (capacity of its buffers).
    public var bytes: Int {
        offsets.capacity * 4 + targets.capacity * 4 + lengthsKm.capacity * 8
    }
}
