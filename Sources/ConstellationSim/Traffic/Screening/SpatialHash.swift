import Foundation

/// A spatial hash of axis-aligned boxes on a uniform grid of cubic cells, rebuilt every
/// fine step: each box is listed in every cell it overlaps, and a pair of boxes is
/// reported once, from the cell holding the lower corner of their intersection.
/// Owns its arrays and reuses them from step to step (no allocation once warm).
struct SpatialHash {
    let cellKm: Double
    private var slotKeys: [UInt64]
    private var slotHeads: [Int32]
    private var usedSlots: [Int32] = []
    private var entryObject: [Int32] = []
    private var entryNext: [Int32] = []
    private var mask: Int

    private static let emptyKey = UInt64.max
    /// Cell coordinates beyond this are not hashed (objects past 10⁷ km are skipped).
    static let maxCoordinateKm = 1.0e7

    init(cellKm: Double, expectedEntries: Int) {
        self.cellKm = cellKm
        var size = 1024
        while size < 4 * max(expectedEntries, 1) { size <<= 1 }
        slotKeys = Array(repeating: Self.emptyKey, count: size)
        slotHeads = Array(repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always) func cell(_ x: Double) -> Int { Int((x / cellKm).rounded(.down)) }

    @inline(__always) static func key(_ ix: Int, _ iy: Int, _ iz: Int) -> UInt64 {
        let bias = 1 << 20
        return UInt64(ix + bias) << 42 | UInt64(iy + bias) << 21 | UInt64(iz + bias)
    }

    mutating func clear() {
        for s in usedSlots {
            slotKeys[Int(s)] = Self.emptyKey
            slotHeads[Int(s)] = -1
        }
        usedSlots.removeAll(keepingCapacity: true)
        entryObject.removeAll(keepingCapacity: true)
        entryNext.removeAll(keepingCapacity: true)
    }

    /// Lists `object` in every cell its box [lo, hi] overlaps.
    mutating func insert(_ object: Int, lo: SIMD3<Double>, hi: SIMD3<Double>) {
        let (x0, x1) = (cell(lo.x), cell(hi.x)), (y0, y1) = (cell(lo.y), cell(hi.y)), (z0, z1) = (cell(lo.z), cell(hi.z))
        for ix in x0...x1 {
            for iy in y0...y1 {
                for iz in z0...z1 { add(object, key: Self.key(ix, iy, iz)) }
            }
        }
    }

    private mutating func add(_ object: Int, key: UInt64) {
        if entryObject.count * 2 > mask { grow() }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while slotKeys[slot] != key && slotKeys[slot] != Self.emptyKey { slot = (slot + 1) & mask }
        if slotKeys[slot] == Self.emptyKey {
            slotKeys[slot] = key
            usedSlots.append(Int32(slot))
        }
        entryObject.append(Int32(object))
        entryNext.append(slotHeads[slot])
        slotHeads[slot] = Int32(entryObject.count - 1)
    }

    /// Doubles the table and re-lists the current cells (rare: only when a step holds
    /// far more boxes than expected).
    private mutating func grow() {
        let oldKeys = slotKeys, oldHeads = slotHeads, oldUsed = usedSlots
        let size = (mask + 1) * 2
        slotKeys = Array(repeating: Self.emptyKey, count: size)
        slotHeads = Array(repeating: -1, count: size)
        mask = size - 1
        usedSlots.removeAll(keepingCapacity: true)
        for s in oldUsed {
            let key = oldKeys[Int(s)]
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
            while slotKeys[slot] != Self.emptyKey { slot = (slot + 1) & mask }
            slotKeys[slot] = key
            slotHeads[slot] = oldHeads[Int(s)]
            usedSlots.append(Int32(slot))
        }
    }

    /// Calls `body(i, j, cellKey)` for every two objects listed in the same cell.
    func forEachPairInCells(_ body: (Int, Int, UInt64) -> Void) {
        for s in usedSlots {
            let key = slotKeys[Int(s)]
            var a = slotHeads[Int(s)]
            while a >= 0 {
                var b = entryNext[Int(a)]
                while b >= 0 {
                    body(Int(entryObject[Int(a)]), Int(entryObject[Int(b)]), key)
                    b = entryNext[Int(b)]
                }
                a = entryNext[Int(a)]
            }
        }
    }
}
