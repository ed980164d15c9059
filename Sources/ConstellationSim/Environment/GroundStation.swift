import Foundation

/// A ground station: a point on the WGS-84 ellipsoid with an elevation mask.
///
/// A satellite is in contact when its elevation above the station's local horizon (the
/// plane normal to the geodetic vertical) exceeds the mask:
/// elevation = asin(ρ · û / |ρ|), ρ = r_sat − r_station (Earth-fixed), û = geodetic up.
public struct GroundStation: Sendable, Hashable, Codable {
    public var name: String
    public var latitudeDeg: Double
    public var longitudeDeg: Double
    /// Height above the ellipsoid, km.
    public var altitudeKm: Double
    /// Minimum elevation for contact, degrees.
    public var elevationMaskDeg: Double

    public init(name: String, latitudeDeg: Double, longitudeDeg: Double, altitudeKm: Double = 0, elevationMaskDeg: Double = 10) {
        self.name = name
        self.latitudeDeg = latitudeDeg
        self.longitudeDeg = longitudeDeg
        self.altitudeKm = altitudeKm
        self.elevationMaskDeg = elevationMaskDeg
    }

    /// Earth-fixed position, km.
    public var earthFixedKm: SIMD3<Double> {
        Geodetic(latitudeDeg: latitudeDeg, longitudeDeg: longitudeDeg, altitudeKm: altitudeKm).earthFixed
    }

    /// Unit vector of the local geodetic vertical (Earth-fixed).
    public var up: SIMD3<Double> {
        let lat = radians(latitudeDeg), lon = radians(longitudeDeg)
        return SIMD3(cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat))
    }
}

/// Ground stations with their Earth-fixed positions precomputed for the per-tick test.
public struct GroundStationNetwork: Sendable, Hashable {
    public let stations: [GroundStation]
    private let positionsKm: [SIMD3<Double>]
    private let ups: [SIMD3<Double>]
    private let sinMasks: [Double]

    public init(_ stations: [GroundStation]) {
        self.stations = stations
        positionsKm = stations.map(\.earthFixedKm)
        ups = stations.map(\.up)
        sinMasks = stations.map { sin(radians($0.elevationMaskDeg)) }
    }

    /// Elevation of a satellite at Earth-fixed `satelliteKm` seen from station `index`, degrees.
    @inline(__always)
    public func elevationDeg(station index: Int, satelliteKm: SIMD3<Double>) -> Double {
        degrees(asin(sinElevation(index, satelliteKm)))
    }

    @inline(__always)
    private func sinElevation(_ index: Int, _ satelliteKm: SIMD3<Double>) -> Double {
        let rho = satelliteKm - positionsKm[index]
        let range = (rho * rho).sum().squareRoot()
        guard range > 0 else { return 1 }
        return min(max((rho * ups[index]).sum() / range, -1), 1)
    }

    /// The station in contact with the highest elevation, or nil when none is above its mask.
    @inline(__always)
    public func bestContact(satelliteKm: SIMD3<Double>) -> (station: Int, elevationDeg: Double)? {
        var best = -1
        var bestSin = -2.0
        for i in 0..<positionsKm.count {
            let s = sinElevation(i, satelliteKm)
            if s > sinMasks[i] && s > bestSin {
                best = i
                bestSin = s
            }
        }
        return best >= 0 ? (best, degrees(asin(bestSin))) : nil
    }
}
