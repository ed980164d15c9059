import Foundation

/// The map view's data: satellite counts per cell, the selected satellite's
/// ground track and the subsolar point.
public struct FleetMap: Sendable, Hashable {
    public var columns: Int
    public var rows: Int
    /// Satellites per cell, row-major, row 0 at 90°N, column 0 at 180°W.
    public var counts: [UInt32]
    /// Catalog objects (not ours) per cell, same layout (all zero without catalog objects).
    public var objectCounts: [UInt32] = []
    /// The selected satellite's sub-satellite points from one orbit before to one
    /// orbit after now, in time order.
    public var groundTrack: [LatLonDeg]
    /// Where the Sun is at the zenith now.
    public var subsolarPoint: LatLonDeg
    /// The worst mode of the satellites in each cell, same layout as `counts`
    /// (`OperatingMode.rawValue`; 0 also for an empty cell): what the map draws above
    /// the density so a DEGRADED, SAFE or FAILED satellite is never lost in it.
    public var worstMode: [UInt8] = []
}

extension EngineFrame {
    /// The map data for `request` with `selected` as the satellite whose track is drawn.
    public func map(_ request: MapRequest, selected: Int) -> FleetMap {
        var map = FleetMap(columns: max(1, request.columns), rows: max(1, request.rows),
                           counts: densityCounts(columns: request.columns, rows: request.rows),
                           groundTrack: (0..<count).contains(selected)
                              ? groundTrack(satellite: selected, points: request.trackPoints) : [],
                           subsolarPoint: Self.subsolarPoint(at: time),
                           worstMode: worstModes(columns: request.columns, rows: request.rows))
        map.objectCounts = catalogObjectCounts(columns: request.columns, rows: request.rows)
        return map
    }

    /// Satellites per equirectangular cell; one pass over the latitude/longitude
    /// columns, no per-satellite allocation.
    package func densityCounts(columns: Int, rows: Int) -> [UInt32] {
        let columnCount = max(1, columns), rows = max(1, rows)
        var counts = [UInt32](repeating: 0, count: columnCount * rows)
        let latScale = Double(rows) / 180, lonScale = Double(columnCount) / 360
        self.columns.latitudeDeg.withUnsafeBufferPointer { lat in
            self.columns.longitudeDeg.withUnsafeBufferPointer { lon in
                counts.withUnsafeMutableBufferPointer { out in
                    for i in 0..<lat.count {
                        let r = Self.cell((90 - lat[i]) * latScale, rows)
                        let c = Self.cell((lon[i] + 180) * lonScale, columnCount)
                        out[r * columnCount + c] &+= 1
                    }
                }
            }
        }
        return counts
    }

    /// The worst mode per equirectangular cell (layout of `densityCounts`); one pass.
    package func worstModes(columns: Int, rows: Int) -> [UInt8] {
        let columnCount = max(1, columns), rows = max(1, rows)
        var worst = [UInt8](repeating: 0, count: columnCount * rows)
        let latScale = Double(rows) / 180, lonScale = Double(columnCount) / 360
        let lat = self.columns.latitudeDeg, lon = self.columns.longitudeDeg, mode = self.columns.mode
        for i in 0..<min(lat.count, mode.count) where mode[i] != .nominal {
            let r = Self.cell((90 - lat[i]) * latScale, rows)
            let c = Self.cell((lon[i] + 180) * lonScale, columnCount)
            worst[r * columnCount + c] = max(worst[r * columnCount + c], UInt8(mode[i].rawValue))
        }
        return worst
    }

    /// The cell of a scaled coordinate, clamped to 0..<count (NaN: cell 0).
    @inline(__always)
    static func cell(_ scaled: Double, _ count: Int) -> Int {
        guard scaled > 0 else { return 0 }
        return scaled < Double(count) ? Int(scaled) : count - 1
    }

