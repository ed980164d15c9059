/// Buffers of the link pass. Reads every satellite's position, mode and terminals (for
/// the neighbours) and writes only its own index range of the mask and the link-loss
/// column, so chunks share no written memory.
private struct LinkBuffers: @unchecked Sendable {
    let pos: UnsafeBufferPointer<SIMD3<Double>>
    let mode: UnsafeBufferPointer<OperatingMode>
    let faults: UnsafeBufferPointer<FaultState>
    let mask: UnsafeMutableBufferPointer<UInt8>
    let linkLoss: UnsafeMutableBufferPointer<Double>

    /// Link from `i` towards `j` in `direction`: both satellites alive, both terminals
    /// working (`i`'s in `direction`, `j`'s facing back), range within `maxRangeKm`.
    @inline(__always)
    func up(_ i: Int, _ j: Int, _ direction: LaserDirection, maxRangeKm: Double) -> Bool {
        guard i != j, mode[i] != .failed, mode[j] != .failed else { return false }
        guard faults[i].laserTerminalWorks(direction), faults[j].laserTerminalWorks(direction.opposite) else { return false }
        let d = pos[i] - pos[j]
        return (d * d).sum() <= maxRangeKm * maxRangeKm
    }

    func run(_ range: Range<Int>, grids: [PlusGrid], starts: [Int]) {
        var g = 0
        for i in range {
            while g < grids.count && i >= starts[g] + grids[g].planes * grids[g].satellitesPerPlane { g += 1 }
            guard g < grids.count, i >= starts[g] else {
                mask[i] = 0
                linkLoss[i] = .nan
                continue
            }
            let grid = grids[g], start = starts[g]
            var bits: UInt8 = 0
            var inReach = 0
            let maxRangeKm = grid.parameters.maximumRangeKm
            for direction in LaserDirection.allCases {
                guard let other = grid.neighbour(of: i - start, direction) else { continue }
                let d = pos[i] - pos[start + other]
                if (d * d).sum() <= maxRangeKm * maxRangeKm { inReach += 1 }
                if up(i, start + other, direction, maxRangeKm: maxRangeKm) {
                    bits |= 1 << UInt8(direction.rawValue)
                }
            }
            mask[i] = bits
            // LINK_LOSS counts links lost to failures: neighbours within laser range whose
            // link is down. A neighbour out of range (the Walker seam) is geometry, not a fault.
            linkLoss[i] = mode[i] == .failed ? .nan : Double(inReach - bits.nonzeroBitCount)
        }
    }
}

extension Simulation {
    /// The +grid links of every designed-shell satellite, after every mode and fault of
    /// the tick is known. Catalog satellites have no links (mask 0, link loss NaN).
    mutating func runLinks() {
        let n = fleet.count, chunkSize = self.chunkSize
        let positions = fleet.positionKm, grids = self.grids, starts = gridStart
        var s = states
        states = SpacecraftStates.moved
        defer { states = s }
        let mode = s.mode, faults = s.faults
        let column = Int(AlarmParameter.linkLoss.rawValue)
        positions.withUnsafeBufferPointer { pos in
        mode.withUnsafeBufferPointer { mode in
        faults.withUnsafeBufferPointer { faults in
        s.islUpMask.withUnsafeMutableBufferPointer { mask in
        s.alarmSamples[column].withUnsafeMutableBufferPointer { loss in
            let buffers = LinkBuffers(pos: pos, mode: mode, faults: faults, mask: mask, linkLoss: loss)
            Simulation.forEachChunk(count: n, chunkSize: chunkSize) { buffers.run($0, grids: grids, starts: starts) }
        }}}}}
    }
}
