/// Temperatures of a satellite's two thermal nodes.
public struct ThermalState: Sendable, Hashable, Codable {
    /// Kelvin at 0 °C.
    public static let zeroCelsiusK = 273.15

    /// Accelerator node temperature, K.
    public var acceleratorK: Double
    /// Radiator node temperature, K.
    public var radiatorK: Double

    @inlinable
    public init(acceleratorK: Double, radiatorK: Double) {
        self.acceleratorK = acceleratorK
        self.radiatorK = radiatorK
    }

    /// A state given in degrees Celsius.
    @inlinable
    public init(acceleratorC: Double, radiatorC: Double) {
        self.init(acceleratorK: acceleratorC + Self.zeroCelsiusK, radiatorK: radiatorC + Self.zeroCelsiusK)
    }

    /// Accelerator node temperature, °C.
    @inlinable public var acceleratorC: Double { acceleratorK - Self.zeroCelsiusK }
    /// Radiator node temperature, °C.
    @inlinable public var radiatorC: Double { radiatorK - Self.zeroCelsiusK }
}

/// How hot the accelerators are against their limits, for the scheduler and the modes.
public struct ThermalStatus: Sendable, Hashable {
    /// Fraction of full accelerator power the temperature allows, 0…1: 1 at or below
    /// `throttleC`, falling linearly to 0 at `shutdownC`.
    public var throttleFactor: Double
    /// The accelerators are above `throttleC`.
    public var isThrottling: Bool
    /// The accelerators are at or above `shutdownC` and must be switched off.
    public var isShutdown: Bool
    /// `throttleC` minus the accelerator temperature, K (negative when throttling).
    public var headroomK: Double

    @inlinable
    public init(throttleFactor: Double, isThrottling: Bool, isShutdown: Bool, headroomK: Double) {
        self.throttleFactor = throttleFactor
        self.isThrottling = isThrottling
        self.isShutdown = isShutdown
        self.headroomK = headroomK
    }
}
