import ConstellationSim

/// TLE text: the parser, then SGP4/SDP4 initialisation and propagation of what it accepts
/// (a week either side of the epoch, and far outside it).
struct TLEFuzzTarget: FuzzTarget {
    let name = "tle"
    let fileExtension = "tle"

    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome {
        let result = TLEParser.parse(String(decoding: input, as: UTF8.self), source: "fuzz.tle")
        for error in result.errors {
            if case .unclean(let why) = cleanRefusal(error.description) { return .unclean(why) }
        }
        return ElementSetPropagation.run(result.elementSets)
    }
}

/// What every element-set target does with the sets a parser accepted.
enum ElementSetPropagation {
    // A year either side at most, and finite: a resonant deep-space set integrates
    // 720-minute steps from its epoch, so the time a call takes grows with |t| (never
    // finishing for an infinite t); `--minutes` is bounded to 100 years for that reason.
    static let minutes: [Double] = [0, 1, -1, 90, 1440, -1440, 10_080, -10_080, 5e5, -5e5]

    static func run(_ sets: [ElementSet]) -> FuzzOutcome {
        for set in sets.prefix(16) {
            guard let record = try? SGP4Record(set) else { continue }
            var cache = SGP4IntegratorCache()
            for t in minutes {
                _ = try? record.propagate(minutesSinceEpoch: t)
                _ = try? record.propagate(minutesSinceEpoch: t, cache: &cache)
            }
        }
        return sets.isEmpty ? .refused : .accepted
    }
}
