internal import Yams

extension ScenarioFile {
    static let limitKeys = ["low_warning", "low_critical", "high_warning", "high_critical", "deadband", "on_delay_ticks",
                            "off_delay_ticks", "warning_severity", "critical_severity", "latching"]
    static let severityNames: [(String, AlarmSeverity)] = AlarmSeverity.allCases.map { ($0.displayName, $0) }

    /// `alarms:` — limit overrides. Keys are either parameter names (`BATTERY_SOC: {…}`),
    /// applied to every class, or class names holding parameter overrides
    /// (`odc-sat: {BATTERY_SOC: {…}}`), applied after the flat ones.
    static func applyAlarms(_ top: ScenarioFileReader, to classes: inout [SpacecraftClass]) throws(ScenarioFileError) {
        guard let node = top.node("alarms") else { return }
        let r = try ScenarioFileReader(node, source: top.source, path: "alarms", what: "alarm limit overrides", keys: [])
        let parameterNames = AlarmParameter.allCases.filter { !$0.isRoute }.map(\.displayName)
        let classNames = classes.map(\.name)
        for (key, mark, _) in r.pairs where AlarmParameter(displayName: key)?.isRoute == true {
            throw ScenarioFileReader.error(top.source, mark, "alarms.\(key)",
                                           "route alarms are set per route: use latency_ms: {warning, high} under routes:")
        }
        for (key, mark, _) in r.pairs where AlarmParameter(displayName: key) == nil && !classNames.contains(key) {
            throw ScenarioFileReader.error(top.source, mark, "alarms.\(key)",
                                           "neither an alarm parameter nor a spacecraft class"
                                           + ScenarioFileReader.suggestion(for: key, among: parameterNames + classNames))
        }
        for (key, _, value) in r.pairs {
            if let parameter = AlarmParameter(displayName: key) {
                for c in classes.indices {
                    classes[c].limits[parameter] = try limits(value, base: classes[c].limits[parameter], source: top.source,
                                                              path: "alarms.\(key)")
                }
            }
        }
        for (key, _, value) in r.pairs {
            guard let c = classes.firstIndex(where: { $0.name == key }), AlarmParameter(displayName: key) == nil else { continue }
            let perClass = try ScenarioFileReader(value, source: top.source, path: "alarms.\(key)",
                                                  what: "alarm limits by parameter", keys: [])
            for (name, mark, limitsNode) in perClass.pairs {
                guard let parameter = AlarmParameter(displayName: name) else {
                    throw ScenarioFileReader.error(top.source, mark, "alarms.\(key).\(name)", "unknown alarm parameter"
                                                   + ScenarioFileReader.suggestion(for: name, among: parameterNames))
                }
                classes[c].limits[parameter] = try limits(limitsNode, base: classes[c].limits[parameter], source: top.source,
                                                          path: "alarms.\(key).\(name)")
            }
        }
    }

    /// One parameter's limits over `base`; a level set to `null` is removed.
    static func limits(_ node: Node, base: ParameterLimits, source: String, path: String) throws(ScenarioFileError)
        -> ParameterLimits {
        let r = try ScenarioFileReader(node, source: source, path: path, what: "limits", keys: limitKeys)
        var limits = base
        func level(_ key: String, _ current: Double, absent: Double) throws(ScenarioFileError) -> Double {
            if case .scalar(let scalar)? = r.node(key), scalar.string == "null" || scalar.string == "~" { return absent }
            return try r.double(key, unit: "the parameter's unit", default: current)
        }
        limits.lowWarning = try level("low_warning", limits.lowWarning, absent: -.infinity)
        limits.lowCritical = try level("low_critical", limits.lowCritical, absent: -.infinity)
        limits.highWarning = try level("high_warning", limits.highWarning, absent: .infinity)
        limits.highCritical = try level("high_critical", limits.highCritical, absent: .infinity)
        limits.deadband = try r.double("deadband", unit: "the parameter's unit", default: limits.deadband, range: .nonNegative)
        limits.onDelayTicks = try r.int("on_delay_ticks", what: "ticks", default: limits.onDelayTicks, minimum: 0)
        limits.offDelayTicks = try r.int("off_delay_ticks", what: "ticks", default: limits.offDelayTicks, minimum: 0)
        limits.warningSeverity = try r.choice("warning_severity", severityNames, default: limits.warningSeverity)
        limits.criticalSeverity = try r.choice("critical_severity", severityNames, default: limits.criticalSeverity)
        limits.latching = try r.bool("latching", default: limits.latching)
        if limits.lowCritical > limits.lowWarning, limits.lowWarning.isFinite {
            throw r.error("low_critical", "\(ScenarioFileReader.format(limits.lowCritical)) must be at or below low_warning "
                                          + "(\(ScenarioFileReader.format(limits.lowWarning)))")
        }
        if limits.highCritical < limits.highWarning, limits.highWarning.isFinite {
            throw r.error("high_critical", "\(ScenarioFileReader.format(limits.highCritical)) must be at or above high_warning "
                                           + "(\(ScenarioFileReader.format(limits.highWarning)))")
        }
        return limits
    }
}
