import ConstellationSim

/// The rewind time bar, in the footer while the past is shown: the session's history from
/// the earliest tick rewind reaches to the live tick, the shown tick marked, its time, and
/// the keys that scrub and return:
/// ` REWIND ├──────●─────────┤ t+0:45:10 · ← → scrub · Esc live`.
public enum TimeBarView {
    /// - Parameter shownTick: The tick of the past snapshot on screen (nil: none yet);
    ///   while it is not the wanted tick the bar says `building…`.
    public static func render(_ rewind: RewindState, live: LiveClock, keyMap: KeyMap, shownTick: UInt64?,
                              area: Rect, into grid: inout Grid) {
        let earliest = min(live.history.earliestTick ?? 0, rewind.tick)
        let name = { (action: ConsoleAction) in keyMap.keys(for: action).map(\.name).sorted().first ?? action.rawValue }
        var text = " t+\(ReplayStatusText.time(rewind.tick, live.dtSeconds))"
        if shownTick != rewind.tick { text += " building…" }
        text += " · \(name(.rewindBack)) \(name(.rewindForward)) scrub · \(name(.clear)) live"
        var x = grid.put(" REWIND ", x: area.x, y: area.y, style: Style(.warning, [.bold, .reverse]), clip: area)
        let barWidth = area.maxX - x - 1 - text.unicodeScalars.count
        if barWidth >= 8 {
            x += 1
            let inner = barWidth - 2
            let span = max(1, live.tick - min(earliest, live.tick))
            let offset = min(span, rewind.tick - earliest)
            let marker = Int((Double(offset) / Double(span) * Double(inner - 1)).rounded())
            x = grid.put("├", x: x, y: area.y, style: Style(.border), clip: area)
            for i in 0..<inner {
                x = grid.put(i == marker ? "●" : "─", x: x, y: area.y,
                             style: i == marker ? Style(.warning, .bold) : Style(.muted), clip: area)
            }
            x = grid.put("┤", x: x, y: area.y, style: Style(.border), clip: area)
        }
        grid.put(text, x: x, y: area.y, style: Style(.header), clip: area)
    }

    /// The header's badge: `REWIND t-0:12:00` (how far behind live).
    public static func badge(_ rewind: RewindState, live: LiveClock) -> String {
        "REWIND t-\(ReplayStatusText.time(1, rewind.behindSeconds(live)))"
    }
}
