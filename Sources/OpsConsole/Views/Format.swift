import Foundation

/// Number formatting shared by the views; fixed width so columns never jitter.
enum Format {
    /// `value` with `decimals` decimals, right-aligned in `width` cells.
    static func fixed(_ value: Double, _ decimals: Int, width: Int) -> String {
        guard value.isFinite else { return pad("—", width) }
        var text = String(format: "%.\(decimals)f", value)
        // -0.04 rounds to "-0.0": an operator reads a sign that is not there.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        return pad(text, width)
    }

    /// Right-aligns `text` in `width` cells (never truncates).
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }

    /// Left-aligns `text` in exactly `width` cells, cutting with `…` when too long.
    static func left(_ text: String, _ width: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        if scalars.count <= width { return text + String(repeating: " ", count: width - scalars.count) }
        guard width > 0 else { return "" }
        var view = String.UnicodeScalarView(scalars.prefix(width - 1))
        view.append("…")
        return String(view)
    }

    /// `12,345` style thousands (see `Quantity`).
    static func count(_ value: Int) -> String { Quantity.count(value) }

    /// A time left, rounded up, in at most three characters: `45s`, `29m`, `99m`, `7h`, `3d`.
    static func timeLeft(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0 else { return "0s" }
        let whole = seconds < 1e9 ? Int(seconds.rounded(.up)) : 999_999_999
        if whole < 60 { return "\(whole)s" }
        let minutes = (whole + 59) / 60
        if minutes < 100 { return "\(minutes)m" }
        let hours = (minutes + 59) / 60
        if hours < 48 { return "\(hours)h" }
        return "\((hours + 23) / 24)d"
    }

    /// A limit as written in a condition: whole numbers without decimals (`90`, `-7.5`).
    static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        return value == value.rounded() && abs(value) < 1e15 ? fixed(value, 0, width: 1) : fixed(value, 1, width: 1)
    }
}
