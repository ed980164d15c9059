/// Mode of one satellite with its cause (plain numbers; one per satellite).
///
/// Transition rules, evaluated every tick in this order (first match wins):
/// 1. FAILED is final. Entered when the flight computer fails, every accelerator board has
///    failed, the battery or the array falls below its survival fraction, or every radiator
///    loop has failed.
/// 2. SAFE when the power model reports an energy short, the thermal model an
///    over-temperature shutdown, or the operator commands it (cause in that priority).
///    While a condition holds the dwell clock is reset; a change of SAFE cause is reported.
/// 3. In SAFE with every condition clear: stay until they have been clear for
///    `safeRecoveryDwellS`, then leave to DEGRADED or NOMINAL by rule 4.
/// 4. DEGRADED when any unit has failed (cause: the most recent fault kind) or the dose
///    exceeds the HBM-irregularity threshold (cause: radiation dose); else NOMINAL.
public struct ModeState: Sendable, Hashable, Codable {
    public private(set) var mode: OperatingMode = .nominal
    public private(set) var cause: ModeCause = .none
    /// Simulated time the current mode was entered, seconds.
    public private(set) var sinceSimSeconds: Double = 0
    /// Simulated time since which all SAFE conditions have been clear (while in SAFE).
    public private(set) var clearSinceSimSeconds: Double?

    public init() {}

    /// Applies the rules at `nowSimSeconds`; returns the transition if the mode or cause changed.
    public mutating func step(
        nowSimSeconds now: Double, inputs: ModeInputs, faults: FaultState, doseRadSi: Double,
        faultParameters fp: FaultParameters, radiation rp: RadiationParameters, parameters p: ModeParameters
    ) -> ModeTransition? {
        if mode == .failed { return nil }
        if let failure = Self.failureCause(faults, fp, p) { return enter(.failed, failure, now) }
        if let safeCause = Self.safeCause(inputs) {
            clearSinceSimSeconds = nil
            return enter(.safe, safeCause, now)
        }
        if mode == .safe {
            let clearSince = clearSinceSimSeconds ?? now
            clearSinceSimSeconds = clearSince
            if now - clearSince < p.safeRecoveryDwellS { return nil }
            clearSinceSimSeconds = nil
        }
        if let kind = faults.lastFault { return enter(.degraded, ModeCause(degradedBy: kind), now) }
        if doseRadSi > rp.hbmIrregularityDoseRadSi { return enter(.degraded, .radiationDose, now) }
        return enter(.nominal, .none, now)
    }

    /// FAILED with cause `numerical`: a model produced a NaN or an infinity for the
    /// satellite. A satellite already FAILED keeps its cause.
    public mutating func failNumerically(nowSimSeconds now: Double) -> ModeTransition? {
        if mode == .failed { return nil }
        clearSinceSimSeconds = nil
        return enter(.failed, .numerical, now)
    }

    /// Changes mode and cause; nil when both are unchanged.
    private mutating func enter(_ newMode: OperatingMode, _ newCause: ModeCause, _ now: Double) -> ModeTransition? {
        guard newMode != mode || newCause != cause else { return nil }
        let transition = ModeTransition(from: mode, to: newMode, cause: newCause, atSimSeconds: now)
        if newMode != mode { sinceSimSeconds = now }
        mode = newMode
        cause = newCause
        return transition
    }

    static func failureCause(_ f: FaultState, _ fp: FaultParameters, _ p: ModeParameters) -> ModeCause? {
        if f.avionicsFailed { return .avionicsFailed }
        if fp.acceleratorBoards > 0 && f.failedAcceleratorBoards >= fp.acceleratorBoards { return .allAcceleratorsFailed }
        if f.batteryCapacityFraction(fp) < p.survivalBatteryCapacityFraction { return .batteryLost }
        if f.arrayAreaFraction(fp) < p.survivalArrayAreaFraction { return .arrayLost }
        if fp.radiatorLoops > 0 && f.failedRadiatorLoops >= fp.radiatorLoops { return .radiatorLost }
        return nil
    }

    static func safeCause(_ inputs: ModeInputs) -> ModeCause? {
        if inputs.energyShort { return .energyShort }
        if inputs.overTemperatureShutdown { return .overTemperature }
        if inputs.commandedSafe { return .operatorCommand }
        return nil
    }
}
