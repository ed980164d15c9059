import Foundation

extension AlarmKPIs {
    /// A plain-text report (for `orbitops simulate --alarm-report` and
    /// `orbitops journal --kpis`), judged against the ISA-18.2 targets.
    public func report() -> String {
        func fmt(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
        func duration(_ s: Double?) -> String {
            guard let s else { return "–" }
            if s < 60 { return "\(fmt(s, 0)) s" }
            if s < 3600 { return "\(fmt(s / 60, 1)) min" }
            return "\(fmt(s / 3600, 2)) h"
        }
        let rateVerdict: String =
            averagePer10Min <= Self.acceptablePer10Min ? "acceptable"
            : averagePer10Min <= Self.manageablePer10Min ? "manageable" : "over target"
        let floodVerdict = floodWindowPercent < Self.floodPercentTarget ? "ok" : "over target"
        var lines = [
            "ALARM KPIs  sim \(fmt(startSeconds, 0)) s … \(fmt(endSeconds, 0)) s  (\(windowCount) × 10 min windows)",
            "  alarms total                \(totalAlarms)",
            "  alarms / 10 min  average    \(fmt(averagePer10Min))  (\(rateVerdict); target ≤ 1, ≤ 2 manageable)",
            "                   current    \(currentPer10Min)",
            "                   peak       \(peakPer10Min)",
            "  windows in flood            \(floodWindows)  \(fmt(floodWindowPercent))%  (\(floodVerdict); target < 1%)",
            "  standing alarms             \(standingAlarms)",
            "  stale alarms (> 24 h)       \(staleAlarms)",
            "  chattering (≥ 3 in 1 min)   \(chatteringAlarms)",
            "  acknowledgements            \(acknowledgements)",
            "  time to acknowledge  mean   \(duration(meanTimeToAckSeconds))",
            "                       max    \(duration(maxTimeToAckSeconds))",
            "  top alarms:",
        ]
        if topAlarms.isEmpty { lines.append("    (none)") }
        for (rank, alarm) in topAlarms.enumerated() {
            let r = String(rank + 1).leftPadded(to: 2)
            lines.append("    \(r). \(alarm.name.rightPadded(to: 36)) \(alarm.count)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
    fileprivate func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
