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

    /// A time left, rounded up to what an operator reads: `45s`, `29m`, `1h05m`, `2d3h`.
    static func timeLeft(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0 else { return "0s" }
        let whole = seconds < 1e9 ? Int(seconds.rounded(.up)) : 999_999_999
        if whole < 60 { return "\(whole)s" }
        let minutes = (whole + 59) / 60
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 24 * 60 { return "\(minutes / 60)h" + String(format: "%02dm", minutes % 60) }
        return "\(minutes / 1440)d\(minutes % 1440 / 60)h"
    }
}
