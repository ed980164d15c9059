/// A city of the built-in list (see `WorldCities`): a point on the WGS-84 ellipsoid.
public struct City: Sendable, Hashable {
    /// Rank by estimated population, 1 = most populous.
    public let rank: Int
    /// The short English name users type (`Osaka`, `New York`).
    public let name: String
    /// The urban agglomeration's name in the source (`Kinki M.M.A. (Osaka)`).
    public let agglomeration: String
    public let latitudeDeg: Double
    public let longitudeDeg: Double
}

extension WorldCities {
    /// The city called `name`: its short name or its agglomeration name, ignoring case,
    /// accents of the typed text aside, and spaces, hyphens and underscores.
    public static func named(_ name: String) -> City? {
        let wanted = key(name)
        return index[wanted]
    }

    /// Every short name, most populous first (for suggestions).
    public static var names: [String] { all.map(\.name) }

    private static let index: [String: City] = {
        var map: [String: City] = [:]
        for city in all {
            map[key(city.agglomeration)] = map[key(city.agglomeration)] ?? city
            map[key(city.name)] = city
        }
        return map
    }()

    /// A name folded for lookup: lower case, letters and digits only.
    static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}

import Foundation

extension WorldCities {
    /// The candidate closest to `name` within a few edits (case ignored), for "did you mean".
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, ScenarioFileReader.editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }
}
