import ConstellationSim

/// Keys of the latency view: up/down/page/home/end move the route selection (the map
/// draws the selected route). Nil when `action` is not one of them.
func performLatency(_ action: ConsoleAction, on state: inout AppState) -> [EngineCommand]? {
    guard state.view == .latency else { return nil }
    let last = max(0, state.frame.routeCount - 1)
    let page = LatencyView.listRows(in: ConsoleLayout.contentArea(state.size))
    switch action {
    case .moveUp: state.latencySelected = max(0, state.latencySelected - 1)
    case .moveDown: state.latencySelected = min(last, state.latencySelected + 1)
    case .pageUp: state.latencySelected = max(0, state.latencySelected - page)
    case .pageDown: state.latencySelected = min(last, state.latencySelected + page)
    case .first: state.latencySelected = 0
    case .last: state.latencySelected = last
    default: return nil
    }
    keepRouteVisible(&state)
    return []
}

/// Scrolls the route list just enough to keep the selected route on screen.
func keepRouteVisible(_ state: inout AppState) {
    let rows = LatencyView.listRows(in: ConsoleLayout.contentArea(state.size))
    state.latencySelected = min(state.latencySelected, max(0, state.frame.routeCount - 1))
    if state.latencySelected < state.latencyTop { state.latencyTop = state.latencySelected }
    if state.latencySelected >= state.latencyTop + rows { state.latencyTop = state.latencySelected - rows + 1 }
    state.latencyTop = max(0, min(state.latencyTop, max(0, state.frame.routeCount - rows)))
}
