import ConstellationSim

/// `update` for rewinding: open the time bar, scrub it, return to live; while the past is
/// shown, keys that would change the world are refused with a message.

/// The actions refused while rewound: they would act on a world the screen does not show.
let refusedWhileRewound: Set<ConsoleAction> = [
    .acknowledge, .acknowledgeAll, .acknowledgeWithComment, .shelve, .unshelve, .resetLatched, .injectFault,
]

/// Handles `action` if it is a rewind key, or refuses it while rewound; returns whether it did.
func performRewind(_ action: ConsoleAction, on state: inout AppState) -> Bool {
    let live = state.live
    switch action {
    case .rewindBack:
        guard let earliest = live.history.earliestTick else {
            state.message = rewindOffMessage(live.history)
            return true
        }
        let from = state.rewind?.tick ?? live.tick
        state.rewind = RewindState(tick: max(earliest, from - min(from, live.stepTicks)))
        return true
    case .rewindForward:
        guard let rewind = state.rewind else { return true }
        let next = rewind.tick + live.stepTicks
        if next >= live.tick {
            state.rewind = nil
            state.message = "live"
        } else {
            state.rewind?.tick = next
        }
        return true
    case .clear where state.rewind != nil:
        state.rewind = nil
        state.message = "live"
        return true
    default:
        guard state.rewind != nil, refusedWhileRewound.contains(action) else { return false }
        let back = state.keyMap.keys(for: .clear).first?.name ?? ConsoleAction.clear.rawValue
        state.message = "rewound: the past is read-only, \(action.rawValue) refused · \(back) returns to live"
        return true
    }
}

/// Keeps the live clock current; the shown past stays where it is.
func liveArrived(_ live: LiveClock, _ state: inout AppState) {
    state.live = live
}

/// Why rewind is off, in the operator's words.
func rewindOffMessage(_ history: RewindStatus) -> String {
    guard history.bytesPerCheckpoint > 0 else { return "rewind is not available here" }
    let mb = { (bytes: Int) in Format.fixed(Double(bytes) / 1e6, 0, width: 1) }
    return "rewind is off: one copy of this fleet takes \(mb(history.bytesPerCheckpoint)) MB, "
        + "over the \(mb(history.budgetBytes)) MB rewind budget"
}
