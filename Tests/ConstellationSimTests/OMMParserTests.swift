import Foundation
import Testing
@testable import ConstellationSim

/// The OMM JSON reader against hand-written OMM equivalents of TLEs from the
/// verification set: same elements, same SGP4 states.
@Suite struct OMMParserTests {
    // Verification set 00005 (near-Earth) and 24208 ITALSAT 2 (deep space, 24 h resonant).
    static let tle = """
        VANGUARD 1
        1 00005U 58002B   00179.78495062  .00000023  00000-0  28098-4 0  4753
        2 00005  34.2682 348.7242 1859667 331.7664  19.3264 10.82419157413667
        ITALSAT 2
        1 24208U 96044A   06177.04061740 -.00000094  00000-0  10000-3 0  1600
        2 24208   3.8536  80.0121 0026640 311.0977  48.3000  1.00778054 36119
        """

    // Epochs by hand: 2000 day 179.78495062 = June 27 + 0.78495062 d = 18:50:19.733568;
    // 2006 day 177.04061740 = June 26 (31+28+31+30+31 = 151) + 0.04061740 d = 00:58:29.343360.
    static let omm = """
        [{"OBJECT_NAME":"VANGUARD 1","OBJECT_ID":"1958-002B","EPOCH":"2000-06-27T18:50:19.733568",
          "MEAN_MOTION":10.82419157,"ECCENTRICITY":0.1859667,"INCLINATION":34.2682,"RA_OF_ASC_NODE":348.7242,
          "ARG_OF_PERICENTER":331.7664,"MEAN_ANOMALY":19.3264,"EPHEMERIS_TYPE":0,"CLASSIFICATION_TYPE":"U",
          "NORAD_CAT_ID":5,"ELEMENT_SET_NO":475,"REV_AT_EPOCH":41366,"BSTAR":2.8098e-5,
          "MEAN_MOTION_DOT":2.3e-7,"MEAN_MOTION_DDOT":0},
         {"OBJECT_NAME":"ITALSAT 2","OBJECT_ID":"1996-044A","EPOCH":"2006-06-26T00:58:29.343360",
          "MEAN_MOTION":1.00778054,"ECCENTRICITY":0.002664,"INCLINATION":3.8536,"RA_OF_ASC_NODE":80.0121,
          "ARG_OF_PERICENTER":311.0977,"MEAN_ANOMALY":48.3,"EPHEMERIS_TYPE":0,"CLASSIFICATION_TYPE":"U",
          "NORAD_CAT_ID":24208,"ELEMENT_SET_NO":160,"REV_AT_EPOCH":3611,"BSTAR":0.0001,
          "MEAN_MOTION_DOT":-9.4e-7,"MEAN_MOTION_DDOT":0}]
        """

    @Test func ommAndTLEGiveTheSameElementsAndStates() throws {
        let fromTLE = TLEParser.parse(Self.tle, source: "sats.tle")
        let fromOMM = OMMParser.parse(Self.omm, source: "gp.json")
        #expect(fromTLE.errors.isEmpty && fromOMM.errors.isEmpty)
        try #require(fromTLE.elementSets.count == 2 && fromOMM.elementSets.count == 2)
        for (t, o) in zip(fromTLE.elementSets, fromOMM.elementSets) {
            #expect(o.catalogNumber == t.catalogNumber)
            #expect(o.name == t.name)
            #expect(abs(o.epoch.seconds(since: t.epoch)) < 1e-4)
            #expect(o.meanMotionRevPerDay == t.meanMotionRevPerDay)
            #expect(o.eccentricity == t.eccentricity)
            #expect(o.inclinationDeg == t.inclinationDeg)
            #expect(o.rightAscensionDeg == t.rightAscensionDeg)
            #expect(o.argumentOfPerigeeDeg == t.argumentOfPerigeeDeg)
            #expect(o.meanAnomalyDeg == t.meanAnomalyDeg)
            #expect(o.bstar == t.bstar)
            #expect(o.meanMotionDotRevPerDay2 == t.meanMotionDotRevPerDay2)
            #expect(o.elementSetNumber == t.elementSetNumber)
            #expect(o.revolutionNumberAtEpoch == t.revolutionNumberAtEpoch)
            let a = try SGP4Record(t), b = try SGP4Record(o)
            for minutes in stride(from: -1440.0, through: 2880.0, by: 360.0) {
                let sa = try a.propagate(minutesSinceEpoch: minutes), sb = try b.propagate(minutesSinceEpoch: minutes)
                if a.isDeepSpace {
                    // The epochs differ in the last bit of a Julian date (sub-microsecond), which
                    // moves the deep-space sidereal and lunar-solar angles by < 1e-12 rad.
                    #expect(distance(sa.positionKm, sb.positionKm) < 1e-6)
                    #expect(distance(sa.velocityKmPerS, sb.velocityKmPerS) < 1e-9)
                } else {
                    #expect(sa == sb)
                }
            }
        }
    }

