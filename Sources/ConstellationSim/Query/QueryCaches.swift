/// What the query service remembers between answers, so that an answer to an
/// unchanged frame costs O(visible): the filter's matches, the alarm list, the map
/// and heatmap bins, the selected orbit and the last lookup. Touched only on the
/// query service's queue.
struct QueryCaches {
    private var identityMask: (conditions: [FleetFilter.Condition], mask: [Bool])?
    private var matches: (serial: UInt64, filter: FleetFilter, indices: [Int32])?
    private var alarmList: (revision: UInt64, threshold: Int, includeHidden: Bool, filter: String?,
                            lines: [AlarmListLine])?
    private var alarmCounts: (revision: UInt64, counts: [UInt8])?
    private var density: (serial: UInt64, columns: Int, rows: Int, counts: [UInt32])?
    /// The worst mode per map cell, for the frame and size `density` holds.
    private var worstModes: [UInt8] = []
    private var track: (serial: UInt64, selected: Int, points: Int, track: [LatLonDeg])?
    private var firstMatches: (serial: UInt64, filter: FleetFilter, sort: RowSort, indices: [Int])?
    private var heatmap: (serial: UInt64, request: HeatmapRequest, heatmap: ShellHeatmap?)?
    private var orbit: (serial: UInt64, selected: Int, orbit: SelectedOrbit?)?
    private var lookup: (id: String, answer: SatelliteLookup)?
    private var longestID: (count: Int, length: Int)?

    /// Fleet indices (ascending) of `frame` passing `filter`. The identity part (ids and
    /// group names, lowercased string work) is computed once per filter text; the column
    /// part is one pass per frame.
    mutating func matches(_ frame: EngineFrame, _ filter: FleetFilter) -> [Int32] {
        if let m = matches, m.serial == frame.serial, m.filter == filter { return m.indices }
        let identity = filter.identityConditions
        let mask: [Bool]?
        if identity.isEmpty {
            mask = nil
        } else if let cached = identityMask, cached.conditions == identity, cached.mask.count == frame.count {
            mask = cached.mask
        } else {
            let groups = frame.identity.groupNames.map { $0.lowercased() }
            let computed = (0..<frame.count).map {
                FleetFilter.passesIdentity(identity, frame.identity, lowerGroups: groups, $0)
            }
            identityMask = (identity, computed)
            mask = computed
        }
        var out: [Int32] = []
        for i in 0..<frame.count where (mask?[i] ?? true) && filter.passesColumns(frame, i) {
            out.append(Int32(truncatingIfNeeded: i))
        }
        matches = (frame.serial, filter, out)
        return out
    }

