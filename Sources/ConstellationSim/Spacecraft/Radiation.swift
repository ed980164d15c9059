import Foundation

/// Parameters of the radiation model: single-event upsets and total ionizing dose.
///
/// Defaults split the REFERENCE.md orbit averages between the South Atlantic Anomaly and
/// the rest of the orbit with two stated assumptions: a satellite spends `f = 7 %` of its
/// time inside the SAA polygon (typical of 500–700 km at mid/high inclination), and the
/// SAA delivers 80 % of the upsets and 70 % of the dose (trapped protons; the rest comes
/// from galactic cosmic rays and the outer belt horns).
/// - Upsets, orbit average 4e-7 /bit/day (686 km SSO, commercial SRAM):
///   inside = 0.8 · 4e-7 / 0.07 = 4.571e-6; outside = 0.2 · 4e-7 / 0.93 = 8.602e-8 /bit/day.
/// - Dose, orbit average 750 rad(Si) / 5 years shielded = 0.4107 rad(Si)/day:
///   inside = 0.7 · 0.4107 / 0.07 = 4.107; outside = 0.3 · 0.4107 / 0.93 = 0.1325 rad(Si)/day.
public struct RadiationParameters: Sendable, Hashable, Codable {
    /// Upset-sensitive bits per satellite (SRAM-equivalent: on-chip memories, registers,
    /// un-protected buffers). 1e9 bits ≈ 125 MB.
    public var sensitiveBits: Double = 1e9
    /// Upset rate outside the SAA, upsets per bit per day.
    public var upsetsPerBitPerDayOutsideSAA: Double = 8.602e-8
    /// Upset rate inside the SAA, upsets per bit per day.
    public var upsetsPerBitPerDayInsideSAA: Double = 4.571e-6
    /// Fraction of upsets that error correction cannot fix (these restart the work).
    /// 1e-3 with the defaults above: ≈ 0.4 uncorrectable upsets per satellite per day.
    public var uncorrectableFraction: Double = 1e-3
    /// Total ionizing dose rate outside the SAA, rad(Si) per day.
    public var doseRadSiPerDayOutsideSAA: Double = 0.1325
    /// Total ionizing dose rate inside the SAA, rad(Si) per day.
    public var doseRadSiPerDayInsideSAA: Double = 4.107
    /// Dose above which accelerator memory (HBM) shows irregularities and throughput
    /// starts to fall, rad(Si). Trillium TPU test: ≈ 2 krad(Si).
    public var hbmIrregularityDoseRadSi: Double = 2_000
    /// Dose without hard failures, rad(Si); above it accelerator boards wear out faster.
    /// Trillium TPU test: no hard failures to 15 krad(Si).
    public var hardFailureDoseRadSi: Double = 15_000
    /// Throughput lost at `hardFailureDoseRadSi`, falling linearly from 0 at
    /// `hbmIrregularityDoseRadSi` (retries and remapped memory); held constant beyond.
    /// An assumption: the tests report "irregularities", not a number.
    public var throughputLossAtHardFailureDose: Double = 0.10
    /// Added accelerator-board failure hazard, in multiples of the base hazard, per krad(Si)
    /// above `hardFailureDoseRadSi` (an assumption: wear-out beyond the tested dose).
    public var acceleratorHazardIncreasePerKradAboveHardDose: Double = 1.0

    public init() {}

    /// Upset rate, upsets per satellite per second, inside or outside the SAA.
    @inline(__always)
    public func upsetsPerSecond(inSAA: Bool) -> Double {
        sensitiveBits * (inSAA ? upsetsPerBitPerDayInsideSAA : upsetsPerBitPerDayOutsideSAA) / 86_400
    }

    /// Dose rate, rad(Si) per second, inside or outside the SAA.
    @inline(__always)
    public func doseRadSiPerSecond(inSAA: Bool) -> Double {
        (inSAA ? doseRadSiPerDayInsideSAA : doseRadSiPerDayOutsideSAA) / 86_400
    }

    /// Accelerator throughput factor 0…1 at an accumulated dose: 1 below the HBM
    /// threshold, then linear down to 1 − `throughputLossAtHardFailureDose` at the hard
    /// failure dose, constant beyond.
    @inline(__always)
    public func throughputFactor(doseRadSi: Double) -> Double {
        guard doseRadSi > hbmIrregularityDoseRadSi else { return 1 }
        let span = max(hardFailureDoseRadSi - hbmIrregularityDoseRadSi, 1e-9)
        let x = min((doseRadSi - hbmIrregularityDoseRadSi) / span, 1)
        return 1 - throughputLossAtHardFailureDose * x
    }

