import ConstellationSim

/// The fleet filter as the operator types it, and the engine filter it means.
///
/// Words separated by spaces, all of which must hold (AND). A word is a condition in
/// the unit its table column shows — `temp>80` or `acc>80` (accelerator °C), `rad>0`
/// (radiator °C), `soc<30` or `batt<30` (battery %), `util<50` (utilization %, so
/// `util<50` never matches a satellite the table shows at 100.0), `net<0` (W), `seu>3`,
/// `lnk<4`, `lat>60`, `lon<0` (°), `alt>600` (km), `mode=SAFE` (a mode name or its prefix),
/// `shell=sso-650` — or plain text matched as a case-insensitive substring of the id
/// or shell name. A `%` after a percentage is allowed. Percentages are converted to the
/// engine's fractions here, at the edge.
public struct ConsoleFilter: Sendable, Hashable {
    /// The text as typed.
    public var text: String
    /// What the engine evaluates.
    public var engineFilter: FleetFilter

    /// The engine's conditions (for tests and messages).
    public var conditions: [FleetFilter.Condition] { engineFilter.conditions }

    /// The forms a filter word may take, for error messages.
    public static let acceptedForms =
        "text, temp>80, rad>0, soc<30 (%), util<50 (%), net<0, seu>3, lnk<4, lat>60, lon<0, alt>600, mode=SAFE, shell=NAME"

    /// Parses `text`; throws a message naming the bad word and the accepted forms.
    public init(parsing text: String) throws(FleetFilterError) {
        self.text = text
        var conditions: [FleetFilter.Condition] = []
        for word in text.split(separator: " ") {
            conditions.append(try Self.condition(String(word)))
        }
        engineFilter = FleetFilter(conditions)
    }

    /// A numeric field as typed: its column and the factor from the typed unit to the engine's.
    private static let numericFields: [String: (column: FrameColumn, toEngine: Double)] = [
        "temp": (.acceleratorTemp, 1), "acc": (.acceleratorTemp, 1), "rad": (.radiatorTemp, 1),
        "soc": (.batterySOC, 0.01), "batt": (.batterySOC, 0.01), "util": (.utilization, 0.01),
        "net": (.netPower, 1), "seu": (.seuTotal, 1), "lnk": (.linksUp, 1), "links": (.linksUp, 1),
        "lat": (.latitude, 1), "lon": (.longitude, 1), "alt": (.altitude, 1),
    ]

    private static func condition(_ word: String) throws(FleetFilterError) -> FleetFilter.Condition {
        guard let opIndex = word.firstIndex(where: { "<>=".contains($0) }) else {
            return .text(word.lowercased())
        }
        let name = word[..<opIndex].lowercased()
        let op = word[opIndex]
        let value = String(word[word.index(after: opIndex)...])
        switch (name, op) {
        case ("mode", "="):
            let upper = value.uppercased()
            guard !upper.isEmpty, let mode = OperatingMode.allCases.first(where: {
                $0.name.hasPrefix(upper)
            }) else { throw FleetFilterError(word: word) }
            return .mode(mode)
        case ("shell", "="):
            guard !value.isEmpty else { throw FleetFilterError(word: word) }
            return .group(value.lowercased())
        default:
            let isPercent = numericFields[name]?.toEngine == 0.01
            let digits = isPercent && value.hasSuffix("%") ? String(value.dropLast()) : value
            guard let field = numericFields[name], op != "=", let number = Double(digits), number.isFinite
            else { throw FleetFilterError(word: word) }
            return .compare(field.column, op == "<" ? .less : .greater, number * field.toEngine)
        }
    }
}

/// A filter word the console's grammar does not accept.
public struct FleetFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    public var word: String
    public var description: String { "bad filter '\(word)'; use \(ConsoleFilter.acceptedForms)" }
}
