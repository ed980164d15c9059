import Foundation

/// Writes a CDM (CCSDS 508.0-B-1, KVN) for one screened approach: states in ITRF
/// (rotated from TEME by GMST at TCA), RTN position covariances in m², relative
/// position in object 1's RTN frame.
public enum CDMWriter {
    /// One object of the message.
    public struct Party: Sendable {
        public var designator: String
        public var name: String
        public var state: TEMEState
        public var rtnCovarianceKm2: Matrix3

        public init(designator: String, name: String, state: TEMEState, rtnCovarianceKm2: Matrix3) {
            self.designator = designator
            self.name = name
            self.state = state
            self.rtnCovarianceKm2 = rtnCovarianceKm2
        }
    }

    public static func write(messageID: String, created: JulianDate, tca: JulianDate, object1: Party, object2: Party,
                             hardBodyRadiusM: Double, pc: Double?, method: PcMethod) -> String {
        let dr = object2.state.positionKm - object1.state.positionKm
        let dv = object2.state.velocityKmPerS - object1.state.velocityKmPerS
        let rtn = RTNFrame(positionKm: object1.state.positionKm, velocityKmPerS: object1.state.velocityKmPerS)
        let relR = rtn?.components(dr) ?? .zero, relV = rtn?.components(dv) ?? .zero
        func f(_ v: Double) -> String { String(format: "%.15g", v) }
        func iso(_ t: JulianDate) -> String { String(t.iso8601.dropLast()) }  // CDM times carry no Z
        var lines = [
            "CCSDS_CDM_VERS = 1.0",
            "CREATION_DATE = \(iso(created))",
            "ORIGINATOR = ORBITOPS",
            "MESSAGE_FOR = SCREENING",
            "MESSAGE_ID = \(messageID)",
            "COMMENT HBR = \(f(hardBodyRadiusM)) [m] combined hard-body radius used for COLLISION_PROBABILITY",
            "TCA = \(iso(tca))",
            "MISS_DISTANCE = \(f((dr * dr).sum().squareRoot() * 1000)) [m]",
            "RELATIVE_SPEED = \(f((dv * dv).sum().squareRoot() * 1000)) [m/s]",
            "RELATIVE_POSITION_R = \(f(relR.x * 1000)) [m]",
            "RELATIVE_POSITION_T = \(f(relR.y * 1000)) [m]",
            "RELATIVE_POSITION_N = \(f(relR.z * 1000)) [m]",
            "RELATIVE_VELOCITY_R = \(f(relV.x * 1000)) [m/s]",
            "RELATIVE_VELOCITY_T = \(f(relV.y * 1000)) [m/s]",
            "RELATIVE_VELOCITY_N = \(f(relV.z * 1000)) [m/s]",
        ]
        if let pc {
            lines.append("COLLISION_PROBABILITY = \(f(pc))")
            lines.append("COLLISION_PROBABILITY_METHOD = \(method == .foster ? "FOSTER-1992" : "CHAN-1997")")
        }
        let gmst = greenwichMeanSiderealTime(tca.day + tca.fraction)
        for (index, party) in [object1, object2].enumerated() {
            let r = inertialToEarthFixed(party.state.positionKm, gmst: gmst)
            let v = inertialToEarthFixedVelocity(party.state.positionKm, party.state.velocityKmPerS, gmst: gmst)
            let c = party.rtnCovarianceKm2 * 1e6
            lines += [
                "OBJECT = OBJECT\(index + 1)",
                "OBJECT_DESIGNATOR = \(party.designator)",
                "CATALOG_NAME = SATCAT",
                "OBJECT_NAME = \(party.name.isEmpty ? "UNKNOWN" : party.name)",
                "INTERNATIONAL_DESIGNATOR = UNKNOWN",
                "EPHEMERIS_NAME = NONE",
                "COVARIANCE_METHOD = DEFAULT",
                "MANEUVERABLE = N/A",
                "REF_FRAME = ITRF",
                "X = \(f(r.x)) [km]", "Y = \(f(r.y)) [km]", "Z = \(f(r.z)) [km]",
                "X_DOT = \(f(v.x)) [km/s]", "Y_DOT = \(f(v.y)) [km/s]", "Z_DOT = \(f(v.z)) [km/s]",
                "CR_R = \(f(c[0, 0])) [m**2]",
                "CT_R = \(f(c[1, 0])) [m**2]", "CT_T = \(f(c[1, 1])) [m**2]",
                "CN_R = \(f(c[2, 0])) [m**2]", "CN_T = \(f(c[2, 1])) [m**2]", "CN_N = \(f(c[2, 2])) [m**2]",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
