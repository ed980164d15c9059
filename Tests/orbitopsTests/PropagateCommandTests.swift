import Foundation
import Testing

/// `orbitops propagate` through the real binary, against Vallado's published reference
/// output (tcppver.out, AIAA 2006-6753) and independent hand-written frame formulas.
@Suite struct PropagateCommandTests {
    /// Verification sets 00005 (near-Earth, e = 0.186) and 28872 (decays within the hour).
    static let vanguard = """
        1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753
        2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667
        """
    static let decaying = """
        1 28872U 05037B   05333.02012661  .25992681  00000-0  24476-3 0  1534
        2 28872  96.4736 157.9986 0303955 244.0492 110.6523 16.46015938 10708
        """
    /// The same 00005 elements as CelesTrak OMM (epoch by hand: 2000 day 179.78495062 =
    /// June 27 + 0.78495062 d = 18:50:19.733568).
    static let vanguardOMM = """
        [{"OBJECT_NAME":"VANGUARD 1","OBJECT_ID":"1958-002B","EPOCH":"2000-06-27T18:50:19.733568",
          "MEAN_MOTION":10.82419157,"ECCENTRICITY":0.1859667,"INCLINATION":34.2682,"RA_OF_ASC_NODE":348.7242,
          "ARG_OF_PERICENTER":331.7664,"MEAN_ANOMALY":19.3264,"EPHEMERIS_TYPE":0,"CLASSIFICATION_TYPE":"U",
          "NORAD_CAT_ID":5,"ELEMENT_SET_NO":475,"REV_AT_EPOCH":41366,"BSTAR":2.8098e-5,
          "MEAN_MOTION_DOT":2.3e-7,"MEAN_MOTION_DDOT":0}]
        """
    /// tcppver.out rows of 00005: minutes, x y z km, vx vy vz km/s.
    static let reference: [[Double]] = [
        [0, 7022.46529266, -1400.08296755, 0.03995155, 1.893841015, 6.405893759, 4.534807250],
        [360, -7154.03120202, -3783.17682504, -3536.19412294, 4.741887409, -4.151817765, -2.093935425],
        [720, -7134.59340119, 6531.68641334, 3260.27186483, -4.113793027, -2.911922039, -2.557327851],
        [1080, 5568.53901181, 4492.06992591, 3863.87641983, -4.209106476, 5.159719888, 2.744852980],
        [1440, -938.55923943, -6268.18748831, -4294.02924751, 7.536105209, -0.427127707, 0.989878080],
    ]

    static func temporaryFile(_ text: String, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orbitops-propagate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    }

