extension AlarmBook {
    /// Applies an operator command at its simulation time and returns the transitions it
    /// caused (they are also part of the tick's transitions returned by `endTick`).
    /// A command that does not apply (unknown satellite, nothing to acknowledge, reset
    /// of an alarm that is not latched…) changes nothing and returns no transition.
    @discardableResult
    public mutating func apply(_ command: AlarmCommand) -> [AlarmTransition] {
        let start = pendingCount
        let t = command.simSeconds
        let op = command.operatorName
        switch command.action {
        case .acknowledge(let key, let comment):
            acknowledge(key, at: t, operatorName: op, comment: comment)
        case .acknowledgeAll(let comment):
            for key in keysNeedingAcknowledgement(where: { _, _ in true }) {
                acknowledge(key, at: t, operatorName: op, comment: comment)
            }
        case .acknowledgeGroup(let parameter, let severity, let comment):
            let keys = keysNeedingAcknowledgement { key, record in
                key.parameter == parameter && record.severity == severity
            }
            for key in keys { acknowledge(key, at: t, operatorName: op, comment: comment) }
        case .shelve(let key, let duration, let comment):
            guard duration > 0, duration.isFinite else { break }
            shelve(key, shelf: .timed(untilSeconds: t + min(duration, maximumShelveSeconds)), at: t, op, comment)
        case .shelveOneShot(let key, let comment):
            shelve(key, shelf: .oneShot(untilSeconds: t + maximumShelveSeconds), at: t, op, comment)
        case .unshelve(let key):
            guard isValid(key), let record = records[key], record.shelf != .none else { break }
            mutate(key, at: t, operatorName: op) { record, level, suppressed in
                record.shelf = .none
                record.reconcile(level: level, suppressed: suppressed, at: t)
                return .unshelved
            }
        case .resetLatched(let key):
            guard isValid(key), state(of: key) == .latched else { break }
            mutate(key, at: t, operatorName: op) { record, _, _ in
                record.cycle = .normal
                return .reset
            }
        case .removeFromService(let key, let comment):
            guard isValid(key), records[key]?.outOfService != true else { break }
            mutate(key, at: t, operatorName: op, comment: comment) { record, _, _ in
                record.outOfService = true
                record.shelf = .none
                record.cycle = .normal
                return .removedFromService
            }
        case .returnToService(let key):
            guard isValid(key), records[key]?.outOfService == true else { break }
            mutate(key, at: t, operatorName: op) { record, level, suppressed in
                record.outOfService = false
                record.reconcile(level: level, suppressed: suppressed, at: t)
                return .returnedToService
            }
        }
        return pendingTransitions(from: start)
    }

    private mutating func acknowledge(_ key: AlarmKey, at t: Double, operatorName: String, comment: String?) {
        guard isValid(key), state(of: key).needsAcknowledgement else { return }
        mutate(key, at: t, operatorName: operatorName, comment: comment) { record, _, _ in
            record.cycle = record.cycle == .unacked ? .acked : .normal
            return .acknowledged
        }
    }

    private mutating func shelve(
        _ key: AlarmKey, shelf: AlarmRecord.Shelf, at t: Double, _ op: String, _ comment: String?
    ) {
        guard isValid(key), records[key]?.outOfService != true else { return }
        mutate(key, at: t, operatorName: op, comment: comment) { record, _, _ in
            record.shelf = shelf
            record.cycle = .normal
            return .shelved
        }
    }

    /// Keys of the alarms awaiting acknowledgement that match, in id order (deterministic).
    private func keysNeedingAcknowledgement(where match: (AlarmKey, AlarmRecord) -> Bool) -> [AlarmKey] {
        records.compactMap { key, record in
            state(of: key).needsAcknowledgement && match(key, record) ? key : nil
        }.sorted()
    }
}

extension AlarmBook {
    /// Applies an operator command between two ticks (the engine host does this for
    /// every command, running or paused) and returns its transitions. Unlike `apply`,
    /// they are taken out of the tick in progress: the next `endTick` does not return
    /// them again, so the caller journals them on their own.
    public mutating func applyBetweenTicks(_ command: AlarmCommand) -> [AlarmTransition] {
        let start = pendingCount
        apply(command)
        return takePendingTransitions(from: start)
    }
}
