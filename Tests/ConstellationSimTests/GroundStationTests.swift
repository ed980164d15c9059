import Foundation
import Testing
@testable import ConstellationSim

@Suite struct GroundStationTests {
    @Test(arguments: [(30.0, 40.0, 0.0), (-70.0, -120.0, 1.2), (0.0, 179.0, 0.0)])
    func satelliteDirectlyOverheadIsAtNinetyDegrees(lat: Double, lon: Double, alt: Double) {
        // Same geodetic latitude and longitude, 550 km higher: along the geodetic vertical.
        let net = GroundStationNetwork([GroundStation(name: "GS", latitudeDeg: lat, longitudeDeg: lon, altitudeKm: alt)])
        let sat = Geodetic(latitudeDeg: lat, longitudeDeg: lon, altitudeKm: 550).earthFixed
        #expect(abs(net.elevationDeg(station: 0, satelliteKm: sat) - 90) < 1e-6)
    }

    @Test func horizonGeometryByHand() {
        // Station on the equator at 0° E, sea level; satellite in the equatorial plane (where the
        // ellipsoid section is a circle of radius a) at h = 550 km, r = a + h. Elevation 0 at the
        // central angle θ₀ = acos(a / r) = acos(6378.137 / 6928.137) = acos(0.920614) = 22.9841°; at any θ in the
        // plane, elevation = atan((r cos θ − a) / (r sin θ)).
        let a = WGS84.equatorialRadiusKm, r = a + 550
        let net = GroundStationNetwork([GroundStation(name: "EQ", latitudeDeg: 0, longitudeDeg: 0, elevationMaskDeg: 10)])
        let theta0 = acos(a / r)
        #expect(abs(degrees(theta0) - 22.9841) < 1e-4)
        let atHorizon = SIMD3(r * cos(theta0), r * sin(theta0), 0)
        #expect(abs(net.elevationDeg(station: 0, satelliteKm: atHorizon)) < 1e-9)
        for thetaDeg in [5.0, 10.0, 15.0, 20.0, 30.0] {
            let t = radians(thetaDeg)
            let expected = degrees(atan((r * cos(t) - a) / (r * sin(t))))
            #expect(abs(net.elevationDeg(station: 0, satelliteKm: SIMD3(r * cos(t), r * sin(t), 0)) - expected) < 1e-9)
        }
        // Contact only above the 10° mask: at θ = 5° elevation = 40.93°, at 20° it is 3.19°.
        #expect(net.bestContact(satelliteKm: SIMD3(r * cos(radians(5)), r * sin(radians(5)), 0))?.station == 0)
        #expect(net.bestContact(satelliteKm: SIMD3(r * cos(radians(20)), r * sin(radians(20)), 0)) == nil)
        #expect(net.bestContact(satelliteKm: atHorizon) == nil)
    }

    @Test func bestContactIsTheHighestElevation() {
        let net = GroundStationNetwork([
            GroundStation(name: "A", latitudeDeg: 0, longitudeDeg: 0, elevationMaskDeg: 5),
            GroundStation(name: "B", latitudeDeg: 0, longitudeDeg: 10, elevationMaskDeg: 5),
        ])
        let sat = Geodetic(latitudeDeg: 0, longitudeDeg: 8, altitudeKm: 550).earthFixed
        let contact = net.bestContact(satelliteKm: sat)
        #expect(contact?.station == 1)
        #expect(abs((contact?.elevationDeg ?? 0) - net.elevationDeg(station: 1, satelliteKm: sat)) < 1e-12)
    }
}
