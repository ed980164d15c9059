import Foundation

/// Settings of a screening run.
public struct ScreeningOptions: Sendable, Hashable {
    /// Report approaches closer than this, km.
    public var thresholdKm: Double
    /// Spacing of the batch states the sweep interpolates between, s (default 60 s:
    /// cubic Hermite error under a metre in LEO).
    public var coarseStepS: Double = 60
    /// Length of one sweep step, s; must divide `coarseStepS`.
    public var fineStepS: Double = 10
    /// Extra growth of every swept box for the interpolation error, km.
    public var interpolationMarginKm: Double = 0.1
    /// Below this relative speed an approach is `co_orbital`, km/s (10 m/s).
    public var coOrbitalSpeedKmPerS: Double = 0.010
    /// Worker threads (default: active processors).
    public var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    public init(thresholdKm: Double) { self.thresholdKm = thresholdKm }

    /// Hash cell edge: a LEO box (8 km/s over one fine step) plus its growth fits one cell.
    var cellSizeKm: Double { 8.0 * fineStepS + thresholdKm + 2 * interpolationMarginKm + 1 }
}
