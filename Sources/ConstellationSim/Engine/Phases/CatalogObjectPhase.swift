/// Moves every catalog object (not ours) to the tick's time with the SGP4 batch
/// propagator (which equals the scalar SGP4 bit for bit), in parallel chunks of objects.
/// Only the objects' own columns are touched: the fleet's phases never see them.
struct CatalogObjectPhase: SerialPhase {
    static let name = "catalog objects"
    static let reads: [WorldColumn] = []
    static let writes: [WorldColumn] = [.catalogObjectStates]

    let objects: CatalogObjects

    func run(_ simulation: inout Simulation, tick e: TickEnvironment) {
        let n = objects.count
        guard n > 0 else { return }
        let buffers = simulation.world.catalogObjects.buffers
        let plan = objects.plan
        // Chunks on the batch plan's block boundaries, so no two chunks share a block.
        let a = SGP4BatchPlan.chunkAlignment
        let chunking = Chunking(size: (max(a, simulation.chunkSize) + a - 1) / a * a, threads: simulation.threads)
        // Each chunk writes only its own slots, so the result is the same for any chunking.
        chunking.forEach(count: n) { range in
            SGP4Batch.propagate(plan: plan, to: e.time, into: buffers, range: range)
        }
    }
}