    /// Multiplier (≥ 1) of the accelerator-board failure hazard at an accumulated dose.
    @inline(__always)
    public func acceleratorHazardMultiplier(doseRadSi: Double) -> Double {
        guard doseRadSi > hardFailureDoseRadSi else { return 1 }
        return 1 + acceleratorHazardIncreasePerKradAboveHardDose * (doseRadSi - hardFailureDoseRadSi) / 1000
    }
}

/// What radiation did to one satellite in one tick.
public struct RadiationEvents: Sendable, Hashable {
    /// Upsets fixed by error correction.
    public var correctableUpsets: Int
    /// Upsets that corrupt state: the satellite's work restarts.
    public var uncorrectableUpsets: Int
}

/// Radiation history of one satellite (plain numbers; one per satellite in the fleet).
public struct RadiationState: Sendable, Hashable, Codable {
    /// Accumulated total ionizing dose, rad(Si).
    public var doseRadSi: Double = 0
    /// Correctable upsets so far.
    public var correctableUpsets: Int = 0
    /// Uncorrectable upsets so far.
    public var uncorrectableUpsets: Int = 0

    public init(doseRadSi: Double = 0) { self.doseRadSi = doseRadSi }

    /// Advances one tick of `dtS` seconds. Upsets are Poisson events; correctable and
    /// uncorrectable ones are drawn as two independent Poisson streams with means
    /// λ(1 − u) and λu (the thinning of a Poisson process), λ = bits × rate × dt. When both
    /// means are below 10 (the usual case) both come from one Philox block by inversion.
    @inline(__always)
    public mutating func step(
        inSAA: Bool, dtS: Double, parameters p: RadiationParameters,
        random: CounterRandom, satellite: Int, tick: UInt64
    ) -> RadiationEvents {
        step(RadiationTickRates(parameters: p, dtS: dtS, inSAA: inSAA), random: random, satellite: satellite, tick: tick)
    }

    /// `step(inSAA:dtS:parameters:random:satellite:tick:)` with the tick's means (the
    /// same for every satellite in or out of the SAA) computed once per tick.
    @inline(__always)
    public mutating func step(_ r: RadiationTickRates, random: CounterRandom, satellite: Int, tick: UInt64)
        -> RadiationEvents {
        doseRadSi += r.doseRadSi
        let lambdaC = r.lambdaCorrectable, lambdaU = r.lambdaUncorrectable
        let correctable: Int, uncorrectable: Int
        if lambdaC < 10 && lambdaU < 10 {
            // Both by inversion, one uniform each: the two words of a single block.
            let (a, b) = random.uniforms(satellite: satellite, tick: tick, stream: .correctableUpsets)
            correctable = poissonByInversion(lambdaC, probabilityOfZero: r.zeroCorrectable, uniform: a)
            uncorrectable = poissonByInversion(lambdaU, probabilityOfZero: r.zeroUncorrectable, uniform: b)
        } else {
            correctable = random.poisson(mean: lambdaC, satellite: satellite, tick: tick, stream: .correctableUpsets)
            uncorrectable = random.poisson(mean: lambdaU, satellite: satellite, tick: tick, stream: .uncorrectableUpsets)
        }
        correctableUpsets += correctable
        uncorrectableUpsets += uncorrectable
        return RadiationEvents(correctableUpsets: correctable, uncorrectableUpsets: uncorrectable)
    }
}

/// The upset means and dose of one tick for satellites in or out of the SAA:
/// λ = bits × rate × dt split into correctable λ(1 − u) and uncorrectable λu, with
/// e^(−λ) (the probability of no upset) for sampling by inversion.
public struct RadiationTickRates: Sendable {
    public let doseRadSi: Double
    public let lambdaCorrectable: Double
    public let lambdaUncorrectable: Double
    let zeroCorrectable: Double
    let zeroUncorrectable: Double

    public init(parameters p: RadiationParameters, dtS: Double, inSAA: Bool) {
        doseRadSi = p.doseRadSiPerSecond(inSAA: inSAA) * dtS
        let lambda = p.upsetsPerSecond(inSAA: inSAA) * dtS
        let u = min(max(p.uncorrectableFraction, 0), 1)
        lambdaCorrectable = lambda * (1 - u)
        lambdaUncorrectable = lambda * u
        zeroCorrectable = exp(-lambdaCorrectable)
        zeroUncorrectable = exp(-lambdaUncorrectable)
    }
}
