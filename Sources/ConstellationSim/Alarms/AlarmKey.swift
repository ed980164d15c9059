/// Identifies one alarm: a satellite (its index in the fleet) and a parameter.
public struct AlarmKey: Sendable, Hashable, Comparable, Codable {
    /// Index of the satellite in the fleet arrays.
    public var satellite: Int
    public var parameter: AlarmParameter

    public init(satellite: Int, parameter: AlarmParameter) {
        self.satellite = satellite
        self.parameter = parameter
    }

    /// A dense numeric alarm id: `satellite × AlarmParameter.count + parameter`.
    public var id: Int { satellite * AlarmParameter.count + Int(parameter.rawValue) }

    /// The alarm's name for operators and the journal, e.g. `P03-S07:BATTERY_SOC`.
    public func name(satelliteID: String) -> String { "\(satelliteID):\(parameter.displayName)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.id < rhs.id }
}
