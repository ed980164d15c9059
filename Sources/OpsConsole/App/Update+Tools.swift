import Foundation
import ConstellationSim

/// `update` for the alarm keys, prompts, filter, jump, fault menu and orbit step.

/// Most satellites one fault injection sends commands to.
let faultInjectionCap = FleetSnapshot.filterMatchLimit

/// Applies what the newest snapshot says: the alarm window, the filter's match count,
/// and the answer to a pending jump.
func frameArrived(_ frame: FrameData, _ state: inout AppState) -> [EngineCommand] {
    state.frame = frame
    if state.view == .alarms {
        if state.alarmFocus != nil, let line = frame.alarmFocusLine {
            // Follow the alarm acted on to wherever the list now puts it.
            state.alarmSelected = line
            let memberShown = frame.alarmFocusMember.map { member in
                let offset = line - frame.alarmFirstLine
                guard frame.alarmTargets.indices.contains(offset),
                      case .group(let id, let members, _, _) = frame.alarmTargets[offset],
                      state.expandedGroups.contains(id), member < members.count else { return false }
                return true
            } ?? false
            state.alarmMember = memberShown ? frame.alarmFocusMember : nil
        }
        state.alarmSelected = min(state.alarmSelected, max(0, frame.alarmLineTotal - 1))
        if let member = state.alarmMember, member >= expandedMembers(state).count { state.alarmMember = nil }
        keepAlarmVisible(&state)
    }
    if state.view == .latency { keepRouteVisible(&state) }
    if state.filter != nil {
        state.cursor = min(state.cursor, max(0, state.tableTotal - 1))
        keepSelectionVisible(&state)
    }
    if let lookup = frame.lookup, lookup.id == state.pendingLookup {
        state.pendingLookup = nil
        if let index = lookup.index {
            select(index, id: lookup.id, &state)
        } else if !lookup.candidates.isEmpty {
            state.prompt = Prompt(.pickSatellite(lookup.candidates))
        } else {
            state.message = "unknown satellite id '\(lookup.id)'"
        }
    }
    return []
}

/// Selects satellite `index` (a jump): leaves the filter and the sort so the satellite
/// is where its index says.
func select(_ index: Int, id: String, _ state: inout AppState) {
    state.filter = nil
    state.sort = nil
    state.cursor = index
    state.selected = index
    keepSelectionVisible(&state)
    state.message = "selected \(id)"
}

/// The operator looked at the alarm list: alarms so far are no longer new.
func markLooked(_ state: inout AppState) {
    state.unacknowledgedAtLook = state.frame.unacknowledged
    state.lookSeconds = state.frame.simSeconds
}

private func keepAlarmVisible(_ state: inout AppState) {
    let rows = max(1, state.alarmRows)
    if state.alarmSelected < state.alarmTop { state.alarmTop = state.alarmSelected }
    if state.alarmSelected >= state.alarmTop + rows { state.alarmTop = state.alarmSelected - rows + 1 }
    state.alarmTop = max(0, min(state.alarmTop, max(0, state.frame.alarmLineTotal - rows)))
}

/// The selected alarm line's target, when the snapshot carried it.
func selectedTarget(_ state: AppState) -> AlarmTarget? {
    let offset = state.alarmSelected - state.frame.alarmFirstLine
    guard state.frame.alarmTargets.indices.contains(offset) else { return nil }
    let target = state.frame.alarmTargets[offset]
    if let member = state.alarmMember, case .group(_, let members, _, _) = target, members.indices.contains(member) {
        return .alarm(members[member], .unacked)
    }
    return target
}

/// The members listed under the selected line when it is an expanded group, else none.
private func expandedMembers(_ state: AppState) -> [AlarmKey] {
    let offset = state.alarmSelected - state.frame.alarmFirstLine
    guard state.frame.alarmTargets.indices.contains(offset),
          case .group(let id, let members, _, _) = state.frame.alarmTargets[offset],
          state.expandedGroups.contains(id) else { return [] }
    return members
}

