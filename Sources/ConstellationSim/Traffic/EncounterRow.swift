import Foundation

/// One row of `orbitops screen` output: an approach with both objects named, catalog
/// numbers ordered (`catalogA < catalogB`), miss components in A's RTN frame and Pc.
public struct EncounterRow: Sendable, Hashable {
    public var catalogA, catalogB: Int
    public var nameA, nameB: String
    public var tca: JulianDate
    public var missKm, relativeSpeedKmPerS: Double
    /// Position of B relative to A in A's RTN frame, km.
    public var missRTNKm: SIMD3<Double>
    public var pc: Double?
    public var kind: CloseApproach.Kind
    /// Both states at TCA (A then B) and their RTN covariances (km²), for CDM output.
    public var stateA, stateB: TEMEState
    public var covarianceA, covarianceB: Matrix3

    /// CSV header, exactly as the issue names the columns.
    public static let csvHeader = "catalog_a,catalog_b,name_a,name_b,tca_utc,miss_km,rel_speed_km_s,radial_km,in_track_km,cross_track_km,pc,kind"

    /// The row from an approach between `catalog`/`name` pairs, swapped when needed so A
    /// has the smaller catalog number.
    public init(_ approach: CloseApproach, catalogs: (Int, Int), names: (String, String),
                covariances: (Matrix3, Matrix3), pc: Double?) {
        var a = approach
        var (catA, catB) = catalogs, (nameA, nameB) = names, (covA, covB) = covariances
        if catA > catB {
            swap(&a.stateA, &a.stateB)
            swap(&catA, &catB)
            swap(&nameA, &nameB)
            swap(&covA, &covB)
        }
        catalogA = catA
        catalogB = catB
        self.nameA = nameA
        self.nameB = nameB
        tca = a.tca
        missKm = a.missKm
        relativeSpeedKmPerS = a.relativeSpeedKmPerS
        missRTNKm = a.missRTNKm
        self.pc = pc
        kind = a.kind
        stateA = a.stateA
        stateB = a.stateB
        covarianceA = covA
        covarianceB = covB
    }

    private func number(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    private var pcText: String { pc.map { String(format: "%.6e", $0) } ?? "" }

    /// The CSV line (names quoted when they hold a comma or a quote).
    public var csv: String {
        func field(_ s: String) -> String {
            s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return [String(catalogA), String(catalogB), field(nameA), field(nameB), tca.iso8601,
                number(missKm, 6), number(relativeSpeedKmPerS, 6), number(missRTNKm.x, 6), number(missRTNKm.y, 6),
                number(missRTNKm.z, 6), pcText, kind.rawValue].joined(separator: ",")
    }

    /// The JSON Lines object, same keys as the CSV columns (pc null when unknown).
    public var jsonLine: String {
        func string(_ s: String) -> String {
            var out = "\""
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let pcJSON = pc.map { String(format: "%.6e", $0) } ?? "null"
        return "{\"catalog_a\":\(catalogA),\"catalog_b\":\(catalogB),\"name_a\":\(string(nameA)),\"name_b\":\(string(nameB)),"
            + "\"tca_utc\":\"\(tca.iso8601)\",\"miss_km\":\(number(missKm, 6)),\"rel_speed_km_s\":\(number(relativeSpeedKmPerS, 6)),"
            + "\"radial_km\":\(number(missRTNKm.x, 6)),\"in_track_km\":\(number(missRTNKm.y, 6)),"
            + "\"cross_track_km\":\(number(missRTNKm.z, 6)),\"pc\":\(pcJSON),\"kind\":\"\(kind.rawValue)\"}"
    }
}
