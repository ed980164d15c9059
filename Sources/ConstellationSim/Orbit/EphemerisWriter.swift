import Foundation

/// Where an element set's ephemeris stopped: the SGP4 error and the minute it happened at.
public struct EphemerisFailure: Sendable, Hashable, CustomStringConvertible {
    /// NORAD catalog number of the set.
    public var catalogNumber: Int
    /// The SGP4 error.
    public var error: SGP4Error
    /// Minutes after the set's epoch of the failed instant (0 when initialisation failed).
    public var minutesSinceEpoch: Double

    /// `catalog 28872: error 6 (…decayed) at 1440 min`.
    public var description: String {
        "catalog \(catalogNumber): error \(error.code) (\(error.meaning)) at \(EphemerisWriter.minutesText(minutesSinceEpoch)) min"
    }
}

/// Propagates element sets over an `EphemerisGrid` and writes one row per instant
/// through a `TelemetryEncoder` (CSV with header, or JSON lines), in `EphemerisFrame`.
///
/// Numbers are written with 8 decimals (`%.8f`: 1e-8 km, 1e-8 km/s, 1e-8°), enough to
/// reproduce the SGP4 reference output digit for digit.
public struct EphemerisWriter {
    public let frame: EphemerisFrame
    private var encoder: TelemetryEncoder

    public init(frame: EphemerisFrame, format: TelemetryFormat, sink: @escaping (String) throws -> Void) {
        self.frame = frame
        encoder = TelemetryEncoder(format: format, columns: frame.columns, sink: sink)
    }

    /// Writes `elements` at every instant of `grid`, stopping at the first SGP4 error,
    /// which is returned (nil when every instant was written). Throws only sink errors.
    public mutating func write(_ elements: ElementSet, grid: EphemerisGrid) throws -> EphemerisFailure? {
        let record: SGP4Record
        do {
            record = try SGP4Record(elements)
        } catch {
            return EphemerisFailure(catalogNumber: elements.catalogNumber, error: error, minutesSinceEpoch: 0)
        }
        return try write(record, grid: grid)
    }

    /// Writes `record` at every instant of `grid`; see `write(_:grid:)`.
    public mutating func write(_ record: SGP4Record, grid: EphemerisGrid) throws -> EphemerisFailure? {
        var cache = SGP4IntegratorCache()
        let catalog = EphemerisValue.number(String(record.catalogNumber))
        for index in 0..<grid.count {
            let minutes = grid.minutesSinceEpoch(index, of: record)
            let state: TEMEState
            do {
                state = try record.propagate(minutesSinceEpoch: minutes, cache: &cache)
            } catch {
                return EphemerisFailure(catalogNumber: record.catalogNumber, error: error, minutesSinceEpoch: minutes)
            }
            try encoder.append(row(catalog: catalog, minutes: minutes, state: state, record: record))
        }
        return nil
    }

    /// Hands buffered rows to the sink.
    public mutating func flush() throws { try encoder.flush() }

    private typealias EphemerisValue = TelemetryEncoder.Value

    private func row(catalog: EphemerisValue, minutes: Double, state: TEMEState, record: SGP4Record) -> [EphemerisValue] {
        let minutesValue = EphemerisValue.number(Self.minutesText(minutes))
        switch frame {
        case .teme:
            return [catalog, minutesValue] + Self.vectorValues(state.positionKm, state.velocityKmPerS)
        case .ecef:
            let time = record.epoch.adding(seconds: minutes * 60)
            let fixed = state.earthFixed(at: time)
            return [catalog, minutesValue] + Self.vectorValues(fixed.positionKm, fixed.velocityKmPerS)
        case .geodetic:
            let time = record.epoch.adding(seconds: minutes * 60)
            let g = state.geodetic(at: time)
            return [catalog, minutesValue, .text(time.iso8601), .number(Self.fixed8(g.latitudeDeg)),
                    .number(Self.fixed8(g.longitudeDeg)), .number(Self.fixed8(g.altitudeKm))]
        }
    }

    private static func vectorValues(_ r: SIMD3<Double>, _ v: SIMD3<Double>) -> [EphemerisValue] {
        [r.x, r.y, r.z, v.x, v.y, v.z].map { .number(fixed8($0)) }
    }

    static func fixed8(_ value: Double) -> String { String(format: "%.8f", value) }

    /// Minutes as written in rows and messages: the shortest text that reads back as
    /// the same value to 1e-8 min ("1440", "0.5", "-90.25").
    static func minutesText(_ minutes: Double) -> String {
        var text = String(format: "%.8f", minutes)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
