/// A binary min-heap of (key, node) in two flat arrays, for Dijkstra with lazy deletion
/// (a node may be pushed several times; stale entries are skipped when popped).
struct MinHeap {
    private(set) var keys: [Double] = []
    private(set) var nodes: [Int32] = []

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) >> 1
            guard keys[parent] > key else { break }
            keys[i] = keys[parent]
            nodes[i] = nodes[parent]
            i = parent
        }
        keys[i] = key
        nodes[i] = node
    }

    /// Removes and returns the smallest entry.
    mutating func pop() -> (key: Double, node: Int32)? {
        guard let top = keys.first, let topNode = nodes.first else { return nil }
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        let n = keys.count
        if n > 0 {
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= n { break }
                if child + 1 < n && keys[child + 1] < keys[child] { child += 1 }
                guard keys[child] < lastKey else { break }
                keys[i] = keys[child]
                nodes[i] = nodes[child]
                i = child
            }
            keys[i] = lastKey
            nodes[i] = lastNode
        }
        return (top, topNode)
    }

    var bytes: Int { keys.capacity * 8 + nodes.capacity * 4 }
}
