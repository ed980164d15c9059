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

    /// `12 345` style thousands.
    static func count(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
