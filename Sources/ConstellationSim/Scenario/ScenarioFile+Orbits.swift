import Foundation
internal import Yams

extension ScenarioFile {
    static let shellKeys = ["name", "spacecraft", "altitude_km", "inclination_deg", "sun_synchronous", "ltan",
                            "raan_offset_deg", "planes", "per_plane", "phasing", "cluster"]
    static let clusterKeys = ["members", "spacing_m", "min_separation_m"]
    static let catalogKeys = ["file", "name", "spacecraft", "skip_invalid"]
    static let stationKeys = ["name", "lat_deg", "lon_deg", "altitude_km", "elevation_mask_deg"]
    /// Lowest altitude accepted for a shell, km: below it drag brings a satellite down within days.
    public static let minimumAltitudeKm = 150.0

    /// `shells:` — Walker shells.
    static func shells(_ top: ScenarioFileReader, epoch: JulianDate, classes: [String],
                       minSeparationLimits: inout [(spacecraft: String, limitM: Double)]) throws(ScenarioFileError)
        -> [ShellDesign] {
        var result: [ShellDesign] = []
        var satellites = 0
        for (i, node) in try top.sequence("shells", what: "shells").enumerated() {
            let r = try ScenarioFileReader(node, source: top.source, path: "shells[\(i)]", what: "a shell", keys: shellKeys)
            let name = try r.optionalString("name", what: "a name") ?? "shell-\(i + 1)"
            if result.contains(where: { $0.shell.name == name }) {
                throw r.error("name", "\(ScenarioFileReader.quote(name)) names two shells: shell names must differ")
            }
            let spacecraft = try className(r, classes: classes)
            let altitudeKm = try r.requiredDouble("altitude_km", unit: "kilometres", example: "550")
            if altitudeKm < minimumAltitudeKm {
                throw r.error("altitude_km", "\(ScenarioFileReader.format(altitudeKm)) km is below "
                                             + "\(Int(minimumAltitudeKm)) km, where no orbit lasts")
            }
            if altitudeKm > maximumAltitudeKm {
                throw r.error("altitude_km", "\(ScenarioFileReader.format(altitudeKm)) km is above "
                                             + "\(Int(maximumAltitudeKm)) km: use an Earth orbit, 150…100000 km")
            }
            let cluster = try clusterFormation(r)
            let planes: Int, perPlane: Int, phasing: Int
            if let cluster {
                for key in ["planes", "per_plane", "phasing"] where r.has(key) {
                    throw r.error(key, "a cluster shell is laid out by 'cluster: {members, spacing_m}': remove '\(key)'")
                }
                (planes, perPlane, phasing) = (1, cluster.formation.members, 0)
            } else {
                planes = try r.requiredInt("planes", what: "planes in the shell", example: "24", minimum: 1)
                perPlane = try r.requiredInt("per_plane", what: "satellites per plane", example: "22", minimum: 1)
                phasing = try r.int("phasing", what: "Walker phasing F, 0 ≤ F < planes", default: 0, minimum: 0)
            }
            satellites = try checkSatelliteCount(r, planes: planes, perPlane: perPlane, before: satellites)
            if phasing >= planes {
                throw r.error("phasing", "\(phasing) must be below planes (\(planes)): Walker phasing F is 0…\(planes - 1)")
            }
            let (inclinationDeg, raanDeg) = try orientation(r, altitudeKm: altitudeKm, epoch: epoch)
            result.append(ShellDesign(WalkerShell(name: name, altitudeKm: altitudeKm, inclinationDeg: inclinationDeg,
                                                  planes: planes, perPlane: perPlane, phasing: phasing,
                                                  raanOffsetDeg: raanDeg), spacecraft: spacecraft,
                                      cluster: cluster?.formation))
            if let limit = cluster?.minSeparationM {
                minSeparationLimits.append((spacecraft, limit))
            }
        }
        return result
    }

