import Foundation
internal import Yams

/// Scenario files: YAML text (Yams) to a validated `Scenario`.
///
/// Parsing goes through Yams' node tree (`compose`), not Codable, so that every error
/// names the file, line, column and key path. Every omitted key takes the model's
/// default. Catalog paths are relative to the scenario file's directory.
public enum ScenarioFile {
    /// Top-level keys, in the order the built-ins write them.
    static let topLevelKeys = ["name", "description", "epoch", "dt_s", "seed", "duration", "spacecraft", "shells",
                               "catalogs", "catalog", "ground_stations", "links", "workload", "radiation", "faults",
                               "environment", "modes", "alarms", "operator_name", "operator"] + routingKeys

    /// The default epoch when `epoch:` is omitted: the 2026 June solstice, 00:00 UTC.
    public static let defaultEpoch = JulianDate(year: 2026, month: 6, day: 21)

    /// Reads and parses the scenario at `path`.
    public static func load(path: String) throws(ScenarioFileError) -> Scenario {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ScenarioFileError(file: path, keyPath: "", message: "cannot read the file (\(Self.reason(error)))")
        }
        let text: String
        switch UTF8Text.decode(data) {
        case .success(let decoded): text = decoded
        case .failure(let bad):
            throw ScenarioFileError(file: path, line: bad.line, column: bad.column, keyPath: "", message: bad.description)
        }
        return try parse(text, source: path, directory: url.deletingLastPathComponent())
    }

    /// Parses scenario YAML `text`; `source` names it in errors, `directory` resolves
    /// catalog paths (nil: relative to the working directory).
    public static func parse(_ text: String, source: String, directory: URL? = nil) throws(ScenarioFileError) -> Scenario {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ScenarioFileError(file: source, keyPath: "", message: "the file is empty: expected a scenario mapping")
            }
            root = node
        } catch let error as ScenarioFileError {
            throw error
        } catch let error as YamlError {
            throw yamlError(error, source: source)
        } catch {
            throw ScenarioFileError(file: source, keyPath: "", message: "not YAML (\(error))")
        }
        let top = try ScenarioFileReader(root, source: source, path: "", what: "a scenario", keys: topLevelKeys)
        let fallbackName = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        var scenario = Scenario(
            name: try top.optionalString("name", what: "a name") ?? fallbackName,
            epoch: try epoch(top),
            dtSeconds: try top.double("dt_s", unit: "seconds", default: 10, range: .closed(dtRangeS.minimum, dtRangeS.maximum)),
            seed: try seed(top),
            durationSeconds: try top.optionalDuration("duration") ?? 86_400,
            spacecraft: try spacecraftClasses(top),
            shells: [])
        if scenario.durationSeconds / scenario.dtSeconds > Double(HeadlessRun.maximumTicks) {
            throw top.error("duration", "\(DurationText.format(scenario.durationSeconds)) is more than "
                                        + "\(HeadlessRun.maximumTicks) ticks of \(DurationText.format(scenario.dtSeconds)): "
                                        + "use up to \(DurationText.format(Double(HeadlessRun.maximumTicks) * scenario.dtSeconds))")
        }
        scenario.summary = try top.optionalString("description", what: "one line of text") ?? ""
        let classNames = scenario.spacecraft.map(\.name)
        var minSeparationLimits: [(spacecraft: String, limitM: Double)] = []
        scenario.shells = try shells(top, epoch: scenario.epoch, classes: classNames, minSeparationLimits: &minSeparationLimits)
        for (name, limit) in minSeparationLimits {
            let c = scenario.spacecraftIndex(named: name)
            scenario.spacecraft[c].limits[.minSeparation].lowWarning = limit
            scenario.spacecraft[c].limits[.minSeparation].lowCritical = limit / 2
        }
        scenario.catalogs = try catalogs(top, classes: classNames, directory: directory)
        scenario.catalogObjects = try catalogObjects(top, directory: directory)
        scenario.groundStations = try groundStations(top)
        scenario.links = try links(top)
        scenario.workload = try workload(top)
        scenario.radiation = try radiation(top)
        scenario.environment = try environment(top)
        scenario.modes = try modes(top)
        try applyAlarms(top, to: &scenario.spacecraft)
        scenario.faults = try faults(top, fleet: scenario)
        scenario.operatorScript = try operatorScript(top, fleet: scenario)
        scenario.routing = try routing(top, dtSeconds: scenario.dtSeconds)
        if scenario.satelliteCount == 0 {
            throw top.error(nil, "the scenario has no satellites: add a shell under 'shells:' or a file under 'catalogs:'")
        }
        return scenario
    }

    /// `2026-06-21T00:00:00Z` (seconds and fraction optional; UTC only).
    static func epoch(_ top: ScenarioFileReader) throws(ScenarioFileError) -> JulianDate {
        guard let text = try top.optionalString("epoch", what: "an ISO 8601 UTC time") else { return defaultEpoch }
        guard let date = parseISO8601(text) else {
            throw top.error("epoch", "\(ScenarioFileReader.quote(text)) is not an ISO 8601 UTC time "
                                     + "(YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-06-21T00:00:00Z)")
        }
        return date
    }

    /// A UTC instant `YYYY-MM-DDTHH:MM[:SS[.fff]]Z` (also with a space for `T`), or nil.
    public static func parseISO8601(_ text: String) -> JulianDate? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, parts[1].hasSuffix("Z") else { return nil }
        let day = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        let time = parts[1].dropLast().split(separator: ":", omittingEmptySubsequences: false)
        guard day.count == 3, day[0].count == 4, day[1].count == 2, day[2].count == 2,
              let year = Int(day[0]), let month = Int(day[1]), let dayOfMonth = Int(day[2]),
              time.count == 2 || time.count == 3, time[0].count == 2, time[1].count == 2,
              let hour = Int(time[0]), let minute = Int(time[1]) else { return nil }
        let second = time.count == 3 ? Double(time[2]) : 0
        guard let second, (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute),
              second >= 0, second < 60 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month)
        guard let monthDate = calendar.date(from: components),
              let days = calendar.range(of: .day, in: .month, for: monthDate), days.contains(dayOfMonth) else { return nil }
        return JulianDate(year: year, month: month, day: dayOfMonth, hour: hour, minute: minute, second: second)
    }

    static func seed(_ top: ScenarioFileReader) throws(ScenarioFileError) -> UInt64 {
        guard let node = top.node("seed") else { return 1 }
        guard case .scalar(let scalar) = node, let seed = UInt64(scalar.string.replacingOccurrences(of: "_", with: "")) else {
            throw top.error("seed", "\(ScenarioFileReader.describe(node)) is not a seed (a whole number 0…\(UInt64.max), e.g. 1)")
        }
        return seed
    }

    static func yamlError(_ error: YamlError, source: String) -> ScenarioFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            ScenarioFileError(file: source, line: mark.line, column: mark.column, keyPath: "", message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            ScenarioFileError(file: source, line: context.mark.line, column: context.mark.column, keyPath: "",
                              message: "duplicate key \(duplicates.joined(separator: ", ")) in one mapping")
        default:
            ScenarioFileError(file: source, keyPath: "", message: "not valid YAML: \(oneLine(String(describing: error)))")
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
    }

    static func reason(_ error: any Error) -> String {
        let cocoa = error as NSError
        if cocoa.domain == NSCocoaErrorDomain, cocoa.code == NSFileReadNoSuchFileError { return "no such file" }
        return oneLine(cocoa.localizedDescription)
    }
}
