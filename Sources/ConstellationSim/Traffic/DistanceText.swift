import Foundation

/// Distances as users write them: `5km`, `500m`, `0.5km` (a unit is required).
public enum DistanceText {
    /// Kilometres in `text`, or nil when it is not a positive distance up to 100,000 km.
    public static func kilometres(_ text: String) -> Double? {
        let body = text.trimmingCharacters(in: .whitespaces).lowercased()
        let (number, scale): (Substring, Double)
        if body.hasSuffix("km") {
            (number, scale) = (body.dropLast(2), 1)
        } else if body.hasSuffix("m") {
            (number, scale) = (body.dropLast(1), 0.001)
        } else {
            return nil
        }
        guard let value = Double(number), value.isFinite, value > 0, value * scale <= 100_000 else { return nil }
        return value * scale
    }

    /// What `kilometres` accepts, for error messages.
    public static let accepted = "a positive number followed by m or km, at most 100000km (e.g. 5km, 500m)"
}
