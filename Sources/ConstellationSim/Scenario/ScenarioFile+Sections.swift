internal import Yams

extension ScenarioFile {
    /// Optional section `key` of `top` as a reader (nil when absent).
    static func section(_ top: ScenarioFileReader, _ key: String, what: String, keys: [String]) throws(ScenarioFileError)
        -> ScenarioFileReader? {
        guard let node = top.node(key) else { return nil }
        return try ScenarioFileReader(node, source: top.source, path: key, what: what, keys: keys)
    }

    static func links(_ top: ScenarioFileReader) throws(ScenarioFileError) -> InterSatelliteLinkParameters {
        var links = InterSatelliteLinkParameters()
        guard let r = try section(top, "links", what: "link settings", keys: ["isl_max_range_km", "wraps_across_planes"])
        else { return links }
        links.maximumRangeKm = try r.double("isl_max_range_km", unit: "kilometres", default: links.maximumRangeKm, range: .positive)
        links.wrapsAcrossPlanes = try r.bool("wraps_across_planes", default: links.wrapsAcrossPlanes)
        return links
    }

    static func workload(_ top: ScenarioFileReader) throws(ScenarioFileError) -> WorkloadSpec {
        var w = WorkloadSpec()
        guard let r = try section(top, "workload", what: "workload settings", keys: [
            "constant_utilization", "training_jobs", "satellites_per_job", "job_hours", "checkpoint_interval_s", "inference_peak",
        ]) else { return w }
        w.constantUtilization = try r.optionalDouble("constant_utilization", unit: "fraction of the accelerators",
                                                     example: "0.8", range: .fraction)
        w.trainingJobs = try r.int("training_jobs", what: "jobs started at epoch", default: w.trainingJobs, minimum: 0)
        w.satellitesPerJob = try r.int("satellites_per_job", what: "satellites", default: w.satellitesPerJob, minimum: 1)
        w.jobHoursAtFullRate = try r.double("job_hours", unit: "hours at full rate", default: w.jobHoursAtFullRate, range: .positive)
        w.checkpointIntervalS = try r.double("checkpoint_interval_s", unit: "seconds", default: w.checkpointIntervalS,
                                             range: .positive)
        w.inference.peakUtilization = try r.double("inference_peak", unit: "fraction of the accelerators",
                                                   default: w.inference.peakUtilization, range: .fraction)
        return w
    }

    static func radiation(_ top: ScenarioFileReader) throws(ScenarioFileError) -> RadiationParameters {
        var p = RadiationParameters()
        guard let r = try section(top, "radiation", what: "radiation settings", keys: [
            "sensitive_bits", "upsets_per_bit_per_day_outside_saa", "upsets_per_bit_per_day_inside_saa", "uncorrectable_fraction",
            "dose_rad_per_day_outside_saa", "dose_rad_per_day_inside_saa", "hbm_irregularity_dose_rad", "hard_failure_dose_rad",
            "throughput_loss_at_hard_failure_dose", "accelerator_hazard_increase_per_krad",
        ]) else { return p }
        p.sensitiveBits = try r.double("sensitive_bits", unit: "bits", default: p.sensitiveBits,
                                 range: .closed(0, maximumSensitiveBits))
        p.upsetsPerBitPerDayOutsideSAA = try r.double("upsets_per_bit_per_day_outside_saa", unit: "upsets per bit per day",
                                                      default: p.upsetsPerBitPerDayOutsideSAA, range: .closed(0, 1))
        p.upsetsPerBitPerDayInsideSAA = try r.double("upsets_per_bit_per_day_inside_saa", unit: "upsets per bit per day",
                                                     default: p.upsetsPerBitPerDayInsideSAA, range: .closed(0, 1))
        p.uncorrectableFraction = try r.double("uncorrectable_fraction", unit: "fraction", default: p.uncorrectableFraction,
                                               range: .fraction)
        p.doseRadSiPerDayOutsideSAA = try r.double("dose_rad_per_day_outside_saa", unit: "rad(Si) per day",
                                                   default: p.doseRadSiPerDayOutsideSAA, range: .nonNegative)
        p.doseRadSiPerDayInsideSAA = try r.double("dose_rad_per_day_inside_saa", unit: "rad(Si) per day",
                                                  default: p.doseRadSiPerDayInsideSAA, range: .nonNegative)
        p.hbmIrregularityDoseRadSi = try r.double("hbm_irregularity_dose_rad", unit: "rad(Si)",
                                                  default: p.hbmIrregularityDoseRadSi, range: .nonNegative)
        p.hardFailureDoseRadSi = try r.double("hard_failure_dose_rad", unit: "rad(Si)", default: p.hardFailureDoseRadSi,
                                              range: .nonNegative)
        p.throughputLossAtHardFailureDose = try r.double("throughput_loss_at_hard_failure_dose", unit: "fraction",
                                                         default: p.throughputLossAtHardFailureDose, range: .fraction)
        p.acceleratorHazardIncreasePerKradAboveHardDose = try r.double(
            "accelerator_hazard_increase_per_krad", unit: "multiples of the base hazard per krad(Si)",
            default: p.acceleratorHazardIncreasePerKradAboveHardDose, range: .nonNegative)
        if p.hardFailureDoseRadSi < p.hbmIrregularityDoseRadSi {
            throw r.error("hard_failure_dose_rad", "must be ≥ hbm_irregularity_dose_rad (\(p.hbmIrregularityDoseRadSi))")
        }
        return p
    }

