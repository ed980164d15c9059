import Foundation

/// The Earth's land as a 1°×1° bitmask (derived once by `make_land_mask.py` from
/// the public-domain GLOBE land mask and embedded as base64).
public enum LandMask {
    public static let rows = 180
    public static let columns = 360

    /// The decoded bits, one byte per 8 cells.
    static let bytes: [UInt8] = Data(base64Encoded: base64, options: .ignoreUnknownCharacters).map(Array.init) ?? []

    /// Whether the 1° cell holding (`latitudeDeg`, `longitudeDeg`) is land.
    public static func isLand(latitudeDeg: Double, longitudeDeg: Double) -> Bool {
        let row = min(rows - 1, max(0, Int(90 - latitudeDeg)))
        var lon = (longitudeDeg + 180).truncatingRemainder(dividingBy: 360)
        if lon < 0 { lon += 360 }
        let column = min(columns - 1, Int(lon))
        let bit = row * columns + column
        guard bit / 8 < bytes.count else { return false }
        return bytes[bit / 8] & (0x80 >> UInt8(bit % 8)) != 0
    }
}
