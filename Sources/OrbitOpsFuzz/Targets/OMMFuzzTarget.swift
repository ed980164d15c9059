import ConstellationSim

/// CelesTrak OMM JSON: the parser, then propagation of what it accepts.
struct OMMFuzzTarget: FuzzTarget {
    let name = "omm"
    let fileExtension = "json"

    func run(_ input: [UInt8], workspace: FuzzWorkspace) -> FuzzOutcome {
        let result = OMMParser.parse(String(decoding: input, as: UTF8.self), source: "fuzz.json")
        for error in result.errors {
            if case .unclean(let why) = cleanRefusal(error.description) { return .unclean(why) }
        }
        return ElementSetPropagation.run(result.elementSets)
    }
}
