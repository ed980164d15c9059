extension WorldState {
    /// The first column and satellite where `other` differs from this world, compared by
    /// value; nil when every result column is identical. Double columns compare by bit
    /// pattern (NaN equals NaN, −0 differs from +0); vector and struct columns (positions,
    /// battery, thermal, faults, modes…) by `==`. Not compared: the SGP4 batch scratch
    /// columns and resonance integrator state, which change the cost of a tick, never its
    /// result. Padding bytes inside values are ignored, which is why this compares values
    /// rather than checkpoint bytes.
    public func firstDifference(from other: WorldState) -> (column: String, satellite: Int)? {
        guard count == other.count else { return ("count", min(count, other.count)) }
        func check<T: Equatable>(_ name: String, _ a: Column<T>, _ b: Column<T>) -> (String, Int)? {
            a.indices.first { a[$0] != b[$0] }.map { (name, $0) }
        }
        func bits(_ name: String, _ a: Column<Double>, _ b: Column<Double>) -> (String, Int)? {
            a.indices.first { a[$0].bitPattern != b[$0].bitPattern }.map { (name, $0) }
        }
        let checks: [() -> (String, Int)?] = [
            { check("orbitKind", self.orbitKind, other.orbitKind) },
            { check("positionKm", self.positionKm, other.positionKm) },
            { check("velocityKmS", self.velocityKmS, other.velocityKmS) },
            { bits("latitudeDeg", self.latitudeDeg, other.latitudeDeg) },
            { bits("longitudeDeg", self.longitudeDeg, other.longitudeDeg) },
            { bits("altitudeKm", self.altitudeKm, other.altitudeKm) },
            { check("orbitErrorCode", self.orbitErrorCode, other.orbitErrorCode) },
            { check("battery", self.battery, other.battery) }, { check("thermal", self.thermal, other.thermal) },
            { check("radiation", self.radiation, other.radiation) }, { check("faults", self.faults, other.faults) },
            { check("modeState", self.modeState, other.modeState) }, { check("mode", self.mode, other.mode) },
            { bits("litFraction", self.litFraction, other.litFraction) }, { bits("betaDeg", self.betaDeg, other.betaDeg) },
            { bits("environmentAbsorbedW", self.environmentAbsorbedW, other.environmentAbsorbedW) },
            { bits("solarW", self.solarW, other.solarW) }, { bits("availableW", self.availableW, other.availableW) },
            { bits("demand", self.demand, other.demand) }, { bits("utilization", self.utilization, other.utilization) },
            { check("schedulingLimit", self.schedulingLimit, other.schedulingLimit) },
            { bits("loadW", self.loadW, other.loadW) },
            { bits("heaterHoldingW", self.heaterHoldingW, other.heaterHoldingW) }, { bits("heaterW", self.heaterW, other.heaterW) },
            { bits("heaterRequestW", self.heaterRequestW, other.heaterRequestW) },
            { check("powerVerdict", self.powerVerdict, other.powerVerdict) },
            { bits("netPowerW", self.netPowerW, other.netPowerW) }, { bits("batterySOC", self.batterySOC, other.batterySOC) },
            { bits("acceleratorTempC", self.acceleratorTempC, other.acceleratorTempC) },
            { bits("radiatorTempC", self.radiatorTempC, other.radiatorTempC) },
            { bits("radiatorOpenFraction", self.radiatorOpenFraction, other.radiatorOpenFraction) },
            { check("seuTotal", self.seuTotal, other.seuTotal) },
            { check("uncorrectableThisTick", self.uncorrectableThisTick, other.uncorrectableThisTick) },
            { bits("seuRatePerHour", self.seuRatePerHour, other.seuRatePerHour) },
            { check("groundContact", self.groundContact, other.groundContact) },
            { bits("minutesSinceContact", self.minutesSinceContact, other.minutesSinceContact) },
            { check("islUpMask", self.islUpMask, other.islUpMask) },
        ] + AlarmParameter.allCases.map { p in
            { bits("alarmSamples.\(p.displayName)", self.samples(p), other.samples(p)) }
        }
        for c in checks { if let d = c() { return (d.0, d.1) } }
        return nil
    }
}
