import ConstellationSim

/// The top line: program, run state, simulation time, speed, achieved tick rate,
/// fleet size.
public enum HeaderView {
    public static func render(_ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        grid.fill(area, style: Style(.header))
        var x = grid.put(" OrbitOps ", x: area.x, y: area.y, style: Style(.title, .bold), clip: area)
        guard let s = snapshot else {
            grid.put(" starting engine…", x: x, y: area.y, style: Style(.header), clip: area)
            return
        }
        let stateStyle = s.runState == .running ? Style(.running, .bold) : Style(.paused, [.bold, .reverse])
        x = grid.put(" \(s.runState.rawValue) ", x: x + 1, y: area.y, style: stateStyle, clip: area)
        let fields = [
            "\(s.time.utcString) UTC",
            s.speed.label,
            "\(Format.fixed(s.ticksPerSecond, s.ticksPerSecond < 100 ? 1 : 0, width: 1)) ticks/s",
            "\(Format.count(s.satelliteCount)) satellites",
            "tick \(s.tick) · dt \(Format.fixed(s.dtSeconds, 0, width: 1)) s",
            "scenario \(s.scenarioName)",
        ]
        for field in fields {
            x = grid.put("  " + field, x: x, y: area.y, style: Style(.header), clip: area)
        }
    }
}
