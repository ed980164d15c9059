import Foundation
import Testing
@testable import ConstellationSim

/// The search on a graph small enough to solve by hand.
@Suite struct RoutingSearchTests {
    /// A 3 × 4 km rectangle 0–1–2–3 with the 5 km diagonal 0–2.
    static let points: [SIMD3<Double>] = [SIMD3(0, 0, 0), SIMD3(3, 0, 0), SIMD3(3, 4, 0), SIMD3(0, 4, 0)]

    static func graph(diagonal: Bool) -> LinkGraph {
        LinkGraph(nodes: 4, links: [(0, 1, 3), (1, 2, 4), (2, 3, 3), (3, 0, 4)] + (diagonal ? [(0, 2, 5)] : []))
    }

    @Test func handSolvedPaths() {
        var search = ShortestPathSearch(nodes: 4)
        let target = Self.points[2] + SIMD3(0, 0, 1)
        Self.points.withUnsafeBufferPointer { p in
            // Up 1 km to 0, the 5 km diagonal, down 1 km from 2: 7 km.
            #expect(search.path(graph: Self.graph(diagonal: true), positionsKm: p, hopKm: 0,
                                up: [(0, 1)], down: [(2, 1)], target: target) == [0, 2])
            // Without the diagonal: 3 + 4 or 4 + 3 km, either corner.
            let around = search.path(graph: Self.graph(diagonal: false), positionsKm: p, hopKm: 0,
                                     up: [(0, 1)], down: [(2, 1)], target: target)
            #expect(around == [0, 1, 2] || around == [0, 3, 2])
            // Entering at 1 (10 km up) or at 0 (1 km): 1 + 5 + 1 = 7 beats 10 + 4 + 1 = 15.
            #expect(search.path(graph: Self.graph(diagonal: true), positionsKm: p, hopKm: 0,
                                up: [(1, 10), (0, 1)], down: [(2, 1)], target: target) == [0, 2])
            // A destination at (1.5, 4, 0.5) sees 2 and 3 at √2.5 = 1.581 km: via 3, 1 + 4 + 1.581 = 6.581
            // beats the diagonal's 1 + 5 + 1.581 = 7.581.
            let between = SIMD3<Double>(1.5, 4, 0.5)
            #expect(search.path(graph: Self.graph(diagonal: true), positionsKm: p, hopKm: 0,
                                up: [(0, 1)], down: [(2, 2.5.squareRoot()), (3, 2.5.squareRoot())], target: between) == [0, 3])
            // One satellite seen by both ends: a bent pipe, no laser link (1 is √17 km from the target).
            #expect(search.path(graph: Self.graph(diagonal: true), positionsKm: p, hopKm: 0,
                                up: [(1, 2)], down: [(1, 17.0.squareRoot())], target: target) == [1])
            // No ground link at one end: no path.
            #expect(search.path(graph: Self.graph(diagonal: true), positionsKm: p, hopKm: 0,
                                up: [(0, 1)], down: [], target: target) == nil)
        }
        // Nearest node that accepts: 3 (4 km) before 2 (5 km).
        #expect(search.pathToNearest(graph: Self.graph(diagonal: true), hopKm: 0, up: [(0, 1)]) { $0 >= 2 } == [0, 3])
        // A per-hop cost of 10 km makes the one-link diagonal cheaper than two short links.
        #expect(search.pathToNearest(graph: Self.graph(diagonal: true), hopKm: 10, up: [(0, 1)]) { $0 == 2 } == [0, 2])
        #expect(search.pathToNearest(graph: Self.graph(diagonal: false), hopKm: 0, up: [(0, 1)]) { _ in false } == nil)
    }

    @Test func adjacencyHoldsEachLinkBothWays() {
        let g = Self.graph(diagonal: true)
        #expect(g.nodeCount == 4)
        #expect(g.linkCount == 5)
        #expect(g.offsets == [0, 3, 5, 8, 10])
        #expect(Array(g.targets[0..<3]).sorted() == [1, 2, 3])
        #expect(g.bytes >= 5 * 24 + 5 * 4)
    }
}