    /// `cluster:` of a shell — `{members: 81, spacing_m: 150, min_separation_m: 50}`; nil
    /// for a Walker shell. `min_separation_m` (default: the MIN_SEPARATION alarm's own
    /// limits) is the low-warning level of that alarm for the shell's class, with the
    /// critical level at half of it.
    static func clusterFormation(_ r: ScenarioFileReader) throws(ScenarioFileError)
        -> (formation: ClusterFormation, minSeparationM: Double?)? {
        guard let node = r.node("cluster") else { return nil }
        let c = try ScenarioFileReader(node, source: r.source, path: r.keyPath("cluster"), what: "a cluster", keys: clusterKeys)
        let members = try c.requiredInt("members", what: "satellites in the cluster", example: "81", minimum: 1)
        if members > maximumClusterMembers {
            throw c.error("members", "\(members) members: a cluster holds at most \(maximumClusterMembers) "
                                     + "(every pair is checked each tick)")
        }
        let spacing = try c.requiredDouble("spacing_m", unit: "metres between neighbours", example: "150", range: .positive)
        let minimum = try c.optionalDouble("min_separation_m", unit: "metres", example: "50", range: .positive)
        return (ClusterFormation(members: members, spacingM: spacing), minimum)
    }

    /// Most members of one cluster (pairwise separation checks grow as m²).
    public static let maximumClusterMembers = 2_000

    /// Inclination and first-plane RAAN, degrees: given, or sun-synchronous from `ltan`.
    static func orientation(_ r: ScenarioFileReader, altitudeKm: Double, epoch: JulianDate) throws(ScenarioFileError)
        -> (inclinationDeg: Double, raanDeg: Double) {
        let sunSynchronous = try r.bool("sun_synchronous", default: false)
        let raanOffset = try r.optionalDouble("raan_offset_deg", unit: "degrees", example: "0", range: .closed(-360, 360))
        guard sunSynchronous else {
            if r.has("ltan") { throw r.error("ltan", "'ltan' needs 'sun_synchronous: true'") }
            let inclination = try r.requiredDouble("inclination_deg", unit: "degrees", example: "53", range: .closed(0, 180))
            return (inclination, raanOffset ?? 0)
        }
        if r.has("inclination_deg") {
            throw r.error("inclination_deg", "give either 'inclination_deg' or 'sun_synchronous: true', not both "
                                             + "(a sun-synchronous shell's inclination follows from its altitude)")
        }
        if raanOffset != nil {
            throw r.error("raan_offset_deg", "a sun-synchronous shell's first plane follows from 'ltan': remove 'raan_offset_deg'")
        }
        guard let text = try r.optionalString("ltan", what: "a local time HH:MM") else {
            throw r.error(nil, "missing key 'ltan' (local time of the ascending node, HH:MM, e.g. \"18:00\" for dawn–dusk)")
        }
        guard let hours = localTimeHours(text) else {
            throw r.error("ltan", "\(ScenarioFileReader.quote(text)) is not a local time (HH:MM from 00:00 to 23:59, e.g. \"18:00\")")
        }
        let inclination = sunSynchronousInclinationDeg(altitudeKm: altitudeKm)
        guard inclination.isFinite else {
            // cos i = −Ω̇☉ / ((3/2) J2 (R/a)² n) passes −1 near 5,970 km: J2 turns the plane too slowly.
            throw r.error("altitude_km", "no sun-synchronous orbit exists at \(ScenarioFileReader.format(altitudeKm)) km: "
                                         + "use an altitude below \(Int(maximumSunSynchronousAltitudeKm)) km")
        }
        return (inclination, firstPlaneRAANDeg(ltanHours: hours, epoch: epoch))
    }

