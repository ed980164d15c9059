import Foundation
import Testing
@testable import ConstellationSim

@Suite struct InterSatelliteLinksTests {
    @Test func neighboursOfAThreeByFourGrid() {
        // index = plane · 4 + slot. Satellite 5 = plane 1, slot 1.
        let g = PlusGrid(planes: 3, satellitesPerPlane: 4)
        #expect(g.neighbour(of: 5, .fore) == 6)
        #expect(g.neighbour(of: 5, .aft) == 4)
        #expect(g.neighbour(of: 5, .left) == 1)
        #expect(g.neighbour(of: 5, .right) == 9)
        #expect(g.neighbour(of: 3, .fore) == 0)     // slot 3 → slot 0, same plane
        #expect(g.neighbour(of: 3, .left) == 11)    // plane 0 → plane 2
        var open = InterSatelliteLinkParameters()
        open.wrapsAcrossPlanes = false
        #expect(PlusGrid(planes: 3, satellitesPerPlane: 4, parameters: open).neighbour(of: 3, .left) == nil)
    }

    /// Positions of one circular plane of N satellites at radius r, inclination i (km).
    static func plane(n: Int, radiusKm r: Double, inclinationDeg: Double) -> [SIMD3<Double>] {
        let i = radians(inclinationDeg)
        return (0..<n).map { k in
            let u = 2 * Double.pi * Double(k) / Double(n)
            return SIMD3(r * cos(u), r * sin(u) * cos(i), r * sin(u) * sin(i))
        }
    }

    @Test func inPlaneRangeIsTheChord() {
        // 22 satellites in a 550 km plane: r = 6928.137 km, chord 2 r sin(π/22) = 2 · 6928.137 · 0.142315 = 1971.95 km.
        let n = 22, r = WGS84.equatorialRadiusKm + 550
        let chord = 2 * r * sin(Double.pi / Double(n))
        #expect(abs(chord - 1971.95) < 0.01)
        let positions = Self.plane(n: n, radiusKm: r, inclinationDeg: 53)
        let healthy = [UInt8](repeating: 0, count: n), alive = [Bool](repeating: false, count: n)
        var p = InterSatelliteLinkParameters()
        p.maximumRangeKm = chord + 0.01
        let g = PlusGrid(planes: 1, satellitesPerPlane: n, parameters: p)
        #expect(g.linkMask(7, positionsKm: positions, failedTerminals: healthy, satelliteFailed: alive) == 0b0011)
        p.maximumRangeKm = chord - 0.01
        let short = PlusGrid(planes: 1, satellitesPerPlane: n, parameters: p)
        #expect(short.linkMask(7, positionsKm: positions, failedTerminals: healthy, satelliteFailed: alive) == 0)
    }

    @Test func linkDropsWithEitherTerminalOrSatellite() {
        let g = PlusGrid(planes: 3, satellitesPerPlane: 4)
        let positions = [SIMD3<Double>](repeating: SIMD3(7000, 0, 0), count: 12)   // range 0
        var terminals = [UInt8](repeating: 0, count: 12)
        var failed = [Bool](repeating: false, count: 12)
        #expect(g.linkMask(5, positionsKm: positions, failedTerminals: terminals, satelliteFailed: failed) == 0b1111)
        terminals[6] = 1 << UInt8(LaserDirection.aft.rawValue)     // 6's aft faces 5's fore
        #expect(!g.linkUp(5, .fore, positionsKm: positions, failedTerminals: terminals, satelliteFailed: failed))
        #expect(!g.linkUp(6, .aft, positionsKm: positions, failedTerminals: terminals, satelliteFailed: failed))
        #expect(g.linkUp(6, .fore, positionsKm: positions, failedTerminals: terminals, satelliteFailed: failed))
        failed[9] = true
        #expect(g.linkMask(5, positionsKm: positions, failedTerminals: terminals, satelliteFailed: failed) == 0b0110)
    }
}
