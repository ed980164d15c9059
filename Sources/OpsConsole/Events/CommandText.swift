import ConstellationSim
import Foundation

/// Operator commands in words, with their arguments, for the event log and
/// `orbitops journal`: `SHELVE P01-S03 SEU_RATE for 30m "known"`.
public enum CommandText {
    /// `command` (nil: a row this build cannot decode, shown by its `kind`), acting on
    /// satellite `satellite` (its id, when the journal recorded one).
    public static func describe(_ command: EngineCommand?, kind: String, satellite: String?) -> String {
        guard let command else { return kind }
        let target = satellite ?? command.targetSatellite.map { "#\($0)" } ?? ""
        switch command {
        case .pause: return "pause"
        case .resume: return "resume"
        case .togglePause: return "pause/resume"
        case .step(let n): return "step \(n) tick\(n == 1 ? "" : "s")"
        case .setSpeed(let speed): return "speed \(speed.label)"
        case .speedUp: return "faster"
        case .speedDown: return "slower"
        case .injectFault(_, let kind): return "inject fault \(kind.consoleName) on \(target)"
        case .manoeuvre(let burn):
            let v = burn.deltaVMS
            let frame = burn.frame == .inertial ? "inertial" : "radial/in-track/cross-track"
            return String(format: "manoeuvre %@ Δv %.3f %.3f %.3f m/s (%@)", target, v.x, v.y, v.z, frame)
        case .alarm(let action):
            var text = action.name
            switch action {
            case .acknowledgeAll: break
            case .acknowledgeGroup(let parameter, let severity, _):
                text += " \(parameter.displayName) \(severity.displayName)"
            case .shelve(let key, let seconds, _):
                text += " \(target) \(key.parameter.displayName) for \(DurationText.format(seconds))"
            case .acknowledge(let key, _), .shelveOneShot(let key, _), .unshelve(let key), .resetLatched(let key),
                 .removeFromService(let key, _), .returnToService(let key):
                text += " \(target) \(key.parameter.displayName)"
            }
            if let comment = command.comment, !comment.isEmpty { text += " \"\(comment)\"" }
            return text
        }
    }

    /// A journal event's command in words (empty for a transition): what the event log
    /// shows, and what its search matches.
    @Sendable public static func describe(_ event: JournalEvent) -> String {
        guard case .command(let command, let kind, let satellite) = event.what else { return "" }
        return describe(command, kind: kind, satellite: satellite)
    }

    /// An alarm transition in words: `P02-S03 ACCELERATOR_TEMP UNACKED WARNING 87.1 / 87.0 (ACTIVATED)`.
    public static func transition(cause: String, satellite: String?, parameter: String?, severity: String?,
                                  toState: String?, value: Double?, limit: Double?) -> String {
        var parts = [satellite ?? "", parameter ?? "", toState ?? "", severity ?? ""].filter { !$0.isEmpty }
        if let value, value.isFinite {
            let limitText = limit.flatMap { $0.isFinite ? String(format: " / %.1f", $0) : nil } ?? ""
            parts.append(String(format: "%.1f", value) + limitText)
        }
        parts.append("(\(cause))")
        return parts.joined(separator: " ")
    }
}