    @Test func temeReproducesTheReferenceOutput() throws {
        let path = try Self.temporaryFile(Self.vanguard, name: "vanguard.tle")
        let result = try BinaryUnderTest.run(["propagate", path, "--minutes", "0:1440:360"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("catalog,minutes,x_km,y_km,z_km,vx_km_s,vy_km_s,vz_km_s\n"))
        let rows = Self.rows(result.stdout)
        try #require(rows.count == Self.reference.count)
        for (row, expected) in zip(rows, Self.reference) {
            #expect(row[0] == "5")
            let values = row.dropFirst().compactMap(Double.init)
            try #require(values.count == 7)
            // Positions to 1e-8 km as printed by the reference; velocities to its 1e-9 km/s.
            for (got, want) in zip(values, expected) { #expect(abs(got - want) <= 1.5e-8, "\(row) vs \(expected)") }
        }
    }

    @Test func ommOfTheSameSatelliteGivesIdenticalRows() throws {
        let tle = try BinaryUnderTest.run(["propagate", try Self.temporaryFile(Self.vanguard, name: "v.tle"), "--minutes", "0:1440:90"])
        let omm = try BinaryUnderTest.run(["propagate", try Self.temporaryFile(Self.vanguardOMM, name: "v.json"), "--minutes", "0:1440:90"])
        #expect(tle.status == 0 && omm.status == 0)
        #expect(Self.rows(tle.stdout).count == 17)
        #expect(tle.stdout == omm.stdout)
    }

    @Test func geodeticRowsMatchAnIndependentRotation() throws {
        let path = try Self.temporaryFile(Self.vanguard, name: "vanguard.tle")
        let result = try BinaryUnderTest.run(["propagate", path, "--minutes", "0:360:360", "--frame", "geodetic"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("catalog,minutes,time_utc,lat_deg,lon_deg,alt_km\n"))
        let rows = Self.rows(result.stdout)
        try #require(rows.count == 2)
        // Epoch 2000-06-27 18:50:19.733568 UTC; tcppver.out prints 2000 6 28 0:50:19.733571 for +360 min.
        #expect(rows[0][2] == "2000-06-27T18:50:19.734Z")
        #expect(rows[1][2] == "2000-06-28T00:50:19.734Z")
        for (row, expected) in zip(rows, Self.reference.prefix(2)) {
            // 2000 Jan 1 0h = JD 2451544.5; day-of-year 179.78495062 is 178.78495062 days later.
            let jd = 2_451_544.5 + 178.78495062 + expected[0] / 1440
            let want = Self.geodetic(teme: SIMD3(expected[1], expected[2], expected[3]), jdUT1: jd)
            let got = row[3...5].compactMap(Double.init)
            try #require(got.count == 3)
            #expect(abs(got[0] - want.lat) < 1e-6 && abs(got[1] - want.lon) < 1e-6 && abs(got[2] - want.alt) < 1e-5,
                    "\(got) vs \(want)")
        }
    }

    /// Independent: IAU-82 GMST (Vallado eq. 3-47 in seconds of time), rotation about z,
    /// then WGS-84 latitude by fixed-point iteration on tan φ = (z + e² N sin φ) / p.
    static func geodetic(teme r: SIMD3<Double>, jdUT1: Double) -> (lat: Double, lon: Double, alt: Double) {
        let t = (jdUT1 - 2_451_545.0) / 36_525
        let seconds = 67_310.54841 + (876_600 * 3600 + 8_640_184.812866) * t + 0.093104 * t * t - 6.2e-6 * t * t * t
        let gmst = (seconds.truncatingRemainder(dividingBy: 86_400)) / 86_400 * 2 * Double.pi
        let x = cos(gmst) * r.x + sin(gmst) * r.y, y = -sin(gmst) * r.x + cos(gmst) * r.y
        let a = 6378.137, f = 1 / 298.257223563, e2 = f * (2 - f)
        let p = (x * x + y * y).squareRoot()
        var lat = atan2(r.z, p * (1 - e2)), n = a
        for _ in 0..<20 {
            n = a / (1 - e2 * sin(lat) * sin(lat)).squareRoot()
            lat = atan2(r.z + e2 * n * sin(lat), p)
        }
        return (lat * 180 / .pi, atan2(y, x) * 180 / .pi, p / cos(lat) - n)
    }

    @Test func ecefKeepsRadiusAndZ() throws {
        let path = try Self.temporaryFile(Self.vanguard, name: "vanguard.tle")
        let result = try BinaryUnderTest.run(["propagate", path, "--minutes", "360:360:1", "--frame", "ecef", "--format", "jsonl"])
        #expect(result.status == 0)
        let line = try #require(result.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Double])
        let r = SIMD3(Self.reference[1][1], Self.reference[1][2], Self.reference[1][3])
        let norm = (try #require(object["x_km"]), try #require(object["y_km"]))
        #expect(abs((norm.0 * norm.0 + norm.1 * norm.1).squareRoot() - (r.x * r.x + r.y * r.y).squareRoot()) < 1e-7)
        #expect(abs((object["z_km"] ?? 0) - r.z) < 1e-8)
        #expect(object["catalog"] == 5 && object["minutes"] == 360)
    }

    @Test func aDecayingSetStopsWithOneLineAndTheNextContinues() throws {
        // tcppver.out has 28872 rows up to 50 min, then error 6 (decayed).
        let path = try Self.temporaryFile(Self.decaying + "\n" + Self.vanguard, name: "two.tle")
        let result = try BinaryUnderTest.run(["propagate", path, "--minutes", "0:60:5"])
        #expect(result.status == 0)
        let rows = Self.rows(result.stdout)
        #expect(rows.filter { $0[0] == "28872" }.map { $0[1] } == (0...10).map { String($0 * 5) })
        #expect(rows.filter { $0[0] == "5" }.count == 13)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("catalog 28872: error 6 (") == true)
        #expect(lines.first?.hasSuffix(") at 55 min") == true)
    }

    @Test func unusableInputExitsTwoWithAMessage() throws {
        let missing = try BinaryUnderTest.run(["propagate", "/nonexistent/sats.tle"])
        #expect(missing.status == 2 && missing.stderr.contains("/nonexistent/sats.tle: no such file"))
        let garbage = try BinaryUnderTest.run(["propagate", try Self.temporaryFile("hello\nworld\n", name: "junk.txt")])
        #expect(garbage.status == 2 && garbage.stderr.contains("junk.txt: neither TLE"))
        let path = try Self.temporaryFile(Self.vanguard, name: "vanguard.tle")
        for bad in ["0:1440", "0:-60:10", "a:b:c", "0:100:0"] {
            let result = try BinaryUnderTest.run(["propagate", path, "--minutes", bad])
            #expect(result.status == 2 && result.stderr.contains("--minutes '\(bad)'") && result.stderr.contains("START:STOP:STEP"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func checksumErrorStopsUnlessSkipped() throws {
        // Line 3 (00005's line 1 after the decaying set) with its checksum digit changed 3 → 4.
        let broken = Self.decaying + "\n" + Self.vanguard.replacingOccurrences(of: "0  4753", with: "0  4754")
        let path = try Self.temporaryFile(broken, name: "broken.tle")
        let strict = try BinaryUnderTest.run(["propagate", path])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("broken.tle:3: column 69 (checksum)"), "\(strict.stderr)")
        #expect(strict.stdout.isEmpty)
        let lenient = try BinaryUnderTest.run(["propagate", path, "--skip-invalid", "--minutes", "0:10:5"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: skipped: broken.tle:3: column 69 (checksum)"))
        #expect(Self.rows(lenient.stdout).map { $0[0] } == ["28872", "28872", "28872"])
    }
}
