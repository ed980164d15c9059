/// A Walker-delta shell T/P/F: `planes` equally spaced in right ascension,
/// `perPlane` satellites equally spaced in each, and a phase offset between
/// adjacent planes of F × 360° / T.
public struct WalkerShell: Sendable, Hashable, Codable {
    public var name: String
    public var altitudeKm: Double
    public var inclinationDeg: Double
    public var planes: Int
    public var perPlane: Int
    /// Walker phasing factor F, 0 ..< planes.
    public var phasing: Int
    /// Right ascension of the first plane at epoch, degrees.
    public var raanOffsetDeg: Double

    public init(name: String, altitudeKm: Double, inclinationDeg: Double, planes: Int, perPlane: Int,
                phasing: Int, raanOffsetDeg: Double = 0) {
        self.name = name
        self.altitudeKm = altitudeKm
        self.inclinationDeg = inclinationDeg
        self.planes = planes
        self.perPlane = perPlane
        self.phasing = phasing
        self.raanOffsetDeg = raanOffsetDeg
    }

    /// T, the number of satellites.
    public var total: Int { planes * perPlane }

    /// Elements of the satellite in `plane` (0-based) and `slot` (0-based) at epoch.
    public func elements(plane: Int, slot: Int) -> OrbitalElements {
        let raan = raanOffsetDeg + 360.0 * Double(plane) / Double(planes)
        let argumentOfLatitude = 360.0 * Double(slot) / Double(perPlane)
            + 360.0 * Double(phasing * plane) / Double(total)
        return .circular(altitudeKm: altitudeKm, inclinationDeg: inclinationDeg, raanDeg: raan,
                         argumentOfLatitudeDeg: argumentOfLatitude)
    }

    /// The operator-facing id of a satellite, `P03-S07` (1-based plane and slot,
    /// zero-padded to the width of the largest number).
    public func satelliteID(plane: Int, slot: Int) -> String {
        "P\(padded(plane + 1, to: planes))-S\(padded(slot + 1, to: perPlane))"
    }

    private func padded(_ value: Int, to maximum: Int) -> String {
        let width = max(2, String(maximum).count)
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
