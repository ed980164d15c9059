import ConstellationSim
import Foundation

/// `update` for the footer prompt: text entry, confirmations and what submitting does.

/// A shelve duration as typed (`30m`, `2h`, `90s`, `1.5d`): seconds, or a message.
public func parseShelveDuration(_ text: String, maximumSeconds: Double) -> Result<Double, PromptError> {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard let seconds = DurationText.seconds(trimmed), seconds > 0, seconds.isFinite else {
        return .failure(PromptError("bad duration '\(trimmed)'; use \(DurationText.accepted)"))
    }
    guard seconds <= maximumSeconds else {
        return .failure(PromptError("'\(trimmed)' is longer than the maximum shelve time \(DurationText.format(maximumSeconds))"))
    }
    return .success(seconds)
}

/// A message for the footer about input the prompt refused.
public struct PromptError: Error, Sendable, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// A key typed into the open prompt.
func promptKey(_ key: Key, _ state: inout AppState) -> [EngineCommand] {
    guard var prompt = state.prompt else { return [] }
    if case .pickSatellite(let candidates) = prompt.kind {
        if case .character(let c) = key, let digit = c.wholeNumberValue, (1...min(9, candidates.count)).contains(digit) {
            state.prompt = nil
            select(candidates[digit - 1].index, id: candidates[digit - 1].id, &state)
        } else if key == .escape {
            state.prompt = nil
            state.message = "cancelled"
        }
        return []
    }
    if prompt.isConfirmation {
        switch key {
        case .character("y"), .character("Y"):
            state.prompt = nil
            return submit(prompt, &state)
        case .character("n"), .character("N"), .escape:
            state.prompt = nil
            state.message = "cancelled"
        default: break
        }
        return []
    }
    switch key {
    case .escape:
        state.prompt = nil
        state.message = "cancelled"
    case .enter:
        state.prompt = nil
        return submit(prompt, &state)
    case .backspace:
        if !prompt.text.isEmpty { prompt.text.removeLast() }
        state.prompt = prompt
    case .character(Prompt.clearLine):
        prompt.text = ""
        state.prompt = prompt
    case .character(let c):
        if prompt.text.count < 200 { prompt.text.append(c) }
        state.prompt = prompt
    default: break
    }
    return []
}

private func submit(_ prompt: Prompt, _ state: inout AppState) -> [EngineCommand] {
    let text = prompt.text.trimmingCharacters(in: .whitespaces)
    switch prompt.kind {
    case .comment:
        guard let target = selectedTarget(state) else { return [] }
        follow(target, &state)
        state.message = "acknowledged \(describe(target, state))" + (text.isEmpty ? "" : ": \(text)")
        return acknowledge(target, comment: text.isEmpty ? nil : text)
    case .shelveDuration:
        guard let target = selectedTarget(state) else { return [] }
        switch parseShelveDuration(text, maximumSeconds: state.frame.maximumShelveSeconds) {
        case .failure(let error):
            state.message = error.message
            return []
        case .success(let seconds):
            follow(target, &state)
            state.message = "shelved \(describe(target, state)) for \(DurationText.format(seconds))"
            return keys(of: target).map { .alarm(.shelve($0, durationSeconds: seconds)) }
        }
    case .eventSearch:
        state.eventSearch = text.isEmpty ? nil : text
        state.eventScroll = 0
        state.message = text.isEmpty ? "search cleared" : nil
        return []
    case .filter:
        guard !text.isEmpty else {
            state.filter = nil
            state.message = "filter cleared"
            return []
        }
        do {
            state.filter = try ConsoleFilter(parsing: text)
            state.cursor = 0
            state.scrollTop = 0
            state.message = "filter: \(text) (n: next match, Esc: clear)"
        } catch {
            state.message = error.description
        }
    case .jump:
        guard !text.isEmpty else { return [] }
        state.pendingLookup = text
    case .alarmFilter:
        state.alarmFilter = text.isEmpty ? nil : text
        state.alarmSelected = 0
        state.alarmTop = 0
        state.alarmMember = nil
        state.message = text.isEmpty ? "alarm filter cleared" : "alarms matching '\(text)' (Esc: clear)"
    case .pickSatellite:
        break
    case .confirmAcknowledgeAll:
        let targets = state.frame.alarmTargets.filter(\.needsAcknowledgement)
        state.message = "acknowledged \(targets.count) line(s)"
        return targets.flatMap { acknowledge($0, comment: nil) }
    case .confirmFaults(let kind, let satellites):
        state.message = "injected \(kind.consoleName) on \(satellites.count) satellites"
        return satellites.map { .injectFault(satellite: $0, kind: kind) }
    }
    return []
}
