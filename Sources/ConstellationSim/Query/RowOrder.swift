/// A fleet index with its order key: (key, index) order is the table order.
struct OrderEntry: Comparable, Sendable {
    var key: UInt64
    var index: Int32

    @inline(__always)
    static func < (a: Self, b: Self) -> Bool { a.key != b.key ? a.key < b.key : a.index < b.index }

    /// The same entry with both fields inverted, so smaller means later in the order.
    @inline(__always)
    var reversed: OrderEntry { OrderEntry(key: ~key, index: ~index) }
}

/// The table order of a frame, three ways: a window by bounded-heap selection
/// (O(n) with a heap of the window's depth, for windows near either end), a full
/// order by LSD radix sort on the 64-bit keys (O(n), stable), and a refresh of an
/// older order by an adaptive comparison sort (the older order is nearly sorted).
enum RowOrder {
    /// Deepest window answered by selection; deeper ones sort everything once.
    static let selectionLimit = 4_096

    /// The order keys of `candidates` (every satellite when nil), in candidate order.
    static func entries(_ frame: EngineFrame, _ sort: RowSort, candidates: [Int32]?) -> [OrderEntry] {
        func entry(_ i: Int) -> OrderEntry {
            let value = frame.sortValue(sort.key, i)
            return OrderEntry(key: RowSort.orderKey(value, descending: sort.descending), index: Int32(truncatingIfNeeded: i))
        }
        if let candidates { return candidates.map { entry(Int($0)) } }
        return (0..<frame.count).map(entry)
    }

    /// Candidates (ascending fleet indices; every satellite when nil) in table order.
    static func fullOrder(_ frame: EngineFrame, _ sort: RowSort, candidates: [Int32]?) -> [Int32] {
        var items = entries(frame, sort, candidates: candidates)
        radixSort(&items)
        return items.map(\.index)
    }

    /// `previous` (an order of the same candidates under older values) re-sorted under
    /// `frame`'s values. The standard library's sort is adaptive to runs, so a nearly
    /// sorted permutation costs close to one pass.
    static func refreshed(_ previous: [Int32], _ frame: EngineFrame, _ sort: RowSort) -> [Int32] {
        var items = entries(frame, sort, candidates: previous)
        items.sort()
        return items.map(\.index)
    }

    /// Positions `range` of the table order of `candidates` (every satellite when nil;
    /// `count` of them), as fleet indices.
    static func window(_ frame: EngineFrame, _ sort: RowSort, candidates: [Int32]?, count m: Int,
                       range: Range<Int>) -> [Int] {
        let lower = max(0, min(range.lowerBound, m)), upper = max(lower, min(range.upperBound, m))
        guard upper > lower else { return [] }
        if upper <= selectionLimit {
            let smallest = select(frame, sort, candidates: candidates, count: m, keep: upper, reversed: false)
            return smallest[lower..<upper].map { Int($0.index) }
        }
        if m - lower <= selectionLimit {
            // The largest m − lower entries, sorted, fill positions lower..<m.
            let largest = select(frame, sort, candidates: candidates, count: m, keep: m - lower, reversed: true)
            return largest[0..<(upper - lower)].map { Int($0.index) }
        }
        let order = fullOrder(frame, sort, candidates: candidates)
        return order[lower..<upper].map { Int($0) }
    }

    /// The `keep` first (or, `reversed`, last) entries in table order, sorted in table order.
    private static func select(_ frame: EngineFrame, _ sort: RowSort, candidates: [Int32]?, count m: Int, keep: Int,
                               reversed: Bool) -> [OrderEntry] {
        var heap = BoundedMaxHeap(capacity: keep)
        for position in 0..<m {
            let i = candidates.map { Int($0[position]) } ?? position
            let value = frame.sortValue(sort.key, i)
            let e = OrderEntry(key: RowSort.orderKey(value, descending: sort.descending), index: Int32(truncatingIfNeeded: i))
            heap.offer(reversed ? e.reversed : e)
        }
        let kept = heap.sortedAscending()
        return reversed ? kept.reversed().map(\.reversed) : kept
    }

    /// Stable LSD radix sort on `key` (16-bit digits, 4 passes; passes where every key
    /// shares the digit are skipped). Equal keys keep their input order.
    static func radixSort(_ items: inout [OrderEntry]) {
        let n = items.count
        guard n > 1 else { return }
        var histograms = [Int](repeating: 0, count: 4 << 16)
        for e in items {
            for d in 0..<4 { histograms[d << 16 | Int((e.key >> (16 * UInt64(d))) & 0xFFFF)] += 1 }
        }
        var buffer = items
        for d in 0..<4 {
            let base = d << 16
            if histograms[base + Int(items[0].key >> (16 * UInt64(d)) & 0xFFFF)] == n { continue }
            var offsets = [Int](repeating: 0, count: 1 << 16)
            var sum = 0
            for b in 0..<(1 << 16) {
                offsets[b] = sum
                sum += histograms[base + b]
            }
            items.withUnsafeBufferPointer { input in
                buffer.withUnsafeMutableBufferPointer { output in
                    for e in input {
                        let b = Int((e.key >> (16 * UInt64(d))) & 0xFFFF)
                        output[offsets[b]] = e
                        offsets[b] += 1
                    }
                }
            }
            swap(&items, &buffer)
        }
    }
}

/// The `capacity` smallest entries offered so far (a binary max-heap).
struct BoundedMaxHeap {
    private var items: [OrderEntry] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(0, capacity)
        items.reserveCapacity(self.capacity)
    }

    @inline(__always)
    mutating func offer(_ e: OrderEntry) {
        if items.count < capacity {
            items.append(e)
            siftUp(items.count - 1)
        } else if capacity > 0, e < items[0] {
            items[0] = e
            siftDown(0)
        }
    }

    private mutating func siftUp(_ start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[parent] < items[i] else { return }
            items.swapAt(parent, i)
            i = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1, r = l + 1
            var largest = i
            if l < items.count, items[largest] < items[l] { largest = l }
            if r < items.count, items[largest] < items[r] { largest = r }
            guard largest != i else { return }
            items.swapAt(i, largest)
            i = largest
        }
    }

    func sortedAscending() -> [OrderEntry] { items.sorted() }
}
