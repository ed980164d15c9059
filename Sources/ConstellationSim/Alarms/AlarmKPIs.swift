/// How often one alarm was annunciated (for the top-10 list).
public struct AlarmFrequency: Sendable, Equatable {
    /// The alarm's name, e.g. `P03-S07:SEU_RATE`.
    public var name: String
    public var key: AlarmKey
    /// Number of annunciations (entries into UNACKED).
    public var count: Int

    public init(name: String, key: AlarmKey, count: Int) {
        self.name = name
        self.key = key
        self.count = count
    }
}

/// The alarm-management KPIs of ISA-18.2 / EEMUA 191 over a span of simulated time.
///
/// Rates count annunciations (an alarm entering UNACKED). Fixed 10-minute windows are
/// aligned to multiples of 600 s of simulation time; every window the span touches
/// counts, a partial first or last one included.
public struct AlarmKPIs: Sendable, Equatable {
    /// Start and end of the span, simulation seconds.
    public var startSeconds: Double
    public var endSeconds: Double
    /// Annunciations in the span.
    public var totalAlarms: Int
    /// Number of 10-minute windows the span touches.
    public var windowCount: Int
    /// totalAlarms / windowCount.
    public var averagePer10Min: Double
    /// Annunciations in the trailing 10 minutes (endSeconds − 600, endSeconds].
    public var currentPer10Min: Int
    /// Most annunciations in one fixed 10-minute window.
    public var peakPer10Min: Int
    /// Fixed windows holding more than 10 annunciations.
    public var floodWindows: Int
    /// 100 × floodWindows / windowCount.
    public var floodWindowPercent: Double
    /// Alarms active (UNACKED or ACKED) at the end.
    public var standingAlarms: Int
    /// Standing alarms active for more than 24 h of simulated time.
    public var staleAlarms: Int
    /// Alarms that returned to normal 3 or more times within 60 s at least once.
    public var chatteringAlarms: Int
    /// Acknowledgements of an annunciated alarm.
    public var acknowledgements: Int
    /// Mean and max time from annunciation to acknowledgement, seconds (nil: none).
    public var meanTimeToAckSeconds: Double?
    public var maxTimeToAckSeconds: Double?
    /// The 10 most frequent alarms, most frequent first (ties by alarm id).
    public var topAlarms: [AlarmFrequency]

    /// ISA-18.2 thresholds used by the report.
    public static let acceptablePer10Min = 1.0
    public static let manageablePer10Min = 2.0
    public static let floodPercentTarget = 1.0
    public static let staleSeconds = 86_400.0
}
