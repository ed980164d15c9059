/// A telemetry parameter watched by limit alarms, one alarm per satellite and parameter
/// (per route for the route parameters).
///
/// The raw value is the column of the parameter in the alarm book's dense arrays.
public enum AlarmParameter: UInt8, CaseIterable, Sendable, Hashable, Comparable, Codable {
    /// Battery state of charge, percent (0…100).
    case batterySOC
    /// Power margin of the bus: (available − demanded) / demanded, percent.
    case busPowerMargin
    /// Accelerator (compute node) temperature, °C.
    case acceleratorTemp
    /// Radiator temperature, °C.
    case radiatorTemp
    /// Shortfall of granted compute utilization against demand, percent (0…100).
    case utilizationCollapse
    /// Single-event upsets per hour.
    case seuRate
    /// Number of inter-satellite laser links down (0…4).
    case linkLoss
    /// Time since the last ground contact, minutes.
    case groundContactLoss
    /// Spacecraft mode as an ordinal: 0 NOMINAL, 1 DEGRADED, 2 SAFE, 3 FAILED.
    case modeChange
    /// Propellant left, percent (0…100) of the load at the epoch.
    case propellant
    /// Distance to the nearest fellow member of a formation cluster, metres.
    case minSeparation
    /// One-way latency of a watched route, ms (alarm subject: the route, see `AlarmBook`).
    case routeLatency
    /// 1 while a watched route has no path, else 0.
    case routeUnreachable

    /// Number of parameters (the stride of the dense per-satellite arrays).
    public static let count = allCases.count

    /// The name shown to operators and written to the journal, e.g. `BATTERY_SOC`.
    public var displayName: String {
        switch self {
        case .batterySOC: "BATTERY_SOC"
        case .busPowerMargin: "BUS_POWER_MARGIN"
        case .acceleratorTemp: "ACCELERATOR_TEMP"
        case .radiatorTemp: "RADIATOR_TEMP"
        case .utilizationCollapse: "UTILIZATION_COLLAPSE"
        case .seuRate: "SEU_RATE"
        case .linkLoss: "LINK_LOSS"
        case .groundContactLoss: "GROUND_CONTACT_LOSS"
        case .modeChange: "MODE_CHANGE"
        case .propellant: "PROPELLANT"
        case .minSeparation: "MIN_SEPARATION"
        case .routeLatency: "ROUTE_LATENCY"
        case .routeUnreachable: "ROUTE_UNREACHABLE"
        }
    }

    /// The unit of the sampled value.
    public var unit: String {
        switch self {
        case .batterySOC, .busPowerMargin, .utilizationCollapse, .propellant: "%"
        case .acceleratorTemp, .radiatorTemp: "°C"
        case .seuRate: "SEU/h"
        case .linkLoss: "links"
        case .groundContactLoss: "min"
        case .modeChange: "mode"
        case .minSeparation: "m"
        case .routeLatency: "ms"
        case .routeUnreachable: "route"
        }
    }

    /// Whether the alarm concerns the compute payload (suppressed by design while the
    /// satellite is in SAFE mode, where compute is off on purpose).
    public var isCompute: Bool {
        self == .utilizationCollapse || self == .seuRate
    }

    /// Whether the alarm watches a route rather than a satellite.
    public var isRoute: Bool {
        self == .routeLatency || self == .routeUnreachable
    }

    /// The parameter with this display name (`"SEU_RATE"`), case-insensitive.
    public init?(displayName: String) {
        let upper = displayName.uppercased()
        guard let match = Self.allCases.first(where: { $0.displayName == upper }) else { return nil }
        self = match
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
