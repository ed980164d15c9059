/// Builds the console's snapshot from a frame and a view request, in
/// O(visible + bins) for an unchanged frame and O(n) with a small heap for a new one:
/// never a full sort on the answer path.
package struct SnapshotBuilder {
    var caches = QueryCaches()
    package let orders = OrderCache()

    package init() {}

    /// The answer to `request` from `frame`; `history` is the selected satellite's.
    package mutating func snapshot(_ frame: EngineFrame, _ request: ViewRequest, history: SatelliteHistory?)
        -> FleetSnapshot {
        let n = frame.count
        let selectedRow = (0..<n).contains(request.selected) ? frame.row(request.selected) : nil
        var s = FleetSnapshot(scenarioName: frame.scenarioName, tick: frame.tick, simSeconds: frame.simSeconds,
                              time: frame.time, dtSeconds: frame.dtSeconds, runState: frame.runState,
                              speed: frame.speed, ticksPerSecond: frame.ticksPerSecond, satelliteCount: n,
                              firstRow: 0, rows: [], selected: selectedRow, aggregates: frame.aggregates,
                              limits: frame.scenario.spacecraft.map(\.limits))
        s.replay = frame.replay
        s.step = frame.step
        let window = tableWindow(frame, request, into: &s)
        s.rows = window.map(frame.row)
        s.alarms = alarmSection(frame, request)
        s.maximumShelveSeconds = frame.alarms.maximumShelveSeconds
        s.history = history?.satellite == request.selected ? history : nil
        if let map = request.map { s.map = caches.map(frame, map, selected: request.selected) }
        if let heatmap = request.heatmap { s.heatmap = caches.heatmap(frame, heatmap) }
        if let latency = request.latency { s.latency = frame.latency(latency) }
        s.groundStations = frame.scenario.groundStations
        s.shellNames = frame.scenario.shells.map(\.shell.name)
        if let id = request.lookupID { s.lookup = caches.lookup(frame, id) }
        s.longestIDLength = caches.longestIDLength(frame)
        s.longestGroupNameLength = frame.identity.groupNames.reduce(0) { max($0, $1.unicodeScalars.count) }
        s.alarmSatelliteIDs = namedSatellites(s.alarms, frame)
        for i in s.alarmSatelliteIDs.keys where frame.identity.spacecraftClass.indices.contains(i) {
            s.alarmSatelliteClasses[i] = Int(frame.identity.spacecraftClass[i])
        }
        s.selectedOrbit = caches.orbit(frame, selected: request.selected)
        s.catalogObjectCount = frame.catalogObjects.count
        if request.catalogRowCount > 0 {
            s.catalogFirstRow = max(0, min(request.catalogFirstRow, frame.catalogObjects.count - 1))
            s.catalogObjects = frame.catalogObjectRows(first: s.catalogFirstRow, count: request.catalogRowCount)
        }
        return s
    }

    /// The table's window in its order (and, filtered, the match count and first
    /// matches); sets `firstRow` and returns the fleet indices of the rows.
    private mutating func tableWindow(_ frame: EngineFrame, _ request: ViewRequest, into s: inout FleetSnapshot) -> [Int] {
        let sort = request.sort.flatMap { $0 == RowSort(key: .index) ? nil : $0 }
        let total: Int
        var candidates: [Int32]?
        if let filter = request.filter {
            let m = caches.matches(frame, filter)
            candidates = m
            total = m.count
            s.filterMatchCount = total
        } else {
            total = frame.count
        }
        let first = min(max(0, request.firstRow), max(0, total - 1))
        let range = first..<min(total, first + max(0, request.rowCount))
        s.firstRow = first
        let limit = 0..<min(total, FleetSnapshot.filterMatchLimit)
        guard let sort else {
            if let candidates {
                s.filterMatches = candidates[limit].map { Int($0) }
                return candidates[range].map { Int($0) }
            }
            return Array(range)
        }
        if let candidates, let filter = request.filter {
            s.filterMatches = caches.firstMatches(frame, filter, sort, candidates: candidates, limit: limit.upperBound)
            return RowOrder.window(frame, sort, candidates: candidates, count: total, range: range)
        }
        if sort.key == .index { return range.map { total - 1 - $0 } }
        if let order = orders.order(sort, serial: frame.serial) { return order[range].map { Int($0) } }
        // Not built for this frame yet: answer exactly by selection now, build the full
        // order in the background for the next scroll or selection move.
        orders.prepare(sort, frame)
        return RowOrder.window(frame, sort, candidates: nil, count: total, range: range)
    }

    /// Summary, list window, first-out, KPIs and the selected satellite's alarms.
    private mutating func alarmSection(_ frame: EngineFrame, _ request: ViewRequest) -> AlarmSnapshot {
        var out = AlarmSnapshot()
        out.summary = frame.alarms.summary
        out.journal = frame.journal
        if request.alarmLineCount > 0 {
            let list = caches.alarmLines(frame, threshold: request.alarmGroupingThreshold,
                                         includeHidden: request.includeHiddenAlarms, filter: request.alarmFilter)
            out.lineCount = list.count
            if let focus = request.alarmFocus { (out.focusLine, out.focusMember) = Self.locate(focus, in: list) }
            let first = min(max(0, request.alarmFirstLine), max(0, list.count - 1))
            out.firstLine = first
            out.lines = list[first..<min(list.count, first + request.alarmLineCount)].map { line in
                guard case .group(var group) = line else { return line }
                group.truncateMembers(to: request.alarmGroupMemberLimit)
                return .group(group)
            }
        }
        if let key = frame.alarms.firstOut, let name = frame.alarmSubjectName(key.satellite) {
            out.firstOut = key.name(satelliteID: name)
        }
        if request.includeAlarmKPIs { out.kpis = frame.alarms.kpis }
        if (0..<frame.count).contains(request.selected) {
            out.selectedAlarms = AlarmParameter.allCases.compactMap { parameter in
                let key = AlarmKey(satellite: request.selected, parameter: parameter)
                return frame.alarms.records[key].flatMap { AlarmBook.entry(key, $0, firstOut: frame.alarms.firstOut) }
            }
        }
        return out
    }

    /// The line holding `key` and its place among the group's members (O(lines), and
    /// O(members carried) for the one group it may be in).
    static func locate(_ key: AlarmKey, in list: [AlarmListLine]) -> (line: Int?, member: Int?) {
        for (i, line) in list.enumerated() {
            switch line {
            case .alarm(let e) where e.key == key: return (i, nil)
            case .group(let g) where g.parameter == key.parameter:
                if let m = g.members.firstIndex(where: { $0.key == key }) { return (i, m) }
            default: continue
            }
        }
        return (nil, nil)
    }

    /// Ids of the satellites the alarm section names.
    private func namedSatellites(_ alarms: AlarmSnapshot, _ frame: EngineFrame) -> [Int: String] {
        var named = Set<Int>()
        for line in alarms.lines {
            switch line {
            case .alarm(let e): named.insert(e.key.satellite)
            case .group(let g): for m in g.members { named.insert(m.key.satellite) }
            }
        }
        for e in alarms.selectedAlarms { named.insert(e.key.satellite) }
        var ids: [Int: String] = [:]
        for i in named { ids[i] = frame.alarmSubjectName(i) }
        return ids
    }
}

extension EngineFrame {
    /// The snapshot for `request` built from scratch (fresh caches, no history): what
    /// tests and benchmarks compare with the service's answers.
    package func snapshot(for request: ViewRequest) -> FleetSnapshot {
        var builder = SnapshotBuilder()
        return builder.snapshot(self, request, history: nil)
    }
}
