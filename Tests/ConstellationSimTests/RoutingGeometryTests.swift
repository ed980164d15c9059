import Foundation
import Testing
@testable import ConstellationSim

/// The latency model's geometry against hand computations.
@Suite struct RoutingGeometryTests {
    @Test func groundLinkAtTheMaskHasTheHandComputedSlantRange() {
        // User on the equator at 0° E (the ellipsoid's equator is a circle of radius a), a
        // satellite in the equatorial plane at h = 550 km. At elevation e the slant range is
        // d = −a sin e + √(a² sin² e + 2ah + h²); at e = 25°:
        // a sin e = 2695.486, d = √(7,265,645 + 7,015,951 + 302,500) − 2695.486 = 1123.42 km.
        let a = WGS84.equatorialRadiusKm, h = 550.0, r = a + h
        let finder = GroundLinkFinder(user: RoutingUser(name: "EQ", latitudeDeg: 0, longitudeDeg: 0), minimumElevationDeg: 25)
        func satellite(atElevationDeg e: Double) -> SIMD3<Double> {
            // Central angle θ = 90° − e − asin(a cos e / r) (law of sines in the Earth-centre triangle).
            let el = e * .pi / 180
            let theta = .pi / 2 - el - asin(a * cos(el) / r)
            return SIMD3(r * cos(theta), r * sin(theta), 0)
        }
        let range = finder.slantRangeKm(to: satellite(atElevationDeg: 25.0001))
        #expect(range.map { abs($0 - 1123.42) < 0.01 } == true)
        #expect(finder.slantRangeKm(to: satellite(atElevationDeg: 24.999)) == nil)
        // Overhead: the slant range is the altitude.
        #expect(finder.slantRangeKm(to: SIMD3(r, 0, 0)).map { abs($0 - 550) < 1e-9 } == true)
        // Below the horizon: no link.
        #expect(finder.slantRangeKm(to: SIMD3(-r, 0, 0)) == nil)
    }

    @Test func fibreTimeOfAQuarterGreatCircle() {
        // (0°, 0°) to (0°, 90° E): a quarter of the mean circumference, π/2 × 6371.0088 =
        // 10,007.557 km; at c / 1.468: 10,007.557 × 1.468 / 299,792.458 km/s = 49.0042 ms.
        let a = RoutingUser(name: "A", latitudeDeg: 0, longitudeDeg: 0)
        let b = RoutingUser(name: "B", latitudeDeg: 0, longitudeDeg: 90)
        #expect(abs(LatencyModel.greatCircleKm(latitude1Deg: 0, longitude1Deg: 0, latitude2Deg: 0, longitude2Deg: 90)
                    - 10_007.557) < 0.001)
        #expect(abs(LatencyModel.fibreMs(from: a, to: b) - 49.0042) < 0.0001)
        // Pole to pole along a meridian is half the circumference: 20,015.114 km.
        #expect(abs(LatencyModel.greatCircleKm(latitude1Deg: 90, longitude1Deg: 0, latitude2Deg: -90, longitude2Deg: 0)
                    - 20_015.114) < 0.001)
    }

    @Test func vacuumLatencyIsLengthOverC() {
        // 299,792.458 km at c is one second.
        #expect(LatencyModel.vacuumMs(km: 299_792.458) == 1000)
        var state = RouteState()
        state.linkKm = [1000, 2000, 1000]
        state.hopDelayMs = 0.5
        // 4000 km / c = 13.3426 ms, plus 3 links × 0.5 ms.
        #expect(abs(state.latencyMs - (4000 / 299_792.458 * 1000 + 1.5)) < 1e-12)
        #expect(state.hops == 3)
        #expect(RouteState().latencyMs.isNaN)
    }

    @Test func citiesComeFromTheSourceList() {
        #expect(WorldCities.all.count == 100)
        #expect(WorldCities.all.map(\.rank) == Array(1...100))
        #expect(WorldCities.named("Tokyo")?.rank == 1)
        #expect(WorldCities.named("osaka")?.agglomeration == "Kinki M.M.A. (Osaka)")
        #expect(WorldCities.named("Kinki M.M.A. (Osaka)")?.name == "Osaka")
        #expect(WorldCities.named("new-york")?.latitudeDeg == 40.717042)
        #expect(WorldCities.named("Sao Paulo") == nil)  // accents are part of the name
        #expect(WorldCities.named("São Paulo")?.longitudeDeg == -46.63611)
        #expect(Set(WorldCities.all.map { WorldCities.key($0.name) }).count == 100)
    }
}