    func distance(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Double {
        let d = a - b
        return (d * d).sum().squareRoot()
    }

    @Test func numbersAsStringsAndASingleObject() throws {
        let text = #"{"NORAD_CAT_ID":"E8493","EPOCH":"2024-01-02T03:04:05.678912Z","MEAN_MOTION":"15.5","ECCENTRICITY":"0.0001","INCLINATION":"53","RA_OF_ASC_NODE":"10","ARG_OF_PERICENTER":"20","MEAN_ANOMALY":"30","BSTAR":"0.0001"}"#
        let result = OMMParser.parse(text, source: "one.json")
        #expect(result.errors.isEmpty)
        let set = try #require(result.elementSets.first)
        #expect(set.catalogNumber == 148_493)
        #expect(set.meanMotionRevPerDay == 15.5)
        let expected = JulianDate(year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5.678912)
        #expect(abs(set.epoch.seconds(since: expected)) < 1e-6)
    }

    @Test func errorsNameFileObjectAndKey() throws {
        let text = """
            [{"NORAD_CAT_ID":5,"EPOCH":"2024-01-02T03:04:05","MEAN_MOTION":15.5,"ECCENTRICITY":0.001,"INCLINATION":53,"RA_OF_ASC_NODE":10,"ARG_OF_PERICENTER":20,"MEAN_ANOMALY":30,"BSTAR":0.0001},
             {"NORAD_CAT_ID":6,"EPOCH":"2024-13-02T03:04:05","MEAN_MOTION":15.5,"ECCENTRICITY":0.001,"INCLINATION":53,"RA_OF_ASC_NODE":10,"ARG_OF_PERICENTER":20,"MEAN_ANOMALY":30,"BSTAR":0.0001},
             {"NORAD_CAT_ID":7,"EPOCH":"2024-01-02T03:04:05","ECCENTRICITY":0.001,"INCLINATION":53,"RA_OF_ASC_NODE":10,"ARG_OF_PERICENTER":20,"MEAN_ANOMALY":30,"BSTAR":0.0001},
             {"NORAD_CAT_ID":8,"EPOCH":"2024-01-02T03:04:05","MEAN_MOTION":15.5,"ECCENTRICITY":"0.0o1","INCLINATION":53,"RA_OF_ASC_NODE":10,"ARG_OF_PERICENTER":20,"MEAN_ANOMALY":30,"BSTAR":0.0001}]
            """
        let result = OMMParser.parse(text, source: "gp.json")
        #expect(result.elementSets.map(\.catalogNumber) == [5])
        #expect(result.errors.map(\.objectIndex) == [1, 2, 3])
        #expect(result.errors.map(\.key) == ["EPOCH", "MEAN_MOTION", "ECCENTRICITY"])
        #expect(result.errors.first?.description
            == #"gp.json: object 1: key "EPOCH": "2024-13-02T03:04:05" is not an ISO 8601 date (expected YYYY-MM-DDTHH:MM:SS[.ffffff])"#)
        #expect(result.errors[1].description == #"gp.json: object 2: key "MEAN_MOTION": is missing (a number is required)"#)
    }

    @Test func invalidJSONIsOneFileError() throws {
        let result = OMMParser.parse("[{\"NORAD_CAT_ID\": 5,", source: "broken.json")
        let error = try #require(result.errors.first)
        #expect(result.elementSets.isEmpty)
        #expect(error.objectIndex == nil)
        #expect(error.description.hasPrefix("broken.json: is not OMM JSON"))
    }

    @Test func contentDetection() {
        #expect(ElementFileFormat.detect(Self.tle) == .tle)
        #expect(ElementFileFormat.detect("  \n" + Self.omm) == .ommJSON)
        #expect(ElementFileFormat.detect("{\"NORAD_CAT_ID\":5}") == .ommJSON)
        #expect(ElementFileFormat.detect("hello\nworld\n") == nil)
        #expect(ElementFileFormat.parse(Self.omm, source: "gp.json").elementSets.count == 2)
        #expect(ElementFileFormat.parse(Self.tle, source: "sats.tle").elementSets.count == 2)
        #expect(ElementFileFormat.parse("hello", source: "x.txt").errors == [.unknownFormat(source: "x.txt")])
    }
}
