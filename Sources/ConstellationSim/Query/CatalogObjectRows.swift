import Foundation

/// One catalog object (not ours) as the Catalog view shows it, in engine units.
public struct CatalogObjectRow: Sendable, Hashable {
    /// Object index (order of the scenario's catalog files).
    public var index: Int
    public var catalogNumber: Int
    public var name: String
    /// WGS-84 geodetic position now (NaN when SGP4 failed for the object).
    public var latitudeDeg: Double
    public var longitudeDeg: Double
    public var altitudeKm: Double
    /// Mean inclination of the element set, degrees.
    public var inclinationDeg: Double
    /// Age of the element set at the frame's time, days (negative: epoch in the future).
    public var epochAgeDays: Double
    /// SGP4 error code of the latest propagation (0 = fine).
    public var errorCode: UInt8
}

/// The catalog objects a frame carries: identity shared with the simulation, states
/// copied from the world (TEME km) into the frame's own reused buffers.
public struct CatalogObjectFrame: Sendable {
    public var objects: CatalogObjects
    public var positionKm: [SIMD3<Double>] = []
    public var errorCode: [UInt8] = []

    public var count: Int { positionKm.count }

    /// Refills the state buffers from `states` (no allocation when the sizes match).
    mutating func overwrite(with states: CatalogObjectStates) {
        let n = states.count
        if positionKm.count != n { positionKm = Array(repeating: .zero, count: n) }
        if errorCode.count != n { errorCode = Array(repeating: 0, count: n) }
        positionKm.withUnsafeMutableBufferPointer { out in
            for k in 0..<n { out[k] = states.positionKm(k) }
        }
        errorCode.withUnsafeMutableBufferPointer { out in
            for k in 0..<n { out[k] = states.error(k) }
        }
    }
}

extension EngineFrame {
    /// Rows `first ..< first + count` of the catalog objects (clamped): O(rows).
    public func catalogObjectRows(first: Int, count: Int) -> [CatalogObjectRow] {
        let c = catalogObjects
        let lower = max(0, min(first, c.count)), upper = max(lower, min(c.count, lower + max(0, count)))
        let rotation = EarthRotation(gmst: greenwichMeanSiderealTime(time.value))
        return (lower..<upper).map { k in
            let error = c.errorCode[k]
            let g = error == 0 ? Geodetic(earthFixed: inertialToEarthFixed(c.positionKm[k], rotation)) : nil
            return CatalogObjectRow(index: k, catalogNumber: c.objects.catalogNumbers[k], name: c.objects.names[k],
                                    latitudeDeg: g?.latitudeDeg ?? .nan, longitudeDeg: g?.longitudeDeg ?? .nan,
                                    altitudeKm: g?.altitudeKm ?? .nan, inclinationDeg: c.objects.inclinationDeg[k],
                                    epochAgeDays: time.seconds(since: c.objects.epochs[k]) / 86_400, errorCode: error)
        }
    }

    /// Catalog objects per equirectangular cell (row 0 at 90°N, column 0 at 180°W); one
    /// pass over the objects, objects SGP4 failed for left out.
    package func catalogObjectCounts(columns: Int, rows: Int) -> [UInt32] {
        let columnCount = max(1, columns), rows = max(1, rows)
        var counts = [UInt32](repeating: 0, count: columnCount * rows)
        let c = catalogObjects
        guard c.count > 0 else { return counts }
        let rotation = EarthRotation(gmst: greenwichMeanSiderealTime(time.value))
        let latScale = Double(rows) / 180, lonScale = Double(columnCount) / 360
        for k in 0..<c.count where c.errorCode[k] == 0 {
            let r = inertialToEarthFixed(c.positionKm[k], rotation)
            // Geocentric latitude: the map cell, not a geodetic fix, is what is needed.
            let lat = atan2(r.z, (r.x * r.x + r.y * r.y).squareRoot()) * 180 / .pi
            let lon = atan2(r.y, r.x) * 180 / .pi
            counts[Self.cell((90 - lat) * latScale, rows) * columnCount + Self.cell((lon + 180) * lonScale, columnCount)] &+= 1
        }
        return counts
    }
}