    static func environment(_ top: ScenarioFileReader) throws(ScenarioFileError) -> EnvironmentSwitches {
        guard let r = try section(top, "environment", what: "environment switches", keys: ["albedo", "earth_ir", "solar_heating"])
        else { return .allOn }
        return EnvironmentSwitches(albedo: try r.bool("albedo", default: true), earthIR: try r.bool("earth_ir", default: true),
                                   solarHeating: try r.bool("solar_heating", default: true))
    }

    static func modes(_ top: ScenarioFileReader) throws(ScenarioFileError) -> ModeParameters {
        var m = ModeParameters()
        guard let r = try section(top, "modes", what: "mode settings", keys: [
            "safe_recovery_dwell_s", "survival_battery_capacity_fraction", "survival_array_area_fraction",
        ]) else { return m }
        m.safeRecoveryDwellS = try r.double("safe_recovery_dwell_s", unit: "seconds", default: m.safeRecoveryDwellS,
                                            range: .nonNegative)
        m.survivalBatteryCapacityFraction = try r.double("survival_battery_capacity_fraction", unit: "fraction",
                                                         default: m.survivalBatteryCapacityFraction, range: .fraction)
        m.survivalArrayAreaFraction = try r.double("survival_array_area_fraction", unit: "fraction",
                                                   default: m.survivalArrayAreaFraction, range: .fraction)
        return m
    }

    /// Fault kinds as the file spells them.
    static let faultKindNames: [(String, FaultKind)] = [
        ("battery_cell", .batteryCell), ("array_string", .arrayString), ("radiator_loop", .radiatorLoop),
        ("laser_terminal", .laserTerminal), ("accelerator_board", .acceleratorBoard), ("avionics", .avionics),
    ]

    static func faults(_ top: ScenarioFileReader, fleet scenario: Scenario) throws(ScenarioFileError) -> FaultPlan {
        guard let r = try section(top, "faults", what: "fault settings", keys: ["random", "scripted"]) else { return FaultPlan() }
        var plan = FaultPlan(randomFailures: try r.bool("random", default: true))
        let items = try r.sequence("scripted", what: "scripted faults")
        guard !items.isEmpty else { return plan }
        let ids = satelliteIDs(scenario)
        for (i, node) in items.enumerated() {
            let f = try ScenarioFileReader(node, source: top.source, path: "faults.scripted[\(i)]", what: "a scripted fault",
                                           keys: ["at", "satellite", "fault"])
            guard let at = try f.optionalDuration("at") else {
                throw f.error(nil, "missing key 'at' (time after the epoch, e.g. \"+30m\")")
            }
            guard let satellite = try f.optionalString("satellite", what: "a satellite id") else {
                throw f.error(nil, "missing key 'satellite' (a satellite id, e.g. P03-S07)")
            }
            if !ids.contains(satellite) {
                let example = ids.sorted().first ?? "P01-S01"
                throw f.error("satellite", "no satellite \(ScenarioFileReader.quote(satellite)) in the shells (ids look like \(example))")
            }
            guard f.has("fault") else {
                throw f.error(nil, "missing key 'fault' (one of \(faultKindNames.map(\.0).joined(separator: ", ")))")
            }
            let kind = try f.choice("fault", faultKindNames, default: .avionics)
            plan.scripted.append(ScriptedFault(atSimSeconds: at, satellite: satellite, kind: kind))
        }
        return plan
    }

    /// Every satellite id as `Fleet` names it: shell-prefixed when the fleet has several
    /// groups, catalog satellites by catalog number.
    static func satelliteIDs(_ scenario: Scenario) -> Set<String> {
        var ids = Set(scenario.catalogs.flatMap { $0.elementSets.map { String($0.catalogNumber) } })
        let prefixed = scenario.shells.count + scenario.catalogs.count > 1
        for design in scenario.shells {
            let shell = design.shell
            for p in 0..<shell.planes {
                for k in 0..<shell.perPlane {
                    ids.insert((prefixed ? "\(shell.name)/" : "") + shell.satelliteID(plane: p, slot: k))
                }
            }
        }
        return ids
    }
}