    /// `HH:MM` as hours, or nil.
    static func localTimeHours(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...23).contains(hours), (0...59).contains(minutes)
        else { return nil }
        return Double(hours) + Double(minutes) / 60
    }

    /// Right ascension of the mean sun at `epoch`, degrees 0..<360: the Astronomical
    /// Almanac mean longitude L = 280.460° + 0.9856474° n (the mean sun moves uniformly
    /// along the equator, so its right ascension is L).
    public static func meanSunRightAscensionDeg(at epoch: JulianDate) -> Double {
        let n = epoch.value - TimeConstants.j2000
        let l = (280.460 + 0.985_647_4 * n).truncatingRemainder(dividingBy: 360)
        return l < 0 ? l + 360 : l
    }

    /// RAAN of a sun-synchronous plane whose ascending node is at mean local time
    /// `ltanHours`: the mean sun's right ascension + (LTAN − 12 h) × 15°/h, degrees 0..<360.
    public static func firstPlaneRAANDeg(ltanHours: Double, epoch: JulianDate) -> Double {
        let raan = (meanSunRightAscensionDeg(at: epoch) + (ltanHours - 12) * 15).truncatingRemainder(dividingBy: 360)
        return raan < 0 ? raan + 360 : raan
    }

    static func className(_ r: ScenarioFileReader, classes: [String]) throws(ScenarioFileError) -> String {
        guard let name = try r.optionalString("spacecraft", what: "a spacecraft class name") else { return classes[0] }
        guard classes.contains(name) else {
            throw r.error("spacecraft", "unknown spacecraft class \(ScenarioFileReader.quote(name))"
                                        + ScenarioFileReader.suggestion(for: name, among: classes))
        }
        return name
    }

    /// `catalogs:` — TLE or OMM JSON files flown with SGP4.
    static func catalogs(_ top: ScenarioFileReader, classes: [String], directory: URL?) throws(ScenarioFileError) -> [CatalogFleet] {
        var result: [CatalogFleet] = []
        for (i, node) in try top.sequence("catalogs", what: "catalogs").enumerated() {
            let r = try ScenarioFileReader(node, source: top.source, path: "catalogs[\(i)]", what: "a catalog", keys: catalogKeys)
            guard let file = try r.optionalString("file", what: "a path") else {
                throw r.error(nil, "missing key 'file' (a TLE or OMM JSON file, relative to the scenario file)")
            }
            let spacecraft = try className(r, classes: classes)
            let skipInvalid = try r.bool("skip_invalid", default: false)
            let url = file.hasPrefix("/") || directory == nil
                ? URL(fileURLWithPath: file) : URL(fileURLWithPath: file, relativeTo: directory)
            let catalog: CatalogFile
            do {
                catalog = try CatalogFile.read(path: url.path, label: file)
            } catch {
                throw r.error("file", error.message)
            }
            if let first = catalog.errors.first, !skipInvalid {
                throw r.error("file", "\(first) (set 'skip_invalid: true' to skip bad element sets)")
            }
            let name = try r.optionalString("name", what: "a name") ?? URL(fileURLWithPath: file).lastPathComponent
            result.append(CatalogFleet(name: name, spacecraft: spacecraft, elementSets: catalog.elementSets))
        }
        return result
    }

    /// `ground_stations:`.
    static func groundStations(_ top: ScenarioFileReader) throws(ScenarioFileError) -> [GroundStation] {
        var result: [GroundStation] = []
        for (i, node) in try top.sequence("ground_stations", what: "ground stations").enumerated() {
            let r = try ScenarioFileReader(node, source: top.source, path: "ground_stations[\(i)]", what: "a ground station",
                                           keys: stationKeys)
            result.append(GroundStation(
                name: try r.optionalString("name", what: "a name") ?? "GS-\(i + 1)",
                latitudeDeg: try r.requiredDouble("lat_deg", unit: "degrees north", example: "78.23", range: .closed(-90, 90)),
                longitudeDeg: try r.requiredDouble("lon_deg", unit: "degrees east", example: "15.39", range: .closed(-180, 360)),
                altitudeKm: try r.double("altitude_km", unit: "kilometres above the ellipsoid", default: 0, range: .closed(-1, 10)),
                elevationMaskDeg: try r.double("elevation_mask_deg", unit: "degrees", default: 10, range: .closed(0, 90))))
        }
        return result
    }
}
