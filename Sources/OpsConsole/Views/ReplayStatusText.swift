import ConstellationSim

/// The console's words for a replay in progress (the footer's status line):
/// `REPLAY 5/15 · t+0:25:00 trainee: alarm ack_all · ends t+1:00:00`.
public enum ReplayStatusText {
    /// The status line for `progress`; `dtSeconds` turns ticks into times.
    public static func line(_ progress: ReplayProgress, tick: UInt64, dtSeconds: Double) -> String {
        var text = "REPLAY \(progress.applied)/\(progress.commandCount)"
        if let last = progress.last {
            text += " · t+\(time(last.tick - 1, dtSeconds)) \(last.operatorName): \(words(last.command))"
        }
        text += tick >= progress.endTick ? " · end of recording" : " · ends t+\(time(progress.endTick, dtSeconds))"
        return text
    }

    /// Simulated time since the epoch of `tick`, `h:mm:ss`.
    static func time(_ tick: UInt64, _ dtSeconds: Double) -> String {
        let seconds = (Double(tick) * dtSeconds).rounded(.down)
        guard seconds.isFinite, seconds < 1e12 else { return "–" }
        let s = Int(seconds)
        return "\(s / 3600):" + String(format: "%02d:%02d", s / 60 % 60, s % 60)
    }

    /// A recorded command in a few words.
    static func words(_ command: EngineCommand) -> String {
        switch command {
        case .pause: "pause"
        case .resume: "resume"
        case .togglePause: "pause/resume"
        case .step(let n): "step \(n)"
        case .setSpeed(let speed): "speed \(speed.label)"
        case .speedUp: "faster"
        case .speedDown: "slower"
        case .alarm(let action): "alarm \(action.name.lowercased())"
        case .injectFault(let satellite, let kind): "fault \(kind) on #\(satellite)"
        case .manoeuvre(let burn): "burn on #\(burn.satellite)"
        }
    }
}
