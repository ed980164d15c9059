/// Watches formation clusters: each member's distance to its nearest fellow member, m,
/// written as its MIN_SEPARATION alarm sample (the alarm fires below the limit), and each
/// cluster's minimum pairwise distance (`Simulation.clusterMinSeparationM`). All pairs
/// of a cluster are checked every tick (m(m − 1)/2 distances: 3,240 for 81 members).
/// Satellites outside clusters keep a NaN sample (no alarm).
struct ClusterSeparationPhase: SerialPhase {
    static let name = "cluster separation"
    static let reads: [WorldColumn] = [.positionKm]
    static let writes: [WorldColumn] = [.alarmSamples]

    let clusters: [Range<Int>]

    func run(_ simulation: inout Simulation, tick e: TickEnvironment) {
        guard !clusters.isEmpty else { return }
        let w = simulation.world
        let samples = w.samples(.minSeparation)
        var minima: [Double] = []
        minima.reserveCapacity(clusters.count)
        for members in clusters {
            for i in members { samples[i] = .infinity }
            var clusterMinimumKm = Double.infinity
            for i in members {
                let p = w.positionKm[i]
                var nearest = samples[i] / 1000
                for j in (i + 1)..<members.upperBound {
                    let d = p - w.positionKm[j]
                    let km = (d * d).sum().squareRoot()
                    if km < nearest { nearest = km }
                    if km * 1000 < samples[j] { samples[j] = km * 1000 }
                }
                samples[i] = nearest * 1000
                clusterMinimumKm = min(clusterMinimumKm, nearest)
            }
            // A cluster of one member has no pair: no sample.
            if members.count < 2 { for i in members { samples[i] = .nan } }
            minima.append(members.count < 2 ? .nan : clusterMinimumKm * 1000)
        }
        simulation.clusterMinSeparationM = minima
    }
}
