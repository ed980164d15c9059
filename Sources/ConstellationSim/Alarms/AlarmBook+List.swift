extension AlarmBook {
    /// The alarm list for the console: annunciated alarms (UNACKED, ACKED, RTN_UNACKED,
    /// LATCHED), with `includeHidden` also shelved, suppressed and out-of-service ones.
    /// Visible alarms of the same parameter and severity on `groupingThreshold` or more
    /// satellites become one group line. Sorted: awaiting acknowledgement first, then
    /// most severe, then newest, then alarm id.
    public func alarmList(groupingThreshold: Int = 3, includeHidden: Bool = false) -> [AlarmListLine] {
        Self.alarmList(records: records, firstOut: firstOut, groupingThreshold: groupingThreshold,
                       includeHidden: includeHidden)
    }

    /// The alarm list of a published copy of the records (see `alarmList`).
    /// `causeOf` gives an alarm's cause class (MODE_CHANGE); alarms of different classes
    /// never share a group.
    package static func alarmList(records: [AlarmKey: AlarmRecord], firstOut: AlarmKey?, groupingThreshold: Int,
                                  includeHidden: Bool,
                                  causeOf: (AlarmKey, AlarmRecord) -> AlarmCauseClass? = { _, _ in nil })
        -> [AlarmListLine] {
        var buckets: [GroupKey: [AlarmListEntry]] = [:]
        var lines: [AlarmListLine] = []
        for (key, record) in records {
            guard var entry = entry(key, record, firstOut: firstOut) else { continue }
            entry.causeClass = causeOf(key, record)
            switch entry.state {
            case .unacked, .acked, .rtnUnacked, .latched:
                buckets[GroupKey(parameter: key.parameter, severity: entry.severity, causeClass: entry.causeClass), default: []].append(entry)
            case .shelved, .suppressed, .outOfService:
                if includeHidden { lines.append(.alarm(entry)) }
            case .normal:
                continue
            }
        }
        for (group, members) in buckets {
            if members.count >= max(groupingThreshold, 2) {
                let sorted = members.sorted { AlarmListLine.inListOrder(.alarm($0), .alarm($1)) }
                lines.append(.group(AlarmGroup(parameter: group.parameter, severity: group.severity,
                                                   causeClass: group.causeClass, members: sorted)))
            } else {
                lines += members.map { .alarm($0) }
            }
        }
        return lines.sorted(by: AlarmListLine.inListOrder)
    }

    /// One alarm as a list entry (nil when NORMAL).
    public func entry(_ key: AlarmKey) -> AlarmListEntry? {
        guard let record = records[key] else { return nil }
        return Self.entry(key, record, firstOut: firstOut)
    }

    /// One published record as a list entry, in the state it showed when last changed.
    package static func entry(_ key: AlarmKey, _ record: AlarmRecord, firstOut: AlarmKey?) -> AlarmListEntry? {
        guard record.shown != .normal else { return nil }
        return AlarmListEntry(
            key: key, state: record.shown, severity: record.severity, value: record.value, limit: record.limit,
            raisedSeconds: record.raisedSeconds, isFirstOut: key == firstOut,
            shelvedUntilSeconds: record.shelf.untilSeconds, comment: record.comment)
    }

    /// The header counts by a pass over every record: the reference the kept
    /// `summary` is tested against.
    package func summaryByScanning() -> AlarmSummary {
        var s = AlarmSummary()
        s.isFlooding = flood.isFlooding
        for (key, record) in records {
            let state = record.displayed(level: trackers[index(key)].level, suppressed: isSuppressed(key))
            switch state {
            case .unacked, .rtnUnacked:
                s.unacknowledged += 1
                s.highestUnacknowledged = max(s.highestUnacknowledged ?? record.severity, record.severity)
            case .shelved: s.shelved += 1
            case .suppressed: s.suppressed += 1
            case .outOfService: s.outOfService += 1
            default: break
            }
            if state.isActive { s.active += 1 }
        }
        return s
    }

    fileprivate struct GroupKey: Hashable {
        var parameter: AlarmParameter
        var severity: AlarmSeverity
        var causeClass: AlarmCauseClass?
    }
}
