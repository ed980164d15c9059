/// Dijkstra's algorithm over a `LinkGraph` with a binary heap (lazy deletion), entered
/// through ground links and left through ground links or at the first satellite that
/// satisfies a test.
///
/// Costs are km-equivalents: a link costs its length plus `hopKm` (the per-hop switching
/// delay times c), so the cheapest path is the lowest-latency one. Towards a user the
/// search is goal-directed: each node's key is its cost plus the straight-line distance
/// to the destination, a consistent lower bound (every link is at least as long as the
/// straight line it spans), so nodes are settled with their exact Dijkstra cost and the
/// search stops as soon as no key can beat the best complete path found.
///
/// Scratch arrays are sized once per graph and reset only where a search wrote.
struct ShortestPathSearch {
    private var cost: [Double] = []
    private var previous: [Int32] = []
    private var settled: [Bool] = []
    private var touched: [Int32] = []
    private var heap = MinHeap()

    init(nodes: Int) {
        cost = [Double](repeating: .infinity, count: nodes)
        previous = [Int32](repeating: -1, count: nodes)
        settled = [Bool](repeating: false, count: nodes)
    }

    private mutating func reset() {
        for v in touched {
            cost[Int(v)] = .infinity
            previous[Int(v)] = -1
            settled[Int(v)] = false
        }
        touched.removeAll(keepingCapacity: true)
        heap.removeAll()
    }

    private mutating func seed(_ entries: [(Int32, Double)], hopKm: Double, key: (Int) -> Double) {
        for (v, km) in entries {
            let c = km + hopKm, i = Int(v)
            guard c < cost[i] else { continue }
            if cost[i] == .infinity { touched.append(v) }
            cost[i] = c
            previous[i] = -1
            heap.push(c + key(i), v)
        }
    }

    /// The cheapest path from the source's ground links `up` to the destination's ground
    /// links `down` (both `(satellite, km)`); `target` is the destination's position in
    /// the frame of `positionsKm`; each `down` length must be the straight-line distance
    /// from its satellite to `target` (as ground links are), which keeps the bound
    /// consistent. Returns the satellites in order, or nil when no path.
    mutating func path(
        graph: LinkGraph, positionsKm: UnsafeBufferPointer<SIMD3<Double>>, hopKm: Double,
        up: [(Int32, Double)], down: [(Int32, Double)], target: SIMD3<Double>
    ) -> [Int32]? {
        reset()
        guard !up.isEmpty, !down.isEmpty else { return nil }
        var exit: [Int32: Double] = [:]
        for (v, km) in down { exit[v] = min(exit[v] ?? .infinity, km + hopKm) }
        @inline(__always) func bound(_ i: Int) -> Double {
            let d = positionsKm[i] - target
            return (d * d).sum().squareRoot()
        }
        seed(up, hopKm: hopKm, key: bound)
        var best = Double.infinity, bestNode: Int32 = -1
        while let (key, v) = heap.pop() {
            if key >= best { break }
            let i = Int(v)
            if settled[i] { continue }
            settled[i] = true
            let here = cost[i]
            if let out = exit[v], here + out < best {
                best = here + out
                bestNode = v
            }
            relax(i, here, graph: graph, hopKm: hopKm, key: bound)
        }
        return bestNode >= 0 ? trace(bestNode) : nil
    }

    /// The cheapest path from the ground links `up` to the nearest satellite for which
    /// `accepts` holds, or nil when none is reachable.
    mutating func pathToNearest(
        graph: LinkGraph, hopKm: Double, up: [(Int32, Double)], accepts: (Int) -> Bool
    ) -> [Int32]? {
        reset()
        seed(up, hopKm: hopKm) { _ in 0 }
        while let (_, v) = heap.pop() {
            let i = Int(v)
            if settled[i] { continue }
            settled[i] = true
            if accepts(i) { return trace(v) }
            relax(i, cost[i], graph: graph, hopKm: hopKm) { _ in 0 }
        }
        return nil
    }

    @inline(__always)
    private mutating func relax(_ i: Int, _ here: Double, graph: LinkGraph, hopKm: Double, key: (Int) -> Double) {
        let start = Int(graph.offsets[i]), end = Int(graph.offsets[i + 1])
        for e in start..<end {
            let w = graph.targets[e], j = Int(w)
            let c = here + graph.lengthsKm[e] + hopKm
            guard c < cost[j] else { continue }
            if cost[j] == .infinity { touched.append(w) }
            cost[j] = c
            previous[j] = Int32(i)
            heap.push(c + key(j), w)
        }
    }

    private func trace(_ last: Int32) -> [Int32] {
        var path: [Int32] = [last]
        var v = previous[Int(last)]
        while v >= 0 {
            path.append(v)
            v = previous[Int(v)]
        }
        return path.reversed()
    }

    /// Bytes of scratch held.
    var bytes: Int { cost.capacity * 8 + previous.capacity * 4 + settled.capacity + touched.capacity * 4 + heap.bytes }
}
