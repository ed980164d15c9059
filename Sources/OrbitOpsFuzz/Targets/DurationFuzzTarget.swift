import ConstellationSim
import Foundation

/// Durations and times as the command line takes them (`--duration`, `--every`,
/// `--since`, `--from`/`--to`, scenario `duration:`/`at:`): an accepted duration is
/// finite, within 0…100 years, written with a unit, and its shortest spelling reads back
/// as a duration; a UTC instant gives a finite Julian date.
struct DurationFuzzTarget: FuzzTarget {
    let name = "duration"
    let fileExtension = "txt"

    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome {
        let text = String(decoding: input, as: UTF8.self)
        var accepted = false
        if let seconds = DurationText.seconds(text) {
            accepted = true
            guard seconds.isFinite, seconds >= 0, seconds <= DurationText.maximumSeconds else {
                return .unclean("'\(text)' gave \(seconds) s")
            }
            guard let last = text.trimmingCharacters(in: .whitespaces).last, !last.isNumber else {
                return .unclean("'\(text)' accepted without a unit")
            }
            let spelled = DurationText.format(seconds)
            guard let again = DurationText.seconds(spelled), abs(again - seconds) <= 1e-9 * max(1, seconds) else {
                return .unclean("'\(text)' = \(seconds) s is spelled '\(spelled)', which does not read back")
            }
        }
        if let date = OMMParser.parseEpoch(text) {
            accepted = true
            guard date.value.isFinite else { return .unclean("'\(text)' gave a non-finite Julian date") }
            _ = date.adding(seconds: 86_400)
        }
        return accepted ? .accepted : .refused
    }
}
