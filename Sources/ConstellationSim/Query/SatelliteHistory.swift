/// Recent values of one satellite (the selected one), newest last: a fixed-size
/// ring buffer filled as snapshots are published. Restarts when the selection changes.
public struct SatelliteHistory: Sendable, Hashable {
    /// How many samples are kept.
    public static let capacity = 240

    /// Fleet index the samples belong to (-1: none yet).
    public private(set) var satellite = -1
    private var ticks: [UInt64] = []
    private var altitudes: [Double] = []
    private var latitudes: [Double] = []
    /// Power and health series: generated W, load W, battery %, accelerator °C,
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
        case generatedW, loadW, batteryPercent, acceleratorC, radiatorC, utilization
    }

    /// Samples of `series`, oldest first.
    public func values(_ which: Series) -> [Double] { ordered(series[which.rawValue]) }
}

extension HostCore {
    /// Records the selected satellite into the history, then takes the snapshot.
    mutating func recordAndSnapshot(view: ViewRequest) -> FleetSnapshot {
        let i = view.selected
        let fleet = simulation.fleet
        if (0..<fleet.count).contains(i) {
            let s = simulation.states
            history.record(satellite: i, tick: simulation.tick, altitudeKm: fleet.altitudeKm[i],
                           latitudeDeg: fleet.latitudeDeg[i],
                           values: [s.solarW[i], s.loadW[i], s.batterySOC[i] * 100, s.tempAccelC[i],
                                    s.tempRadiatorC[i], s.utilization[i]])
        }
        var snapshot = self.snapshot(view: view)
        // With a filter, `addConsoleData` builds the window from the sorted matches itself:
        // sorting here as well would sort the whole fleet twice per publish.
        if view.filter == nil, let ordered = simulation.orderedRows(view) {
            snapshot.firstRow = ordered.first
            snapshot.rows = ordered.rows
        }
        snapshot.history = history.satellite == i ? history : nil
        if let map = view.map { snapshot.map = simulation.map(map, selected: i) }
        if let heatmap = view.heatmap { snapshot.heatmap = simulation.heatmap(heatmap) }
        snapshot.groundStations = simulation.scenario.groundStations
        snapshot.shellNames = simulation.scenario.shells.map(\.shell.name)
        simulation.addConsoleData(to: &snapshot, view: view)
        return snapshot
    }
}
