import Foundation

/// The selected satellite's orbit for the detail view.
public struct SelectedOrbit: Sendable, Hashable {
    public var altitudeKm: Double
    public var inclinationDeg: Double
    /// Orbital period from the osculating semi-major axis (vis-viva), s.
    public var periodSeconds: Double
    /// Sun elevation above the orbit plane, degrees.
    public var betaDeg: Double
    /// Sunlit fraction now, 0…1.
    public var litFraction: Double
    /// Minutes until the next shadow entry (lit fraction < 0.5) within two periods;
    /// nil when none (full-sun orbit) or already in shadow.
    public var nextEclipseMinutes: Double?
}

extension Simulation {
    /// Adds the console's extras to `snapshot`: the filtered table window, the jump
    /// lookup, the ids of satellites named by the alarm section, and the selected orbit.
    func addConsoleData(to snapshot: inout FleetSnapshot, view: ViewRequest) {
        if let filter = view.filter {
            let order = view.sort.flatMap { $0 == RowSort(key: .index) ? nil : rowOrder($0) }
            let matches = filtered(filter, order: order)
            let first = min(max(0, view.firstRow), max(0, matches.count - 1))
            let last = min(matches.count, first + max(0, view.rowCount))
            snapshot.firstRow = first
            snapshot.rows = matches.isEmpty ? [] : matches[first..<last].map(row)
            snapshot.filterMatchCount = matches.count
            snapshot.filterMatches = Array(matches.prefix(FleetSnapshot.filterMatchLimit))
        }
        snapshot.maximumShelveSeconds = alarms.maximumShelveSeconds
        if let id = view.lookupID { snapshot.lookup = SatelliteLookup(id: id, index: index(ofID: id)) }
        var named = Set<Int>()
        for line in snapshot.alarms.lines {
            switch line {
            case .alarm(let e): named.insert(e.key.satellite)
            case .group(let g): for m in g.members { named.insert(m.key.satellite) }
            }
        }
        for e in snapshot.alarms.selectedAlarms { named.insert(e.key.satellite) }
        for i in named where fleet.ids.indices.contains(i) { snapshot.alarmSatelliteIDs[i] = fleet.ids[i] }
        if fleet.ids.indices.contains(view.selected) { snapshot.selectedOrbit = selectedOrbit(view.selected) }
    }

    /// Orbit elements of satellite `i` from its inertial state, and the next shadow
    /// entry found by two-body propagation in the orbit plane at 30 s steps (at most
    /// two periods, ≤ 1,000 shadow evaluations) with the sun held where it is now.
    func selectedOrbit(_ i: Int) -> SelectedOrbit {
        let r = fleet.positionKm[i], v = fleet.velocityKmS[i]
        let mu = WGS84.muKm3PerS2
        let rNorm = (r * r).sum().squareRoot(), vNorm2 = (v * v).sum()
        let h = SIMD3(r.y * v.z - r.z * v.y, r.z * v.x - r.x * v.z, r.x * v.y - r.y * v.x)
        let hNorm = (h * h).sum().squareRoot()
        let a = 1 / (2 / rNorm - vNorm2 / mu)
        let period = a > 0 ? 2 * Double.pi * (a * a * a / mu).squareRoot() : .nan
        let inclination = hNorm > 0 ? degrees(acos(max(-1, min(1, h.z / hNorm)))) : .nan
        let sun = SunEphemeris.position(at: time).positionKm
        let lit = Shadow.litFraction(satelliteKm: r, sunKm: sun)
        var next: Double?
        if lit >= 0.5, period.isFinite, hNorm > 0, rNorm > 0 {
            // Rotate r about the orbit normal at the mean motion (circular approximation).
            let k = h / hNorm, u = r / rNorm
            let w = SIMD3(k.y * u.z - k.z * u.y, k.z * u.x - k.x * u.z, k.x * u.y - k.y * u.x)
            let n = 2 * Double.pi / period
            let step = 30.0
            let steps = min(1_000, Int(2 * period / step))
            for s in stride(from: 1, through: steps, by: 1) {
                let angle = n * step * Double(s)
                let p = (u * cos(angle) + w * sin(angle)) * rNorm
                if Shadow.litFraction(satelliteKm: p, sunKm: sun) < 0.5 {
                    next = step * Double(s) / 60
                    break
                }
            }
        }
        return SelectedOrbit(altitudeKm: fleet.altitudeKm[i], inclinationDeg: inclination, periodSeconds: period,
                             betaDeg: states.betaDeg[i], litFraction: lit, nextEclipseMinutes: next)
    }
}
