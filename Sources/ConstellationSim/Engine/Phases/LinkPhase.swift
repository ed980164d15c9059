/// The +grid laser links of every designed-shell satellite, after every mode and fault
/// of the tick is known: a link is up when both satellites are alive, both terminals
/// work (this one's towards the neighbour, the neighbour's facing back) and the range is
/// within the limit. Also writes the LINK_LOSS alarm sample: neighbours within laser
/// range whose link is down (a neighbour out of range, the Walker seam, is geometry, not
/// a fault). Catalog satellites have no links (mask 0, link loss NaN).
struct LinkPhase: FleetPhase {
    static let name = "links"
    static let reads: [WorldColumn] = [.positionKm, .mode, .faults]
    static let writes: [WorldColumn] = [.islUpMask, .alarmSamples]
    static let readsOtherSatellites = true

    let context: TickContext

    func run(_ range: Range<Int>, world w: WorldState, tick e: TickEnvironment) {
        let grids = context.grids, starts = context.gridStart
        let linkLoss = w.samples(.linkLoss)
        var g = 0
        for i in range {
            while g < grids.count && i >= starts[g] + grids[g].planes * grids[g].satellitesPerPlane { g += 1 }
            guard g < grids.count, i >= starts[g] else {
                w.islUpMask[i] = 0
                linkLoss[i] = .nan
                continue
            }
            let grid = grids[g], start = starts[g]
            var bits: UInt8 = 0
            var inReach = 0
            let maxRangeKm = grid.parameters.maximumRangeKm
            for direction in LaserDirection.allCases {
                guard let other = grid.neighbour(of: i - start, direction) else { continue }
                let j = start + other
                let d = w.positionKm[i] - w.positionKm[j]
                let inRange = (d * d).sum() <= maxRangeKm * maxRangeKm
                if inRange { inReach += 1 }
                if inRange, i != j, w.mode[i] != .failed, w.mode[j] != .failed,
                   w.faults[i].laserTerminalWorks(direction), w.faults[j].laserTerminalWorks(direction.opposite) {
                    bits |= 1 << UInt8(direction.rawValue)
                }
            }
            w.islUpMask[i] = bits
            linkLoss[i] = w.mode[i] == .failed ? .nan : Double(inReach - bits.nonzeroBitCount)
        }
    }
}
