import Foundation

/// Parameters of the compute payload (the same for every satellite of a shell).
public struct ComputeParameters: Sendable, Hashable, Codable {
    /// Accelerators on each board (the board count is `FaultParameters.acceleratorBoards`).
    public var acceleratorsPerBoard: Int = 1
    /// Peak throughput of one accelerator, PFLOP/s. Default: NVIDIA H100 SXM dense BF16,
    /// 989 TFLOP/s (datasheet), the accelerator Starcloud-1 flew.
    public var pflopsPerAccelerator: Double = 0.989
    /// Electrical power of one accelerator at full utilization, W (H100 ≈ 700 W).
    public var acceleratorPowerW: Double = 700

    public init() {}

    /// Accelerators installed on a satellite with `boards` boards.
    @inline(__always)
    public func installedAccelerators(boards: Int) -> Int { boards * acceleratorsPerBoard }

    /// Peak PFLOP/s of a satellite with `boards` boards (all working, utilization 1).
    @inline(__always)
    public func peakPFLOPS(boards: Int) -> Double { Double(installedAccelerators(boards: boards)) * pflopsPerAccelerator }
}

/// Mean local solar time.
///
/// LST = UTC + longitude / 15° per hour (mod 24). The equation of time (≤ 16.5 min) is
/// ignored: the demand curve it feeds is hourly.
public enum LocalSolarTime {
    /// Hours since midnight UTC of a Julian date, 0…24.
    @inline(__always)
    public static func utcHours(_ jd: JulianDate) -> Double {
        // Julian days begin at noon: add half a day to count from midnight.
        let frac = (jd.day.truncatingRemainder(dividingBy: 1) + 0.5 + jd.fraction).truncatingRemainder(dividingBy: 1)
        return (frac < 0 ? frac + 1 : frac) * 24
    }

    /// Mean local solar time, hours 0…24, at east-positive `longitudeDeg` and `utcHours`.
    @inline(__always)
    public static func hours(longitudeDeg: Double, utcHours: Double) -> Double {
        let h = (utcHours + longitudeDeg / 15).truncatingRemainder(dividingBy: 24)
        return h < 0 ? h + 24 : h
    }
}
