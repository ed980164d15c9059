import Testing
@testable import ConstellationSim

@Suite struct SouthAtlanticAnomalyTests {
    @Test(arguments: [
        // (lat, lon, inside reference, inside polar)
        (-20.0, -50.0, true, true),     // brief: centre of the anomaly over Brazil
        (40.0, 0.0, false, false),      // brief: Europe
        (-60.0, -50.0, false, false),   // brief: south of even the extended −50° edge
        (-40.0, -50.0, false, true),    // between −30° and −50°: only the polar variant
        (-45.0, 20.0, false, true),
        (-35.0, -92.0, false, false),   // west of the polar edge (−18.404, −94.3)→(−50, −86.1), at −89.99° here
        (-10.0, 0.0, false, false),     // Gulf of Guinea, north of the sloping NE edge
    ])
    func containsKnownPoints(lat: Double, lon: Double, reference: Bool, polar: Bool) {
        #expect(SouthAtlanticAnomaly.reference.contains(latitudeDeg: lat, longitudeDeg: lon) == reference)
        #expect(SouthAtlanticAnomaly.polar().contains(latitudeDeg: lat, longitudeDeg: lon) == polar)
    }

    @Test func northEastEdgeByHand() {
        // Edge (−30, 33.9) → (−19.867, 12.398). At lat −25: t = 5 / 10.133 = 0.49344,
        // lon = 33.9 + t · (12.398 − 33.9) = 23.290. West of it is inside, east outside.
        let saa = SouthAtlanticAnomaly.reference
        #expect(saa.contains(latitudeDeg: -25, longitudeDeg: 23.0))
        #expect(!saa.contains(latitudeDeg: -25, longitudeDeg: 23.6))
    }

    @Test func polarVariantMovesOnlyTheSouthernCorners() {
        let polar = SouthAtlanticAnomaly.polar(southernEdgeLatDeg: -50).vertices
        #expect(polar.first == LatLonDeg(-50, 33.9))
        #expect(polar.last == LatLonDeg(-50, -86.1))
        #expect(Array(polar.dropFirst().dropLast()) == Array(SouthAtlanticAnomaly.referenceVertices.dropFirst().dropLast()))
    }

    @Test(arguments: [(28.0, false), (53.0, true), (97.99, true), (160.0, false)])
    func variantFollowsTheLatitudeTheOrbitReaches(inclinationDeg: Double, polar: Bool) {
        #expect((SouthAtlanticAnomaly.forInclination(deg: inclinationDeg) == .polar()) == polar)
    }
}
