/// Recent values of one satellite (the selected one), newest last: a fixed-size
/// ring buffer filled by the query service from every frame it receives. Restarts when the selection changes.
public struct SatelliteHistory: Sendable, Hashable {
    /// How many samples are kept.
    public static let capacity = 240

    /// Fleet index the samples belong to (-1: none yet).
    public private(set) var satellite = -1
    private var ticks: [UInt64] = []
    private var altitudes: [Double] = []
    private var latitudes: [Double] = []
    /// Power and health series: generated W, load W, battery SOC 0…1, accelerator °C,
    /// radiator °C, utilization 0…1 (in `Series` order).
    private var series: [[Double]] = Array(repeating: [], count: Series.allCases.count)
    private var start = 0

    public init() {}

    /// Appends the current values of `satellite` unless this tick is already recorded.
    mutating func record(satellite index: Int, tick: UInt64, altitudeKm: Double, latitudeDeg: Double,
                         values: [Double] = []) {
        if index != satellite {
            self = SatelliteHistory()
            satellite = index
        }
        if let last = newestTick, last == tick { return }
        if ticks.count < Self.capacity {
            ticks.append(tick); altitudes.append(altitudeKm); latitudes.append(latitudeDeg)
            for k in series.indices { series[k].append(k < values.count ? values[k] : .nan) }
        } else {
            ticks[start] = tick; altitudes[start] = altitudeKm; latitudes[start] = latitudeDeg
            for k in series.indices { series[k][start] = k < values.count ? values[k] : .nan }
            start = (start + 1) % Self.capacity
        }
    }

    private var newestTick: UInt64? {
        ticks.isEmpty ? nil : ticks[(start + ticks.count - 1) % ticks.count]
    }

    private func ordered<T>(_ values: [T]) -> [T] { Array(values[start...] + values[..<start]) }

    /// Samples oldest first.
    public var tickValues: [UInt64] { ordered(ticks) }
    public var altitudeKm: [Double] { ordered(altitudes) }
    public var latitudeDeg: [Double] { ordered(latitudes) }

    /// A recorded power or health series.
    public enum Series: Int, Sendable, CaseIterable {
        case generatedW, loadW, batterySOC, acceleratorTempC, radiatorTempC, utilization
    }

    /// Samples of `series`, oldest first.
    public func values(_ which: Series) -> [Double] { ordered(series[which.rawValue]) }
}

extension SatelliteHistory {
    /// Appends satellite `index`'s values in `frame` (restarting on a new selection).
    mutating func record(_ frame: EngineFrame, satellite index: Int) {
        guard (0..<frame.count).contains(index) else { return }
        let c = frame.columns
        record(satellite: index, tick: frame.tick, altitudeKm: c.altitudeKm[index], latitudeDeg: c.latitudeDeg[index],
               values: [c.solarW[index], c.loadW[index], c.batterySOC[index], c.acceleratorTempC[index],
                        c.radiatorTempC[index], c.utilization[index]])
    }
}
