/// A latitude/longitude pair in degrees (geodetic latitude, east-positive longitude).
public struct LatLonDeg: Sendable, Hashable, Codable {
    public var latitudeDeg: Double
    public var longitudeDeg: Double

    public init(_ latitudeDeg: Double, _ longitudeDeg: Double) {
        self.latitudeDeg = latitudeDeg
        self.longitudeDeg = longitudeDeg
    }
}

/// The South Atlantic Anomaly as a polygon in latitude/longitude.
///
/// The boundary is the ≈ 530 km polygon of REFERENCE.md ("Compute and radiation"); its
/// southern edge is the segment at −30° from −86.1° to 33.9° longitude. Orbits that reach
/// high southern latitudes see the anomaly extend further south, so the `polar` variant
/// moves both southern corners, (−30, 33.9) and (−30, −86.1), to `polarSouthernEdgeLatDeg`
/// (default −50°), keeping their longitudes: the region between −30° and −50° under the
/// original southern edge is added and nothing else changes. The polygon does not cross
/// the antimeridian, so containment is the even–odd ray-crossing test in the
/// (longitude, latitude) plane. Altitude dependence of the boundary is ignored.
public struct SouthAtlanticAnomaly: Sendable, Hashable {
    /// Polygon vertices in order (closed implicitly).
    public private(set) var vertices: [LatLonDeg]
    private var minLat: Double, maxLat: Double, minLon: Double, maxLon: Double

    /// The REFERENCE.md polygon (≈ 530 km), lat/lon degrees.
    public static let referenceVertices: [LatLonDeg] = [
        LatLonDeg(-30, 33.9), LatLonDeg(-19.867, 12.398), LatLonDeg(-9.733, -9.103),
        LatLonDeg(0.4, -30.605), LatLonDeg(2, -38.4), LatLonDeg(2, -45), LatLonDeg(-1, -65),
        LatLonDeg(-6.155, -84), LatLonDeg(-8.88, -89.2), LatLonDeg(-14.22, -94.3),
        LatLonDeg(-18.404, -94.3), LatLonDeg(-30, -86.1),
    ]

    /// Default southern edge of the polar variant, degrees.
    public static let polarSouthernEdgeLatDeg = -50.0

    /// A polygon from explicit vertices (at least three).
    public init(vertices: [LatLonDeg]) {
        precondition(vertices.count >= 3, "a polygon needs three vertices")
        self.vertices = vertices
        minLat = vertices.map(\.latitudeDeg).min() ?? 0
        maxLat = vertices.map(\.latitudeDeg).max() ?? 0
        minLon = vertices.map(\.longitudeDeg).min() ?? 0
        maxLon = vertices.map(\.longitudeDeg).max() ?? 0
    }

    /// The REFERENCE.md polygon as given (for low and mid inclinations).
    public static let reference = SouthAtlanticAnomaly(vertices: referenceVertices)

    /// The polygon with its southern edge (the vertices at −30°) moved to `southernEdgeLatDeg`.
    public static func polar(southernEdgeLatDeg: Double = polarSouthernEdgeLatDeg) -> SouthAtlanticAnomaly {
        SouthAtlanticAnomaly(vertices: referenceVertices.map { v in
            v.latitudeDeg <= -30 ? LatLonDeg(southernEdgeLatDeg, v.longitudeDeg) : v
        })
    }

    /// The variant to use for an orbit of this inclination: polar when the orbit reaches
    /// south of the reference polygon (|inclination| folded to 0…90 above 30°), else reference.
    public static func forInclination(deg inclinationDeg: Double) -> SouthAtlanticAnomaly {
        let reach = inclinationDeg > 90 ? 180 - inclinationDeg : inclinationDeg
        return reach > 30 ? polar() : reference
    }

    /// Whether a point (degrees; longitude in −180…180) lies inside the polygon.
    @inline(__always)
    public func contains(latitudeDeg lat: Double, longitudeDeg lon: Double) -> Bool {
        if lat < minLat || lat > maxLat || lon < minLon || lon > maxLon { return false }
        var inside = false
        var j = vertices.count - 1
        for i in 0..<vertices.count {
            let yi = vertices[i].latitudeDeg, xi = vertices[i].longitudeDeg
            let yj = vertices[j].latitudeDeg, xj = vertices[j].longitudeDeg
            if (yi > lat) != (yj > lat) {
                let xCross = xi + (lat - yi) / (yj - yi) * (xj - xi)
                if lon < xCross { inside.toggle() }
            }
            j = i
        }
        return inside
    }
}