    /// The whole grouped alarm list (only the lines matching `filter`, when given),
    /// rebuilt only when the book's revision, the grouping or the filter changed.
    /// MODE_CHANGE alarms are classed by the mode entered and the satellite's mode cause.
    mutating func alarmLines(_ frame: EngineFrame, threshold: Int, includeHidden: Bool, filter: String? = nil)
        -> [AlarmListLine] {
        let filter = filter.map { $0.lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        if let l = alarmList, l.revision == frame.alarms.revision, l.threshold == threshold,
           l.includeHidden == includeHidden, l.filter == filter {
            return l.lines
        }
        let causes = frame.columns.modeCause
        var lines = AlarmBook.alarmList(records: frame.alarms.records, firstOut: frame.alarms.firstOut,
                                        groupingThreshold: threshold, includeHidden: includeHidden) { key, record in
            guard key.parameter == .modeChange, let value = record.value, value.isFinite, abs(value) < 1e6,
                  let mode = OperatingMode(rawValue: Int(value.rounded())) else { return nil }
            let cause = causes.indices.contains(key.satellite) ? causes[key.satellite] : .none
            return AlarmCauseClass(mode: mode, cause: cause)
        }
        if let filter { lines = Self.filtered(lines, filter, ids: frame.identity.ids) }
        alarmList = (frame.alarms.revision, threshold, includeHidden, filter, lines)
        return lines
    }

    /// The lines with an alarm matching `text` (lowercased): satellite id, parameter or
    /// severity name contain it. A group keeps its matching members.
    static func filtered(_ lines: [AlarmListLine], _ text: String, ids: [String]) -> [AlarmListLine] {
        func matches(_ e: AlarmListEntry) -> Bool {
            if e.key.parameter.displayName.lowercased().contains(text) { return true }
            if e.severity.displayName.lowercased().contains(text) { return true }
            return ids.indices.contains(e.key.satellite) && ids[e.key.satellite].lowercased().contains(text)
        }
        return lines.compactMap { line in
            switch line {
            case .alarm(let e): return matches(e) ? line : nil
            case .group(var g):
                g.keepMembers(where: matches)
                return g.memberCount > 0 ? .group(g) : nil
            }
        }
    }

    /// The map for `request`: density bins once per frame (one pass), the ground track
    /// once per frame and selection, so a selection move costs only the track.
    mutating func map(_ frame: EngineFrame, _ request: MapRequest, selected: Int) -> FleetMap {
        let columns = max(1, request.columns), rows = max(1, request.rows)
        let counts: [UInt32], worst: [UInt8]
        if let d = density, d.serial == frame.serial, d.columns == columns, d.rows == rows {
            counts = d.counts
            worst = worstModes
        } else {
            counts = frame.densityCounts(columns: columns, rows: rows)
            worst = frame.worstModes(columns: columns, rows: rows)
            density = (frame.serial, columns, rows, counts)
            worstModes = worst
        }
        let points: [LatLonDeg]
        if let t = track, t.serial == frame.serial, t.selected == selected, t.points == request.trackPoints {
            points = t.track
        } else {
            points = (0..<frame.count).contains(selected)
                ? frame.groundTrack(satellite: selected, points: request.trackPoints) : []
            track = (frame.serial, selected, request.trackPoints, points)
        }
        return FleetMap(columns: columns, rows: rows, counts: counts, groundTrack: points,
                        subsolarPoint: EngineFrame.subsolarPoint(at: frame.time), worstMode: worst)
    }

    /// The first `limit` matches of `filter` in `sort` order, once per frame.
    mutating func firstMatches(_ frame: EngineFrame, _ filter: FleetFilter, _ sort: RowSort, candidates: [Int32],
                               limit: Int) -> [Int] {
        if let f = firstMatches, f.serial == frame.serial, f.filter == filter, f.sort == sort { return f.indices }
        let indices = RowOrder.window(frame, sort, candidates: candidates, count: candidates.count, range: 0..<limit)
        firstMatches = (frame.serial, filter, sort, indices)
        return indices
    }

    /// The heatmap for `request`, once per frame.
    mutating func heatmap(_ frame: EngineFrame, _ request: HeatmapRequest) -> ShellHeatmap? {
        if let h = heatmap, h.serial == frame.serial, h.request == request { return h.heatmap }
        var counts: [UInt8] = []
        if request.metric == .alarms {
            if let c = alarmCounts, c.revision == frame.alarms.revision, c.counts.count == frame.count {
                counts = c.counts
            } else {
                counts = frame.alarmCountsPerSatellite()
                alarmCounts = (frame.alarms.revision, counts)
            }
        }
        let built = frame.heatmap(request, alarmCounts: counts)
        heatmap = (frame.serial, request, built)
        return built
    }

    /// The selected satellite's orbit, once per frame and selection.
    mutating func orbit(_ frame: EngineFrame, selected: Int) -> SelectedOrbit? {
        if let o = orbit, o.serial == frame.serial, o.selected == selected { return o.orbit }
        let built = frame.selectedOrbit(selected)
        orbit = (frame.serial, selected, built)
        return built
    }

    /// The answer for `id` (ids never change during a run, so one scan per id): the
    /// exact id, else the satellites whose id within their shell is `id`.
    mutating func lookup(_ frame: EngineFrame, _ id: String) -> SatelliteLookup {
        if let l = lookup, l.id == id { return l.answer }
        let answer = frame.lookup(id)
        lookup = (id, answer)
        return answer
    }

    /// Characters in the longest id of the fleet, once per fleet.
    mutating func longestIDLength(_ frame: EngineFrame) -> Int {
        if let l = longestID, l.count == frame.count { return l.length }
        let length = frame.identity.ids.reduce(0) { max($0, $1.unicodeScalars.count) }
        longestID = (frame.count, length)
        return length
    }
}