    /// Sub-satellite points of `satellite` at `points` instants evenly spread over
    /// ± one orbital period (from the osculating semi-major axis) around now.
    package func groundTrack(satellite i: Int, points: Int) -> [LatLonDeg] {
        var cache = SGP4IntegratorCache()
        return groundTrack(satellite: i, points: points, cache: &cache)
    }

    /// `groundTrack(satellite:points:)` carrying a resonant orbit's integrator through the
    /// points (in time order): one restart from epoch for the first, then a step or two per
    /// point, instead of a restart per point (≈ 15,000 steps each for a 2006 epoch in 2026).
    package func groundTrack(satellite i: Int, points: Int, cache: inout SGP4IntegratorCache) -> [LatLonDeg] {
        guard points >= 2, let now = inertialState(satellite: i, secondsSinceEpoch: simSeconds, at: time) else { return [] }
        let r = simd_length(now.position), v = simd_length(now.velocity)
        let inverseA = 2 / r - v * v / WGS84.muKm3PerS2
        guard r > 0, inverseA > 0 else { return [] }
        let a = 1 / inverseA
        let periodS = 2 * Double.pi * (a * a * a / WGS84.muKm3PerS2).squareRoot()
        var track: [LatLonDeg] = []
        track.reserveCapacity(points)
        for k in 0..<points {
            let offsetS = -periodS + 2 * periodS * Double(k) / Double(points - 1)
            let when = time.adding(seconds: offsetS)
            guard let state = inertialState(satellite: i, secondsSinceEpoch: simSeconds + offsetS, at: when, cache: &cache)
            else { continue }
            let g = Geodetic(earthFixed: inertialToEarthFixed(state.position, gmst: greenwichMeanSiderealTime(when.value)))
            track.append(LatLonDeg(g.latitudeDeg, g.longitudeDeg))
        }
        return track
    }

    /// Where satellite `i` is at another instant, km and km/s (inertial): J2 for shell
    /// satellites, SGP4 for catalog satellites (nil when SGP4 fails there).
    package func inertialState(satellite i: Int, secondsSinceEpoch t: Double, at when: JulianDate)
        -> (position: SIMD3<Double>, velocity: SIMD3<Double>)? {
        var cache = SGP4IntegratorCache()
        return inertialState(satellite: i, secondsSinceEpoch: t, at: when, cache: &cache)
    }

    /// `inertialState(satellite:secondsSinceEpoch:at:)` continuing a catalog satellite's
    /// resonance integrator from `cache` (see `SGP4IntegratorCache`).
    package func inertialState(satellite i: Int, secondsSinceEpoch t: Double, at when: JulianDate,
                               cache: inout SGP4IntegratorCache) -> (position: SIMD3<Double>, velocity: SIMD3<Double>)? {
        if let orbit = manoeuvredOrbits[i] {
            let s = orbit.state(atSimSeconds: t)
            return (s.position, s.velocity)
        }
        if i < propagators.count {
            let s = propagators[i].state(atSecondsSinceEpoch: t)
            return (s.position, s.velocity)
        }
        let k = i - propagators.count
        guard catalogRecords.indices.contains(k) else { return nil }
        let record = catalogRecords[k]
        guard let s = try? record.propagate(minutesSinceEpoch: record.minutesSinceEpoch(when), cache: &cache) else { return nil }
        return (s.positionKm, s.velocityKmPerS)
    }

    /// The subsolar point: declination as latitude, right ascension less GMST as longitude.
    public static func subsolarPoint(at time: JulianDate) -> LatLonDeg {
        let sun = SunEphemeris.position(at: time)
        var lon = degrees(sun.rightAscensionRad - greenwichMeanSiderealTime(time.value))
        lon = (lon + 540).truncatingRemainder(dividingBy: 360) - 180
        return LatLonDeg(degrees(sun.declinationRad), lon)
    }
}

@inline(__always) private func simd_length(_ v: SIMD3<Double>) -> Double { (v * v).sum().squareRoot() }
