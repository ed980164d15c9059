/// `update` for pins: `p` pins the selected satellite (marked in the table, archived
/// every tick with the selection) or unpins it; at most `AppState.maximumPins`.

/// Pins or unpins the selected satellite and says which in the message line.
func togglePin(_ state: inout AppState) {
    guard state.satelliteCount > 0 else {
        state.message = "no satellite to pin"
        return
    }
    let index = state.selected
    // The snapshot's id only while it is of the selected satellite (it may lag a frame).
    let name = state.frame.selectedIndex == index ? state.frame.selectedID ?? "#\(index)" : "#\(index)"
    if let position = state.pinned.firstIndex(of: index) {
        state.pinned.remove(at: position)
        state.message = "unpinned \(name)"
    } else if state.pinned.count >= AppState.maximumPins {
        state.message = "at most \(AppState.maximumPins) pinned satellites: unpin one first"
    } else {
        state.pinned.append(index)
        state.pinned.sort()
        state.message = "pinned \(name) (\(state.pinned.count) of \(AppState.maximumPins)): archived every tick"
    }
}
