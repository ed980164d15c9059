import ConstellationSim

/// `update` for view 7, the event log: scrolling back from the newest, search and its
/// clearing. Returns nil for actions the view leaves to the others.
func eventLogAction(_ action: ConsoleAction, _ state: inout AppState) -> [EngineCommand]? {
    let page = max(1, state.eventQuery.count)
    switch action {
    case .moveUp:
        if state.eventHasOlder { state.eventScroll += 1 }
    case .pageUp:
        if state.eventHasOlder { state.eventScroll += page }
    case .first:
        if state.eventHasOlder { state.eventScroll += page * 10 }
    case .moveDown: state.eventScroll = max(0, state.eventScroll - 1)
    case .pageDown: state.eventScroll = max(0, state.eventScroll - page)
    case .last: state.eventScroll = 0
    case .filter: state.prompt = Prompt(.eventSearch, text: state.eventSearch ?? "")
    case .nextMatch: state.message = "n: type a new search with /"
    case .clear:
        guard state.eventSearch != nil || state.eventScroll != 0 else { return nil }
        state.eventSearch = nil
        state.eventScroll = 0
        state.message = "search cleared"
    default:
        return nil
    }
    return []
}
