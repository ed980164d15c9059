import Testing
@testable import ConstellationSim

/// Snapshots from the query side equal brute-force references on random fleets.
@Suite struct QueryAnswerTests {
    static let filters: [FleetFilter] = [
        FleetFilter([.compare(.utilization, .less, 0.5)]),
        FleetFilter([.compare(.acceleratorTemp, .greater, 60), .mode(.nominal)]),
        FleetFilter([.group("beta"), .compare(.batterySOC, .less, 0.3)]),
        FleetFilter([.text("p1-"), .compare(.radiatorTemp, .greater, 0)]),
        FleetFilter([.text("nothing-matches")]),
        FleetFilter([.text("/P")]),
    ]

    /// Whether satellite `i` passes `filter`, written from the definition.
    static func passes(_ frame: EngineFrame, _ filter: FleetFilter, _ i: Int) -> Bool {
        filter.conditions.allSatisfy { condition in
            switch condition {
            case .compare(let column, .less, let v): frame.columns.value(column, i) < v
            case .compare(let column, .greater, let v): frame.columns.value(column, i) > v
            case .mode(let mode): frame.columns.mode[i] == mode
            case .group(let name):
                frame.identity.groupNames[Int(frame.identity.shellIndex[i])].lowercased() == name.lowercased()
            case .text(let text):
                frame.identity.ids[i].lowercased().contains(text.lowercased())
                    || frame.identity.groupNames[Int(frame.identity.shellIndex[i])].lowercased().contains(text.lowercased())
            }
        }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func filteredSortedWindowsEqualBruteForce(seed: UInt64) {
        let frame = randomFrame(6_000, seed: seed)
        var builder = SnapshotBuilder()
        for filter in Self.filters {
            for sort in [nil, RowSort(key: .battery), RowSort(key: .utilization, descending: true),
                         RowSort(key: .index, descending: true), RowSort(key: .links)] as [RowSort?] {
                let order = sort.map { referenceOrder(frame, $0) } ?? Array(0..<frame.count)
                let matches = order.filter { Self.passes(frame, filter, $0) }
                for first in [0, 7, 1_500, 2_990] {
                    let s = builder.snapshot(frame, ViewRequest(firstRow: first, rowCount: 20, sort: sort, filter: filter),
                                             history: nil)
                    let start = min(first, max(0, matches.count - 1))
                    #expect(s.filterMatchCount == matches.count)
                    #expect(s.filterMatches == Array(matches.prefix(FleetSnapshot.filterMatchLimit)))
                    #expect(s.firstRow == start)
                    #expect(s.rows.map(\.index) == Array(matches[min(start, matches.count)..<min(matches.count, start + 20)]),
                            "\(filter) \(String(describing: sort)) \(first)")
                }
            }
        }
    }

    @Test(arguments: [14, 15] as [UInt64])
    func unfilteredWindowsEqualTheFullSortForEveryKey(seed: UInt64) {
        let frame = randomFrame(5_000, seed: seed)
        var builder = SnapshotBuilder()
        for sort in everySort {
            let reference = referenceOrder(frame, sort)
            for first in [0, 2_500, 4_990] {
                let s = builder.snapshot(frame, ViewRequest(firstRow: first, rowCount: 30, sort: sort), history: nil)
                #expect(s.rows.map(\.index) == Array(reference[first..<min(5_000, first + 30)]), "\(sort) \(first)")
            }
        }
    }

    @Test(arguments: [16, 17] as [UInt64])
    func densityBinsEqualACountPerCell(seed: UInt64) {
        let frame = randomFrame(4_000, seed: seed)
        let (columns, rows) = (37, 19)
        var expected = [UInt32](repeating: 0, count: columns * rows)
        for i in 0..<frame.count {
            let r = min(rows - 1, max(0, Int(((90 - frame.columns.latitudeDeg[i]) / 180 * Double(rows)).rounded(.down))))
            let c = min(columns - 1, max(0, Int(((frame.columns.longitudeDeg[i] + 180) / 360 * Double(columns)).rounded(.down))))
            expected[r * columns + c] += 1
        }
        #expect(frame.densityCounts(columns: columns, rows: rows) == expected)
    }

    @Test func rowCarriesTypedCauseAndFractions() {
        var frame = randomFrame(10, seed: 18)
        frame.columns.modeCause[3] = .overTemperature
        frame.columns.batterySOC[3] = 0.25
        let row = frame.row(3)
        #expect(row.cause == .overTemperature)
        #expect(row.batterySOC == 0.25)
    }
}