/// ↑/↓ through the list, stepping into the members of expanded groups.
private func moveAlarmCursor(by step: Int, _ state: inout AppState) {
    let last = max(0, state.frame.alarmLineTotal - 1)
    if step > 0 {
        let members = expandedMembers(state).count
        let next = (state.alarmMember ?? -1) + 1
        if next < members {
            state.alarmMember = next
        } else if state.alarmSelected < last {
            state.alarmSelected += 1
            state.alarmMember = nil
        }
    } else if let member = state.alarmMember {
        state.alarmMember = member > 0 ? member - 1 : nil
    } else if state.alarmSelected > 0 {
        state.alarmSelected -= 1
        let members = expandedMembers(state).count
        state.alarmMember = members > 0 ? members - 1 : nil
    }
}

/// The actions beyond moving and views; nil when `action` is not one of them.
func performAlarmOrTool(_ action: ConsoleAction, on state: inout AppState) -> [EngineCommand]? {
    let alarmActions: [ConsoleAction] = [.acknowledge, .acknowledgeAll, .acknowledgeWithComment, .shelve, .unshelve,
                                         .resetLatched, .expand]
    if state.view == .alarms, [.moveUp, .moveDown, .first, .last, .pageUp, .pageDown].contains(action) {
        state.alarmFocus = nil
        let last = max(0, state.frame.alarmLineTotal - 1)
        let page = max(1, state.alarmRows)
        switch action {
        case .moveUp: moveAlarmCursor(by: -1, &state)
        case .moveDown: moveAlarmCursor(by: 1, &state)
        case .pageUp: state.alarmSelected = max(0, state.alarmSelected - page)
        case .pageDown: state.alarmSelected = min(last, state.alarmSelected + page)
        case .last: state.alarmSelected = last
        default: state.alarmSelected = 0
        }
        if action != .moveUp && action != .moveDown { state.alarmMember = nil }
        keepAlarmVisible(&state)
        return []
    }
    if state.view == .events, let handled = eventLogAction(action, &state) { return handled }
    if alarmActions.contains(action) {
        guard state.view == .alarms else {
            state.message = "alarm keys work in view 4 (alarms)"
            return []
        }
        markLooked(&state)
        return alarmAction(action, &state)
    }
    switch action {
    case .filter where state.view == .alarms:
        state.prompt = Prompt(.alarmFilter, text: state.alarmFilter ?? "")
    case .clear where state.view == .alarms && state.alarmFilter != nil:
        state.alarmFilter = nil
        state.alarmSelected = 0
        state.alarmTop = 0
        state.message = "alarm filter cleared"
    case .filter:
        state.prompt = Prompt(.filter, text: state.filter?.text ?? "")
    case .jump:
        state.prompt = Prompt(.jump)
    case .clear:
        if state.filter != nil {
            state.filter = nil
            state.cursor = 0
            keepSelectionVisible(&state)
            state.message = "filter cleared"
        }
    case .nextMatch:
        guard state.filter != nil, state.tableTotal > 0 else {
            state.message = "no filter: / sets one"
            return []
        }
        state.cursor = (state.cursor + 1) % state.tableTotal
        keepSelectionVisible(&state)
    case .injectFault:
        state.faultMenu = 0
    case .stepOrbit:
        guard state.frame.paused else {
            state.message = "pause first (space), then > steps one orbit"
            return []
        }
        guard let ticks = state.frame.orbitStepTicks else {
            state.message = "no satellite selected"
            return []
        }
        state.message = "stepping one orbit: \(ticks) ticks"
        return [.step(ticks)]
    default:
        return nil
    }
    return []
}

private func alarmAction(_ action: ConsoleAction, _ state: inout AppState) -> [EngineCommand] {
    if action == .acknowledgeAll {
        let count = state.frame.alarmTargets.count { $0.needsAcknowledgement }
        guard count > 0 else {
            state.message = "nothing to acknowledge"
            return []
        }
        state.prompt = Prompt(.confirmAcknowledgeAll)
        return []
    }
    guard let target = selectedTarget(state) else {
        state.message = "no alarm selected"
        return []
    }
    switch action {
    case .acknowledge:
        guard target.needsAcknowledgement else {
            state.message = "\(describe(target, state)) needs no acknowledgement"
            return []
        }
        follow(target, &state)
        let commands = acknowledge(target, comment: nil)
        state.message = "acknowledged \(describe(target, state))" + partNote(target, commands.count)
        return commands
    case .acknowledgeWithComment: state.prompt = Prompt(.comment)
    case .shelve: state.prompt = Prompt(.shelveDuration)
    case .unshelve:
        follow(target, &state)
        state.message = "unshelved \(describe(target, state))"
        return keys(of: target).map { .alarm(.unshelve($0)) }
    case .resetLatched:
        follow(target, &state)
        state.message = "reset \(describe(target, state)) (latched alarms return to normal)"
        return keys(of: target).map { .alarm(.resetLatched($0)) }
    case .expand:
        guard case .group(let id, _, _, _) = target else { return [] }
        if state.expandedGroups.contains(id) { state.expandedGroups.remove(id) } else { state.expandedGroups.insert(id) }
        state.alarmMember = nil
    default: break
    }
    return []
}

