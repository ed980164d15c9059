import Testing
@testable import ConstellationSim

/// The table order answered by selection, radix sort, refresh and the background
/// cache equals a full comparison sort by the definition (ties, NaN, both directions).
@Suite struct QueryOrderTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func windowsBySelectionEqualTheFullSort(seed: UInt64) {
        let frame = randomFrame(10_000, seed: seed)
        let windows = [0..<25, 100..<160, 4_090..<4_100, 5_000..<5_040, 9_980..<10_000, 9_990..<10_020]
        for sort in everySort {
            let reference = referenceOrder(frame, sort)
            for window in windows {
                let got = RowOrder.window(frame, sort, candidates: nil, count: frame.count, range: window)
                let clamped = window.clamped(to: 0..<frame.count)
                #expect(got == Array(reference[clamped]), "\(sort) \(window)")
            }
        }
    }

    @Test(arguments: [4, 5] as [UInt64])
    func radixOrderEqualsTheFullSort(seed: UInt64) {
        let frame = randomFrame(3_000, seed: seed)
        for sort in everySort {
            #expect(RowOrder.fullOrder(frame, sort, candidates: nil).map(Int.init) == referenceOrder(frame, sort), "\(sort)")
        }
    }

    @Test(arguments: [6, 7] as [UInt64])
    func refreshedOrderAfterValuesChangeEqualsAFreshSort(seed: UInt64) {
        let before = randomFrame(3_000, seed: seed)
        var after = before
        // Small moves (a nearly sorted permutation) plus a few large jumps and new NaNs.
        var rng = SeededRandom(seed: seed &+ 100)
        for i in 0..<after.count {
            after.columns.latitudeDeg[i] += Double(Int.random(in: -2...2, using: &rng)) * 0.5
            if i % 97 == 0 { after.columns.acceleratorTempC[i] = .nan }
            if i % 89 == 0 { after.columns.batterySOC[i] = Double.random(in: 0...1, using: &rng) }
        }
        for sort in everySort {
            let previous = RowOrder.fullOrder(before, sort, candidates: nil)
            #expect(RowOrder.refreshed(previous, after, sort).map(Int.init) == referenceOrder(after, sort), "\(sort)")
        }
    }

    @Test func backgroundOrderServesLaterAnswersExactly() {
        let frame = randomFrame(6_000, seed: 8, serial: 41)
        var builder = SnapshotBuilder()
        let sort = RowSort(key: .acceleratorTemp, descending: true)
        let reference = referenceOrder(frame, sort)
        let first = builder.snapshot(frame, ViewRequest(firstRow: 3_000, rowCount: 30, sort: sort), history: nil)
        #expect(first.rows.map(\.index) == Array(reference[3_000..<3_030]))
        builder.orders.waitUntilIdle()
        #expect(builder.orders.order(sort, serial: 41)?.map(Int.init) == reference)
        let second = builder.snapshot(frame, ViewRequest(firstRow: 5_990, rowCount: 30, sort: sort), history: nil)
        #expect(second.firstRow == 5_990)
        #expect(second.rows.map(\.index) == Array(reference[5_990...]))
        // A changed frame refreshes the cached order in the background; answers stay exact meanwhile.
        var next = frame
        next.serial = 42
        next.columns.acceleratorTempC.reverse()
        let third = builder.snapshot(next, ViewRequest(firstRow: 10, rowCount: 5, sort: sort), history: nil)
        #expect(third.rows.map(\.index) == Array(referenceOrder(next, sort)[10..<15]))
        builder.orders.waitUntilIdle()
        #expect(builder.orders.order(sort, serial: 42)?.map(Int.init) == referenceOrder(next, sort))
    }
}
