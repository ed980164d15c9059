import Foundation

/// Durations as users write them: `90s`, `15m`, `2h`, `1.5d`, from 0 to 100 years. The
/// unit is required: a bare number (`--duration 1`) is refused, not guessed.
public enum DurationText {
    /// Seconds in `text`, or nil when it is not a duration.
    public static func seconds(_ text: String) -> Double? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.hasPrefix("+") { body = body.dropFirst() }
        guard let last = body.last else { return nil }
        let unit: Double
        switch last {
        case "s": unit = 1
        case "m": unit = 60
        case "h": unit = 3600
        case "d": unit = 86_400
        default: return nil
        }
        let number = body.dropLast()
        guard number.first?.isNumber == true || number.first == ".", let value = Double(number), value.isFinite,
              value >= 0, value * unit <= maximumSeconds else { return nil }
        return value * unit
    }

    /// Longest duration accepted, seconds: 100 years (36525d). Longer spans are typos, and
    /// every tick or sample count derived from a duration then fits an Int.
    public static let maximumSeconds = 36_525 * 86_400.0

    /// Why `text` is not a duration, in words (for the message after "is not a duration").
    public static func problem(_ text: String) -> String {
        let body = text.trimmingCharacters(in: .whitespaces)
        if body.hasPrefix("-") { return "a duration cannot be negative; use \(accepted)" }
        if Double(body) != nil { return "it has no unit; use \(accepted)" }
        if let last = body.last, "smhd".contains(last), body.first?.isNumber == true, Double(body.dropLast()) != nil {
            return "it is longer than 100 years; use \(accepted)"
        }
        return "use \(accepted)"
    }

    /// What `seconds` accepts, for error messages.
    public static let accepted = "a number followed by s, m, h or d, at most 36525d (e.g. 90s, 15m, 2h, 1.5d)"

    /// `2h`, `90m`, `45s`, `1.5d`: the shortest exact spelling.
    public static func format(_ seconds: Double) -> String {
        // Past 2^53 s a whole number of units no longer fits an exact Int spelling.
        guard seconds.isFinite, abs(seconds) < 9.0e15 else { return String(format: "%gs", seconds) }
        for (unit, size) in [("d", 86_400.0), ("h", 3600), ("m", 60)] where seconds >= size {
            let value = seconds / size
            if value == value.rounded() { return "\(Int(value))\(unit)" }
        }
        return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