/// The selection follows `target`'s (first) alarm from now on.
func follow(_ target: AlarmTarget, _ state: inout AppState) {
    state.alarmFocus = keys(of: target).first
}

/// `P01-S03 RADIATOR_TEMP`, or `group RADIATOR_TEMP WARNING (12)`, for confirmations.
func describe(_ target: AlarmTarget, _ state: AppState) -> String {
    switch target {
    case .alarm(let key, _):
        return "\(state.frame.alarmNames[key.satellite] ?? "#\(key.satellite)") \(key.parameter.displayName)"
    case .group(let id, _, let count, _):
        return "group \(id.parameter.displayName) \(id.severity.displayName) (\(Quantity.count(count)))"
    }
}

/// Says when a member-by-member group acknowledge reached only the members carried.
private func partNote(_ target: AlarmTarget, _ sent: Int) -> String {
    guard case .group(let id, let members, let count, _) = target, id.causeClass != nil, count > members.count else {
        return ""
    }
    return " — \(sent) of \(Quantity.count(count)) sent; press again for the rest"
}

func keys(of target: AlarmTarget) -> [AlarmKey] {
    switch target {
    case .alarm(let key, _): return [key]
    case .group(_, let members, _, _): return members
    }
}

/// The acknowledge commands for `target`. A group of one cause class (MODE_CHANGE) is
/// acknowledged member by member: the engine's group acknowledge would reach the
/// parameter's other causes too.
func acknowledge(_ target: AlarmTarget, comment: String?) -> [EngineCommand] {
    switch target {
    case .alarm(let key, _): return [.alarm(.acknowledge(key, comment: comment))]
    case .group(let id, let members, _, _):
        if id.causeClass != nil { return members.map { .alarm(.acknowledge($0, comment: comment)) } }
        return [.alarm(.acknowledgeGroup(id.parameter, id.severity, comment: comment))]
    }
}

/// A key while the fault menu is open: ↑/↓ move, Enter or a digit chooses, a letter
/// moves to the next kind starting with it (and chooses when only one does), Esc closes.
func faultMenuKey(_ key: Key, _ state: inout AppState) -> [EngineCommand] {
    let kinds = FaultKind.allCases
    let current = state.faultMenu ?? 0
    switch key {
    case .escape, .character("q"):
        state.faultMenu = nil
    case .up: state.faultMenu = (current + kinds.count - 1) % kinds.count
    case .down: state.faultMenu = (current + 1) % kinds.count
    case .enter: return chooseFault(kinds[current], &state)
    case .character(let c):
        if let digit = c.wholeNumberValue, (1...kinds.count).contains(digit) {
            return chooseFault(kinds[digit - 1], &state)
        }
        let starting = kinds.indices.filter { kinds[$0].consoleName.first == Character(c.lowercased()) }
        if starting.count == 1 { return chooseFault(kinds[starting[0]], &state) }
        if let next = starting.first(where: { $0 > current }) ?? starting.first { state.faultMenu = next }
    default: break
    }
    return []
}

func chooseFault(_ kind: FaultKind, _ state: inout AppState) -> [EngineCommand] {
    state.faultMenu = nil
    if state.filter != nil {
        let targets = Array(state.frame.filterMatches.prefix(faultInjectionCap))
        guard !targets.isEmpty else {
            state.message = "the filter matches no satellite"
            return []
        }
        state.prompt = Prompt(.confirmFaults(kind, satellites: targets))
        return []
    }
    state.message = "injected \(kind.consoleName) on \(state.frame.selectedID ?? "#\(state.selected)")"
    return [.injectFault(satellite: state.selected, kind: kind)]
}
