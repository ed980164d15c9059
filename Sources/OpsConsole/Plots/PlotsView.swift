import ConstellationSim

/// View 6: braille line charts over a window (`[` `]`: 1 orbit, 6 h, 24 h) of the selected
/// satellite — power generated and used, battery, accelerator and radiator temperature,
/// utilization, SEU rate — with the pinned satellites overlaid, or (`m`) of the fleet —
/// delivered PFLOP/s, MW generated and used, satellites per mode, alarms per 10 min.
/// Limit lines come from the alarm limits of the selected satellite's class.
public enum PlotsView {
    /// Charts side by side.
    static let chartsAcross = 2

    /// Width of one chart in `area`.
    static func chartWidth(in area: Rect) -> Int { area.width / chartsAcross }

    /// Dot columns each trace is resampled to (what the view asks the engine for).
    public static func plotColumns(in area: Rect) -> Int { LineChart.dotColumns(width: chartWidth(in: area)) }

    /// Styles of the overlaid pinned satellites, in pin order (the selection is drawn in
    /// `.title`, on top).
    static let overlayRoles: [StyleRole] = [.heat7, .heat5, .heat3, .heat1, .station, .track, .watch, .land]

    public static func render(_ state: AppState, _ snapshot: FleetSnapshot?, area: Rect, into grid: inout Grid) {
        guard let snapshot, let plots = snapshot.plots else {
            grid.put(" Plots: waiting for the engine…", x: area.x, y: area.y, style: Style(.muted), clip: area)
            return
        }
        let subject = state.plotsShowFleet ? "fleet" : (plots.ids.first ?? "—")
        var x = grid.put(" Plots · \(subject) · \(state.plotWindow.label)", x: area.x, y: area.y,
                         style: Style(.title, .bold), clip: area)
        x = grid.put("  [ ] window · m \(state.plotsShowFleet ? "satellite" : "fleet")", x: x, y: area.y,
                     style: Style(.muted), clip: area)
        if !state.plotsShowFleet {
            for (k, id) in plots.ids.enumerated().dropFirst() {
                x = grid.put("  ● \(id)", x: x, y: area.y, style: overlayStyle(k - 1), clip: area)
            }
        }
        let labels = timeLabels(snapshot, plots)
        let charts = state.plotsShowFleet ? fleetCharts(plots, labels) : satelliteCharts(snapshot, plots, labels)
        let rows = (charts.count + chartsAcross - 1) / chartsAcross
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let height = max(0, body.height / max(1, rows)), width = chartWidth(in: area)
        for (k, chart) in charts.enumerated() {
            let cell = Rect(x: body.x + (k % chartsAcross) * width, y: body.y + (k / chartsAcross) * height,
                            width: width, height: height)
            chart.render(area: cell, into: &grid)
        }
    }

    static func overlayStyle(_ k: Int) -> Style { Style(overlayRoles[k % overlayRoles.count]) }

    /// `HH:MM` at the window's start, middle and end (UTC).
    static func timeLabels(_ s: FleetSnapshot, _ p: PlotData) -> (String, String, String) {
        func hhmm(_ seconds: Double) -> String {
            let text = s.time.adding(seconds: seconds - s.simSeconds).utcString
            return String(text.dropFirst(11).prefix(5))
        }
        let span = p.endSeconds - p.startSeconds
        let start = span > 86_000 ? "−24 h " + hhmm(p.startSeconds) : hhmm(p.startSeconds)
        return (start, hhmm((p.startSeconds + p.endSeconds) / 2), hhmm(p.endSeconds) + " UTC")
    }

    /// The selected satellite's six charts, the pinned ones overlaid.
    static func satelliteCharts(_ s: FleetSnapshot, _ p: PlotData, _ labels: (String, String, String)) -> [LineChart] {
        let limitSet = s.selected.flatMap { s.limits.indices.contains($0.spacecraftClass) ? s.limits[$0.spacecraftClass] : nil }
        func traces(_ series: SatelliteSeries, scale: Double) -> [LineChart.Trace] {
            var out: [LineChart.Trace] = []
            for k in p.satelliteTraces.indices.dropFirst().reversed() {
                out.append(LineChart.Trace(values: p.satelliteTraces[k][series.rawValue].values.map { $0 * scale },
                                           style: overlayStyle(k - 1)))
            }
            if let own = p.satelliteTraces.first {
                out.append(LineChart.Trace(values: own[series.rawValue].values.map { $0 * scale },
                                           style: Style(.title, .bold)))
            }
            return out
        }
        func limits(_ parameter: AlarmParameter) -> [LineChart.Limit] {
            guard let l = limitSet?[parameter] else { return [] }
            var out: [LineChart.Limit] = []
            for (value, role, word) in [(l.lowWarning, StyleRole.warning, "warn"), (l.lowCritical, .critical, "crit"),
                                        (l.highWarning, .warning, "warn"), (l.highCritical, .critical, "crit")]
                where value.isFinite {
                out.append(LineChart.Limit(value: value, label: "\(Format.fixed(value, 0, width: 1)) \(word)",
                                           style: Style(role)))
            }
            return out
        }
        var power = traces(.loadW, scale: 1e-3)
        if let own = p.satelliteTraces.first {
            power.append(LineChart.Trace(values: own[SatelliteSeries.generatedW.rawValue].values.map { $0 * 1e-3 },
                                         style: Style(.ok, .bold)))
        }
        return [
            LineChart(title: "Power generated / used", unit: "kW", traces: power, timeLabels: labels),
            LineChart(title: "Battery", unit: "%", traces: traces(.batterySOC, scale: 100), limits: limits(.batterySOC),
                      fixedRange: 0...100, timeLabels: labels),
            LineChart(title: "Accelerator", unit: "°C", traces: traces(.acceleratorTempC, scale: 1),
                      limits: limits(.acceleratorTemp), timeLabels: labels),
            LineChart(title: "Radiator", unit: "°C", traces: traces(.radiatorTempC, scale: 1),
                      limits: limits(.radiatorTemp), timeLabels: labels),
            LineChart(title: "Utilization", unit: "%", traces: traces(.utilization, scale: 100), fixedRange: 0...100,
                      timeLabels: labels),
            LineChart(title: "SEU rate", unit: "SEU/h", traces: traces(.seuRatePerHour, scale: 1),
                      limits: limits(.seuRate), timeLabels: labels),
        ]
    }

    /// The fleet's four charts.
    static func fleetCharts(_ p: PlotData, _ labels: (String, String, String)) -> [LineChart] {
        func trace(_ series: FleetSeries, _ role: StyleRole) -> LineChart.Trace {
            LineChart.Trace(values: p.fleetTraces[series.rawValue].values, style: Style(role, .bold))
        }
        let flood = AlarmFloodDetector()
        return [
            LineChart(title: "Compute delivered", unit: "PFLOP/s", traces: [trace(.deliveredPFLOPS, .title)],
                      timeLabels: labels),
            LineChart(title: "Power generated / used", unit: "MW",
                      traces: [trace(.loadMW, .title), trace(.solarMW, .ok)], timeLabels: labels),
            LineChart(title: "Modes: nominal degraded safe failed", unit: "sats",
                      traces: [trace(.nominal, .ok), trace(.degraded, .warning), trace(.safe, .critical),
                               trace(.failed, .severe)], timeLabels: labels),
            LineChart(title: "Alarms per 10 min", unit: "", traces: [trace(.alarmsPer10Min, .title)],
                      limits: [LineChart.Limit(value: Double(flood.enterAbove), label: "flood > \(flood.enterAbove)",
                                               style: Style(.critical))],
                      timeLabels: labels),
        ]
    }
}
