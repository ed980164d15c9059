/// ArgumentParser reads `--duration -1h` as the option `--duration` without its value
/// followed by a flag `-1h`, and says "Missing value". Every option value that looks like
/// a negative number is joined to its option (`--duration=-1h`), so the option's own
/// check refuses it with its own message ("a duration cannot be negative", "the value
/// '-1' is invalid for '--seed'").
enum NegativeValueArguments {
    static func joined(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" {
                out += arguments[i...]
                break
            }
            if argument.hasPrefix("--"), argument.count > 2, !argument.contains("="), i + 1 < arguments.count,
               looksNegative(arguments[i + 1]) {
                out.append(argument + "=" + arguments[i + 1])
                i += 2
                continue
            }
            out.append(argument)
            i += 1
        }
        return out
    }

    /// `-1`, `-1h`, `-.5d`, `-1e3`: a minus sign and then a digit or a point.
    static func looksNegative(_ text: String) -> Bool {
        guard text.hasPrefix("-"), let next = text.dropFirst().first else { return false }
        return next.isNumber || next == "."
    }
}
