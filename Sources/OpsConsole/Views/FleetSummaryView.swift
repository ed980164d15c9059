import ConstellationSim

/// One line of fleet totals under the header: satellites by mode, delivered compute and
/// generated vs consumed electrical power. From 100 columns:
/// ` NOMINAL 1,580  DEGRADED 3  SAFE 1  FAILED 0   12443.2 PFLOP/s  solar 44.06 MW  load 11.09 MW`;
/// narrower: ` NOM 1,580 DEG 3 SAFE 1 FAIL 0  12443.2 PFLOP/s  gen 44.06 MW  use 11.09 MW`.
public enum FleetSummaryView {
    public static func render(_ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        guard area.height > 0 else { return }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1))
        guard let a = snapshot?.aggregates, a.satellites > 0 else { return }
        let wide = area.width >= 100
        let modes: [(String, Int, StyleRole)] = [
            (wide ? "NOMINAL" : "NOM", a.nominal, .ok), (wide ? "DEGRADED" : "DEG", a.degraded, .warning),
            ("SAFE", a.safe, .critical), (wide ? "FAILED" : "FAIL", a.failed, .critical),
        ]
        var x = area.x
        for (label, count, role) in modes {
            x = grid.put(" \(label) ", x: x, y: area.y, style: Style(.muted), clip: area)
            x = grid.put(Format.count(count), x: x, y: area.y, style: Style(count > 0 ? role : .normal, .bold), clip: area)
            if wide { x += 1 }
        }
        let fields = [
            "\(Format.fixed(a.deliveredPFLOPS, 1, width: 1)) PFLOP/s",
            "\(wide ? "solar" : "gen") \(Format.fixed(a.solarMW, 2, width: 1)) MW",
            "\(wide ? "load" : "use") \(Format.fixed(a.loadMW, 2, width: 1)) MW",
        ]
        for field in fields {
            x = grid.put("  " + field, x: x, y: area.y, style: Style(.normal), clip: area)
        }
    }
}
