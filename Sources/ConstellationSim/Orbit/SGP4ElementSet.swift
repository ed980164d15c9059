/// Mean orbital elements of one satellite in TLE units, the common output of the
/// TLE and OMM readers and the input of `SGP4Record`.
public struct ElementSet: Sendable, Hashable {
    /// NORAD catalog number (0…339999; Alpha-5 numbers decoded).
    public var catalogNumber: Int
    /// Object name (the TLE name line or OMM OBJECT_NAME), empty when absent.
    public var name: String
    /// International designator (TLE columns 10–17, e.g. "98067A"; OMM OBJECT_ID as given).
    public var internationalDesignator: String
    /// Classification: "U", "C" or "S".
    public var classification: String
    /// Epoch of the elements, UTC.
    public var epoch: JulianDate
    /// First derivative of mean motion divided by two, rev/day².
    public var meanMotionDotRevPerDay2: Double
    /// Second derivative of mean motion divided by six, rev/day³.
    public var meanMotionDDotRevPerDay3: Double
    /// B* drag term, 1/Earth radii.
    public var bstar: Double
    /// Ephemeris type (0 for SGP4 element sets).
    public var ephemerisType: Int
    /// Element set number.
    public var elementSetNumber: Int
    /// Inclination, degrees.
    public var inclinationDeg: Double
    /// Right ascension of the ascending node, degrees.
    public var rightAscensionDeg: Double
    /// Eccentricity (dimensionless).
    public var eccentricity: Double
    /// Argument of perigee, degrees.
    public var argumentOfPerigeeDeg: Double
    /// Mean anomaly, degrees.
    public var meanAnomalyDeg: Double
    /// Mean motion (Kozai), revolutions per day.
    public var meanMotionRevPerDay: Double
    /// Revolution number at epoch.
    public var revolutionNumberAtEpoch: Int

    public init(catalogNumber: Int, name: String = "", internationalDesignator: String = "",
                classification: String = "U", epoch: JulianDate,
                meanMotionDotRevPerDay2: Double = 0, meanMotionDDotRevPerDay3: Double = 0,
                bstar: Double, ephemerisType: Int = 0, elementSetNumber: Int = 0,
                inclinationDeg: Double, rightAscensionDeg: Double, eccentricity: Double,
                argumentOfPerigeeDeg: Double, meanAnomalyDeg: Double, meanMotionRevPerDay: Double,
                revolutionNumberAtEpoch: Int = 0) {
        self.catalogNumber = catalogNumber
        self.name = name
        self.internationalDesignator = internationalDesignator
        self.classification = classification
        self.epoch = epoch
        self.meanMotionDotRevPerDay2 = meanMotionDotRevPerDay2
        self.meanMotionDDotRevPerDay3 = meanMotionDDotRevPerDay3
        self.bstar = bstar
        self.ephemerisType = ephemerisType
        self.elementSetNumber = elementSetNumber
        self.inclinationDeg = inclinationDeg
        self.rightAscensionDeg = rightAscensionDeg
        self.eccentricity = eccentricity
        self.argumentOfPerigeeDeg = argumentOfPerigeeDeg
        self.meanAnomalyDeg = meanAnomalyDeg
        self.meanMotionRevPerDay = meanMotionRevPerDay
        self.revolutionNumberAtEpoch = revolutionNumberAtEpoch
    }
}
