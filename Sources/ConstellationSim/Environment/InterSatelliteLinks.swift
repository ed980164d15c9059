/// The four laser terminals of a +grid satellite.
public enum LaserDirection: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Next satellite ahead in the same plane (slot + 1).
    case fore = 0
    /// Previous satellite in the same plane (slot − 1).
    case aft = 1
    /// Same slot in the previous plane (plane − 1).
    case left = 2
    /// Same slot in the next plane (plane + 1).
    case right = 3

    /// The terminal on the neighbour that faces back at this one.
    public var opposite: LaserDirection {
        switch self {
        case .fore: .aft
        case .aft: .fore
        case .left: .right
        case .right: .left
        }
    }
}

/// Parameters of the +grid laser network.
public struct InterSatelliteLinkParameters: Sendable, Hashable, Codable {
    /// Longest usable link, km (pointing, power budget and Earth-limb grazing).
    public var maximumRangeKm: Double = 5_000
    /// Whether plane 0 and plane P−1 are linked (a full 360° Walker-delta shell; false for
    /// a star pattern whose first and last planes counter-rotate).
    public var wrapsAcrossPlanes: Bool = true

    public init() {}
}

/// The +grid topology of a Walker shell whose satellites are numbered
/// `index = plane × satellitesPerPlane + slot` (fore/aft = neighbouring slots in the
/// plane, wrapping; left/right = the same slot in the adjacent planes). With inter-plane
/// phasing the same slot index is the nearest neighbour only approximately; the range
/// limit decides whether the link closes.
public struct PlusGrid: Sendable, Hashable {
    public let planes: Int
    public let satellitesPerPlane: Int
    public var parameters: InterSatelliteLinkParameters

    public init(planes: Int, satellitesPerPlane: Int, parameters: InterSatelliteLinkParameters = .init()) {
        precondition(planes > 0 && satellitesPerPlane > 0, "empty shell")
        self.planes = planes
        self.satellitesPerPlane = satellitesPerPlane
        self.parameters = parameters
    }

    /// Index of the neighbour in `direction`, or nil where the grid has an edge (no wrap,
    /// or a single plane / single satellite).
    @inline(__always)
    public func neighbour(of index: Int, _ direction: LaserDirection) -> Int? {
        let plane = index / satellitesPerPlane, slot = index % satellitesPerPlane
        switch direction {
        case .fore, .aft:
            guard satellitesPerPlane > 1 else { return nil }
            let s = (slot + (direction == .fore ? 1 : satellitesPerPlane - 1)) % satellitesPerPlane
            return plane * satellitesPerPlane + s
        case .left, .right:
            guard planes > 1 else { return nil }
            let p = plane + (direction == .right ? 1 : -1)
            if p < 0 || p >= planes {
                guard parameters.wrapsAcrossPlanes else { return nil }
                return ((p + planes) % planes) * satellitesPerPlane + slot
            }
            return p * satellitesPerPlane + slot
        }
    }

    /// Whether the link from `index` in `direction` is up: both terminals work, neither
    /// satellite is failed, and the range (any common frame, km) is within the maximum.
    @inline(__always)
    public func linkUp(
        _ index: Int, _ direction: LaserDirection,
        positionsKm: [SIMD3<Double>], failedTerminals: [UInt8], satelliteFailed: [Bool]
    ) -> Bool {
        guard let other = neighbour(of: index, direction), other != index else { return false }
        if satelliteFailed[index] || satelliteFailed[other] { return false }
        if failedTerminals[index] & (1 << direction.rawValue) != 0 { return false }
        if failedTerminals[other] & (1 << direction.opposite.rawValue) != 0 { return false }
        let d = positionsKm[index] - positionsKm[other]
        return (d * d).sum() <= parameters.maximumRangeKm * parameters.maximumRangeKm
    }

    /// The four link states of a satellite as a bit mask (bit = `LaserDirection.rawValue`).
    @inline(__always)
    public func linkMask(
        _ index: Int, positionsKm: [SIMD3<Double>], failedTerminals: [UInt8], satelliteFailed: [Bool]
    ) -> UInt8 {
        var mask: UInt8 = 0
        for d in 0..<4 {
            let direction = LaserDirection(rawValue: d) ?? .fore
            if linkUp(index, direction, positionsKm: positionsKm, failedTerminals: failedTerminals, satelliteFailed: satelliteFailed) {
                mask |= 1 << UInt8(d)
            }
        }
        return mask
    }
}
