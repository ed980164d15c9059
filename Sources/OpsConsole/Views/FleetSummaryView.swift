import ConstellationSim

/// One line of fleet totals under the header in the overview (the header then leaves
/// these figures out, so each shows once): satellites by mode, delivered compute and
/// solar vs load power, all through `Quantity`:
/// ` NOMINAL 1,580  DEGRADED 3  SAFE 1  FAILED 0   5.41 EFLOP/s  solar 30.0 GW  load 10.3 GW`.
/// From 100 columns the mode names are written out. Fields that do not fit are left
/// out whole, lowest priority (power, then compute) first: a number is never cut.
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
            x = grid.put(Quantity.count(count), x: x, y: area.y, style: Style(count > 0 ? role : .normal, .bold), clip: area)
            if wide { x += 1 }
        }
        for field in fields(a) {
            let width = field.reduce(0) { $0 + $1.0.unicodeScalars.count } + 2
            guard x + width <= area.maxX else { break }
            x += 2
            for (text, style) in field { x = grid.put(text, x: x, y: area.y, style: style, clip: area) }
        }
    }

    /// Compute, then power, each as (text, style) segments.
    static func fields(_ a: FleetAggregates) -> [[(String, Style)]] {
        [
            [(Quantity.compute(petaflops: a.deliveredPFLOPS), Style(.normal))],
            [("solar ", Style(.muted)), (Quantity.power(megawatts: a.solarMW), Style(.normal)),
             ("  load ", Style(.muted)), (Quantity.power(megawatts: a.loadMW), Style(.normal))],
        ]
    }
}
