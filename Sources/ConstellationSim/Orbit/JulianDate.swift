import Foundation

/// A UTC instant as a Julian date, kept in two parts for precision.
///
/// `day` holds a whole or half day (as the classic `jday` algorithm yields), and
/// `fraction` the rest; their sum is the Julian date. Leap seconds are ignored
/// (UTC treated as uniform), as in SGP4 practice.
public struct JulianDate: Sendable, Hashable, Comparable, Codable {
    public var day: Double
    public var fraction: Double

    public init(day: Double, fraction: Double) {
        self.day = day
        self.fraction = fraction
    }

    /// The Julian date of a Gregorian calendar UTC instant (valid 1900–2100).
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0) {
        let y = Double(year), m = Double(month), d = Double(day)
        let whole = 367.0 * y
            - (7.0 * (y + ((m + 9.0) / 12.0).rounded(.down)) * 0.25).rounded(.down)
            + (275.0 * m / 9.0).rounded(.down)
            + d + 1_721_013.5
        self.day = whole
        self.fraction = (second + Double(minute) * 60.0 + Double(hour) * 3600.0) / TimeConstants.secondsPerDay
    }

    /// The Julian date of a Foundation `Date`.
    public init(_ date: Date) {
        let days = date.timeIntervalSince1970 / TimeConstants.secondsPerDay
        let whole = days.rounded(.down)
        self.day = TimeConstants.unixEpoch + whole
        self.fraction = days - whole
    }

    /// The Julian date as one number.
    public var value: Double { day + fraction }

    /// The same instant as a Foundation `Date`.
    public var date: Date {
        Date(timeIntervalSince1970: ((day - TimeConstants.unixEpoch) + fraction) * TimeConstants.secondsPerDay)
    }

    /// This instant moved by `seconds`.
    public func adding(seconds: Double) -> JulianDate {
        var result = JulianDate(day: day, fraction: fraction + seconds / TimeConstants.secondsPerDay)
        let carry = result.fraction.rounded(.down)
        result.day += carry
        result.fraction -= carry
        return result
    }

    /// Seconds from `other` to `self`.
    public func seconds(since other: JulianDate) -> Double {
        ((day - other.day) + (fraction - other.fraction)) * TimeConstants.secondsPerDay
    }

    public static func < (lhs: JulianDate, rhs: JulianDate) -> Bool {
        lhs.seconds(since: rhs) < 0
    }
}

extension JulianDate {
    /// Calendar fields of this instant in UTC; seconds rounded to the millisecond.
    public var utcComponents: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double) {
        // Milliseconds since the Unix epoch, rounded so that 12:00:00 never prints as 11:59:59.
        let ms = (((day - TimeConstants.unixEpoch) + fraction) * TimeConstants.secondsPerDay * 1000).rounded()
        let whole = (ms / 86_400_000).rounded(.down)
        // Past ±10¹¹ days (a damaged journal's epoch, NaN) the bound's midnight is shown
        // instead of trapping in the conversion to Int.
        let inRange = abs(whole) <= 1e11
        var daysSinceEpoch = inRange ? Int(whole) : (whole > 0 ? 100_000_000_000 : -100_000_000_000)
        let msOfDay = inRange ? ms - Double(daysSinceEpoch) * 86_400_000 : 0
        // Civil-from-days (proleptic Gregorian), days counted from 1970-01-01.
        daysSinceEpoch += 719_468
        let era = (daysSinceEpoch >= 0 ? daysSinceEpoch : daysSinceEpoch - 146_096) / 146_097
        let doe = daysSinceEpoch - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        let hour = Int(msOfDay / 3_600_000)
        let minute = Int((msOfDay - Double(hour) * 3_600_000) / 60_000)
        let second = (msOfDay - Double(hour) * 3_600_000 - Double(minute) * 60_000) / 1000
        return (y, m, d, hour, minute, second)
    }

    /// `YYYY-MM-DD HH:MM:SS` (UTC, whole seconds, truncated).
    public var utcString: String {
        let c = utcComponents
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year, c.month, c.day, c.hour, c.minute, Int(c.second))
    }

    /// ISO 8601 `YYYY-MM-DDTHH:MM:SS.sssZ`.
    public var iso8601: String {
        let c = utcComponents
        return String(format: "%04d-%02d-%02dT%02d:%02d:%06.3fZ", c.year, c.month, c.day, c.hour, c.minute, c.second)
    }
}
