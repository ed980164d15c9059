internal import Yams

extension ScenarioFile {
    /// Keys of one `operator:` item.
    static let operatorActionKeys = ["at", "action", "alarm", "duration", "parameter", "severity", "comment"]

    /// `operator_name:` and the `operator:` list of scripted alarm actions, checked
    /// against the fleet's satellite ids and the alarm parameters.
    static func operatorScript(_ top: ScenarioFileReader, fleet scenario: Scenario) throws(ScenarioFileError)
        -> OperatorScript {
        var name = "script"
        if let text = try top.optionalString("operator_name", what: "an operator name") {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw top.error("operator_name", "must not be empty (the name journaled with every scripted action)")
            }
            name = text
        }
        let items = try top.sequence("operator", what: "operator actions")
        guard !items.isEmpty else { return OperatorScript(operatorName: name) }
        let ids = satelliteIDs(scenario)
        var actions: [ScriptedAlarmAction] = []
        for (i, node) in items.enumerated() {
            let r = try ScenarioFileReader(node, source: top.source, path: "operator[\(i)]", what: "an operator action",
                                           keys: operatorActionKeys)
            actions.append(try operatorAction(r, ids: ids))
        }
        return OperatorScript(operatorName: name, actions: actions)
    }

    static func operatorAction(_ r: ScenarioFileReader, ids: Set<String>) throws(ScenarioFileError) -> ScriptedAlarmAction {
        let kinds = ScriptedAlarmAction.Kind.allCases.map { ($0.rawValue, $0) }
        guard let at = try r.optionalDuration("at") else {
            throw r.error(nil, "missing key 'at' (time after the epoch, e.g. \"+15m\")")
        }
        guard r.has("action") else {
            throw r.error(nil, "missing key 'action' (one of \(kinds.map(\.0).joined(separator: ", ")))")
        }
        let kind = try r.choice("action", kinds, default: .acknowledge)
        let target: ScriptedAlarmAction.Target
        switch kind {
        case .acknowledgeAll:
            try refuse(r, ["alarm", "parameter", "severity"], kind, "it acknowledges every alarm awaiting acknowledgement")
            target = .all
        case .acknowledgeGroup:
            try refuse(r, ["alarm"], kind, "it names a group with 'parameter' and 'severity'")
            guard r.has("parameter") else {
                throw r.error(nil, "action 'acknowledge_group' needs 'parameter' (e.g. SEU_RATE)")
            }
            let parameter = try alarmParameter(r, "parameter", text: try r.optionalString("parameter", what: "a parameter") ?? "")
            guard let severityText = try r.optionalString("severity", what: "a severity") else {
                throw r.error(nil, "action 'acknowledge_group' needs 'severity' (e.g. WARNING)")
            }
            guard let severity = AlarmSeverity(displayName: severityText) else {
                let names = AlarmSeverity.allCases.map(\.displayName).joined(separator: ", ")
                throw r.error("severity", "\(ScenarioFileReader.quote(severityText)) is not a severity (one of \(names))")
            }
            target = .group(parameter, severity)
        default:
            try refuse(r, ["parameter", "severity"], kind, "name the alarm with 'alarm: SATELLITE:PARAMETER'")
            guard let text = try r.optionalString("alarm", what: "an alarm id") else {
                throw r.error(nil, "action '\(kind.rawValue)' needs 'alarm' (SATELLITE:PARAMETER, e.g. P02-S03:MODE_CHANGE)")
            }
            target = try alarmTarget(r, text: text, ids: ids)
        }
        var duration: Double?
        if kind == .shelve {
            guard let seconds = try r.optionalDuration("duration") else {
                throw r.error(nil, "action 'shelve' needs 'duration' (how long to shelve, e.g. \"10m\")")
            }
            guard seconds > 0 else { throw r.error("duration", "must be > 0 (how long to shelve, e.g. \"10m\")") }
            duration = seconds
        } else {
            try refuse(r, ["duration"], kind, "only 'shelve' has a duration")
        }
        var comment: String?
        if kind.takesComment {
            comment = try r.optionalString("comment", what: "one line of text")
        } else {
            try refuse(r, ["comment"], kind, "the journal records no comment for it")
        }
        return ScriptedAlarmAction(atSimSeconds: at, kind: kind, target: target, durationSeconds: duration, comment: comment)
    }

    /// `P02-S03:MODE_CHANGE` → satellite id and parameter (split at the last colon).
    static func alarmTarget(_ r: ScenarioFileReader, text: String, ids: Set<String>) throws(ScenarioFileError)
        -> ScriptedAlarmAction.Target {
        guard let colon = text.lastIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex else {
            throw r.error("alarm", "\(ScenarioFileReader.quote(text)) is not an alarm id (SATELLITE:PARAMETER, e.g. P02-S03:MODE_CHANGE)")
        }
        let satellite = String(text[..<colon])
        guard ids.contains(satellite) else {
            let example = ids.sorted().first ?? "P01-S01"
            throw r.error("alarm", "no satellite \(ScenarioFileReader.quote(satellite)) in the fleet (ids look like \(example))")
        }
        let parameter = try alarmParameter(r, "alarm", text: String(text[text.index(after: colon)...]))
        return .alarm(satellite: satellite, parameter: parameter)
    }

    /// An alarm parameter by its journal name (`SEU_RATE`, case-insensitive).
    static func alarmParameter(_ r: ScenarioFileReader, _ key: String, text: String) throws(ScenarioFileError) -> AlarmParameter {
        if let parameter = AlarmParameter(displayName: text) { return parameter }
        let names = AlarmParameter.allCases.map(\.displayName)
        throw r.error(key, "\(ScenarioFileReader.quote(text)) is not an alarm parameter"
                           + ScenarioFileReader.suggestion(for: text, among: names))
    }

    /// Rejects keys that `kind` does not take.
    static func refuse(_ r: ScenarioFileReader, _ keys: [String], _ kind: ScriptedAlarmAction.Kind, _ why: String)
        throws(ScenarioFileError) {
        for key in keys where r.has(key) {
            throw r.error(key, "action '\(kind.rawValue)' takes no '\(key)' (\(why))")
        }
    }
}
