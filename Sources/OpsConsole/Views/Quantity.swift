import Foundation

/// The one formatter for every physical quantity the console shows: three significant
/// digits with an SI prefix (`5.41 EFLOP/s`, `30.0 GW`, `870 W`), and plain counts
/// with thousands separators (`1,000,000`). Values come in base units (W, FLOP/s).
public enum Quantity {
    /// SI prefixes from 10⁻³ to 10²⁴, by power of 1000.
    static let prefixes: [(exponent: Int, symbol: String)] = [
        (-1, "m"), (0, ""), (1, "k"), (2, "M"), (3, "G"), (4, "T"), (5, "P"), (6, "E"), (7, "Z"), (8, "Y"),
    ]

    /// `value` (in `unit`, base units) with three significant digits and an SI prefix:
    /// `si(5.4113e18, "FLOP/s") == "5.41 EFLOP/s"`, `si(30.0e9, "W") == "30.0 GW"`.
    /// Non-finite values show `—`; beyond the prefixes the mantissa keeps thousands
    /// separators rather than switching to exponents.
    public static func si(_ value: Double, _ unit: String) -> String {
        guard value.isFinite else { return "— " + unit }
        let magnitude = abs(value)
        guard magnitude >= 0.0005 else { return "0 " + unit }
        var index = prefixes.firstIndex { $0.exponent == 0 } ?? 1
        var mantissa = magnitude
        while mantissa < 1, index > 0 {
            mantissa *= 1000
            index -= 1
        }
        // 999.6 rounds to 1,000 at three digits: that is 1.00 of the next prefix.
        while mantissa >= 999.5, index + 1 < prefixes.count {
            mantissa /= 1000
            index += 1
        }
        let decimals = mantissa >= 99.95 ? 0 : mantissa >= 9.995 ? 1 : 2
        let digits = number(mantissa, decimals: decimals)
        return (value < 0 ? "-" : "") + digits + " " + prefixes[index].symbol + unit
    }

    /// `value` with `decimals` decimals and thousands separators (`10,261.5`); `-` for
    /// negatives, never `-0.0`.
    public static func number(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        let places = max(0, min(6, decimals))
        var text = String(format: "%.\(places)f", abs(value))
        let isZero = text.allSatisfy { $0 == "0" || $0 == "." }
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            fraction = String(text[dot...])
            text = String(text[..<dot])
        }
        let whole = Array(text)
        var grouped = ""
        for (i, c) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        return (value < 0 && !isZero ? "-" : "") + grouped + fraction
    }

    /// A count with thousands separators: `1,000,000`.
    public static func count(_ value: Int) -> String {
        number(Double(value), decimals: 0)
    }

    /// Delivered compute given in PFLOP/s.
    public static func compute(petaflops: Double) -> String { si(petaflops * 1e15, "FLOP/s") }

    /// Electrical power given in MW.
    public static func power(megawatts: Double) -> String { si(megawatts * 1e6, "W") }

    /// Electrical power given in W.
    public static func power(watts: Double) -> String { si(watts, "W") }
}
